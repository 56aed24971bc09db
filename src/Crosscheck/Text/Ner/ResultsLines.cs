using Crosscheck.Model;

namespace Crosscheck.Text.Ner;

/// <summary>
/// Sports results and standings lines of wire copy ("Leeds 1 Chelsea 1", "Bayern Munich 3 Hamburg 0",
/// "Ajax 12 9 2 1 30 9 29"): a line of names and small numbers with no lower-case word, where each
/// name is followed by its score. There a name that reads as a place is the team that bears it
/// (an organisation, as CoNLL newswire annotates clubs; a country's national team is a place there,
/// see <see cref="TeamRoles.IsCountry"/>), and a score never belongs to a name.
/// The training corpora hold no such lines, so the model reads the town in the club's name.
/// </summary>
internal static class ResultsLines
{
    /// <summary>
    /// Retypes and trims <paramref name="mentions"/> (sorted by start) inside the results lines
    /// among <paramref name="sentences"/> (each sentence's word spans).
    /// </summary>
    public static void Apply(string text, IReadOnlyList<TextSpan[]> sentences, List<EntityMention> mentions, WordClasses classes)
    {
        AddMissedTeams(text, sentences, mentions, classes);

        // One pass: mentions and sentences are both in text order.
        var s = 0;
        bool? isResults = null;
        for (var k = 0; k < mentions.Count; k++)
        {
            var mention = mentions[k];
            while (s < sentences.Count && sentences[s][^1].End <= mention.Span.Start)
            {
                s++;
                isResults = null;
            }

            if (s == sentences.Count)
            {
                break;
            }

            var words = sentences[s];
            var line = new TextSpan(words[0].Start, words[^1].End);
            if (!line.Contains(mention.Span) || !(isResults ??= IsResultsLine(text, words)))
            {
                continue;
            }

            var kept = TrimScores(text, words, mention.Span);
            if (kept is not { } span)
            {
                mentions.RemoveAt(k--);
                continue;
            }

            var kind = mention.Kind is EntityKind.Place or EntityKind.Other && IsFollowedByScore(text, words, span)
                ? TeamRoles.IsCountry(span.In(text), classes) ? EntityKind.Place : EntityKind.Organization
                : mention.Kind;
            if (span != mention.Span || kind != mention.Kind)
            {
                mentions[k] = mention with { Span = span, Kind = kind };
            }
        }
    }

    /// <summary>
    /// No lower-case word, and either two names each followed by a score or one name followed by
    /// four or more numbers (a standings row).
    /// </summary>
    internal static bool IsResultsLine(string text, TextSpan[] words)
    {
        int pairs = 0, numbers = 0;
        for (var i = AfterLabel(text, words); i < words.Length; i++)
        {
            var word = words[i].In(text);
            if (IsScore(word))
            {
                numbers++;
                if (i > 0 && char.IsUpper(text[words[i - 1].Start]))
                {
                    pairs++;
                }
            }
            else if (char.IsLower(word[0]))
            {
                return false;
            }
        }

        return pairs >= 2 || (pairs == 1 && numbers >= 4);
    }

    /// <summary>
    /// Where the results start: after a label ending in a colon ("German first division : Bayern Munich 2
    /// Hamburg 1"), else at the first word.
    /// </summary>
    private static int AfterLabel(string text, TextSpan[] words)
    {
        for (var i = words.Length - 2; i > 0; i--)
        {
            if (words[i].In(text) is ":")
            {
                return i + 1;
            }
        }

        return 0;
    }

    /// <summary>
    /// A team the model left untagged ("Juventus 3 2 1 0 5 2 7"): in a results line, the capitalised
    /// words right before a score that no mention covers, after the line's start, its label or an
    /// earlier score, are a team (a place when they name a country).
    /// </summary>
    private static void AddMissedTeams(string text, IReadOnlyList<TextSpan[]> sentences, List<EntityMention> mentions, WordClasses classes)
    {
        List<EntityMention>? added = null;
        foreach (var words in sentences)
        {
            if (words.Length < 2 || (!char.IsUpper(text[words[0].Start]) && !IsScore(words[0].In(text))) || !IsResultsLine(text, words))
            {
                continue;
            }

            var start = AfterLabel(text, words);
            for (var i = start; i < words.Length; i++)
            {
                if (!IsScore(words[i].In(text)) || i == start || !char.IsUpper(text[words[i - 1].Start]))
                {
                    continue;
                }

                var first = i - 1;
                while (first > start && char.IsUpper(text[words[first - 1].Start]) && i - first < MaxTeamWords)
                {
                    first--;
                }

                if (first > start && !IsScore(words[first - 1].In(text)))
                {
                    continue;
                }

                var span = new TextSpan(words[first].Start, words[i - 1].End);
                if (mentions.Exists(m => m.Span.Start < span.End && span.Start < m.Span.End))
                {
                    continue;
                }

                var kind = TeamRoles.IsCountry(span.In(text), classes) ? EntityKind.Place : EntityKind.Organization;
                (added ??= []).Add(new EntityMention(span, kind, 0.5f));
            }
        }

        if (added is not null)
        {
            mentions.AddRange(added);
            mentions.Sort(static (a, b) => a.Span.Start.CompareTo(b.Span.Start));
        }
    }

    /// <summary>Most words a team's name takes ("Borussia Moenchengladbach", "Queens Park Rangers").</summary>
    private const int MaxTeamWords = 4;

    /// <summary>One to three digits: a score, a count of games or of points.</summary>
    private static bool IsScore(ReadOnlySpan<char> word) => word.Length <= 3 && WordShape.IsDigits(word);

    /// <summary>The mention without the scores it took in, up to its first score; null when nothing but scores is left.</summary>
    private static TextSpan? TrimScores(string text, TextSpan[] words, TextSpan mention)
    {
        var end = -1;
        for (var w = FirstWordAt(words, mention.Start); w < words.Length && words[w].End <= mention.End; w++)
        {
            if (IsScore(words[w].In(text)))
            {
                break;
            }

            end = words[w].End;
        }

        return end > mention.Start ? new TextSpan(mention.Start, end) : null;
    }

    private static bool IsFollowedByScore(string text, TextSpan[] words, TextSpan mention)
    {
        var w = FirstWordAt(words, mention.Start);
        while (w < words.Length && words[w].End < mention.End)
        {
            w++;
        }

        return w + 1 < words.Length && words[w].End == mention.End && IsScore(words[w + 1].In(text));
    }

    /// <summary>The first word starting at or after <paramref name="position"/> (binary search: words are in text order).</summary>
    private static int FirstWordAt(TextSpan[] words, int position)
    {
        int low = 0, high = words.Length;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (words[mid].Start < position)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }
}
