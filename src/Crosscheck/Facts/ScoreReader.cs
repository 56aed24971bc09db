using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using Crosscheck.Model;

namespace Crosscheck.Facts;

/// <summary>
/// Reads the result of a match: "beat Tessel 3-1", "lost Saturday's final 3-1", "won by three
/// goals to one" → key <c>score</c>, value the two scores with the higher first ("3-1"), so that
/// the winner's and the loser's reports are one question. Only in a sentence with a word of
/// sport (beat, won, lost, final, goals, ...) and never in a vote's tally ("voted 61-39").
/// </summary>
internal static partial class ScoreReader
{
    /// <summary>Key of score claims.</summary>
    public const string Key = "score";

    /// <summary>Words that make a sentence a match report.</summary>
    private static readonly FrozenSet<string> SportWords = FrozenSet.ToFrozenSet(
        ["beat", "beats", "beating", "won", "win", "wins", "winning", "lost", "lose", "loses", "losing", "defeated", "defeating", "defeat",
         "drew", "draw", "victory", "final", "match", "game", "goals", "scored", "thrashed", "edged"], StringComparer.Ordinal);

    /// <summary>Number words a score may be written in ("by three goals to one").</summary>
    private static readonly FrozenDictionary<string, int> ScoreWords = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["nil"] = 0, ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5,
        ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static void Read(SentenceView sentence, bool isVoteSentence, List<TextSpan> consumed, List<Claim> output)
    {
        if (isVoteSentence || !sentence.HasAny(SportWords))
        {
            return;
        }

        var text = sentence.Text.AsSpan(sentence.Span.Start, sentence.Span.Length);
        foreach (var match in ScorePattern().EnumerateMatches(text))
        {
            var found = text.Slice(match.Index, match.Length);
            if (!TryScores(found, out var first, out var second))
            {
                continue;
            }

            var span = new TextSpan(sentence.Span.Start + match.Index, sentence.Span.Start + match.Index + match.Length);
            consumed.Add(span);
            var value = Math.Max(first, second).ToString(CultureInfo.InvariantCulture) + "-" + Math.Min(first, second).ToString(CultureInfo.InvariantCulture);
            output.Add(new Claim(ClaimKind.Quantity, Key, value, span.Of(sentence.Text), sentence.ArticleId, sentence.Span, span)
            {
                Subject = "match score",
                Date = sentence.FirstDate(),
                Participants = sentence.Participants(),
            });
            return;
        }
    }

    /// <summary>"3-1", "3–1", "three goals to one", "3 goals to 1".</summary>
    private static bool TryScores(ReadOnlySpan<char> found, out int first, out int second)
    {
        first = second = -1;
        var dash = found.IndexOfAny('-', '–');
        if (dash > 0)
        {
            return int.TryParse(found[..dash], NumberStyles.None, CultureInfo.InvariantCulture, out first) &&
                int.TryParse(found[(dash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out second);
        }

        var words = found.ToString().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 4 && TryScore(words[1], out first) && TryScore(words[^1], out second);
    }

    private static bool TryScore(string word, out int score) =>
        ScoreWords.TryGetValue(word, out score) || int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out score);

    /// <summary>A score of one or two digits a side, not part of a longer number or a date; or "by N goals to M".</summary>
    [GeneratedRegex(@"(?<![\d.,:/-])\d{1,2}[-–]\d{1,2}(?![\d.,:/-]?\d)|\bby\s+(?:\d{1,2}|nil|zero|one|two|three|four|five|six|seven|eight|nine|ten)\s+goals?\s+to\s+(?:\d{1,2}|nil|zero|one|two|three|four|five|six|seven|eight|nine|ten)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ScorePattern();
}
