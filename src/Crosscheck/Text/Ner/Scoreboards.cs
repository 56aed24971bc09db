using Crosscheck.Model;

namespace Crosscheck.Text.Ner;

/// <summary>
/// Cricket scoreboards of wire copy. A batting line names the batsman, then how he was out and
/// by whom, then his runs ("Dara Halvik c Orm b Vell 74", "Bo Lind lbw b Tarn 6", "Ana Duro not out
/// 39"); a bowling line gives each bowler's figures ("Vell 22-4-70-2 , Tarn 20-3-65-1"). Every name
/// there is a player, a person, though one-word surnames read as towns ("b Cork") or as nothing
/// to a model trained on prose. Only lines of that exact shape are touched.
/// </summary>
internal static class Scoreboards
{
    /// <summary>Words after which a fielder's or bowler's name follows ("c", "b", "st").</summary>
    private static readonly WordSet NameMarkers = new(["c", "b", "st"]);

    /// <summary>Most words a player's name takes ("Inzamam-ul-Haq" is one, "Waqar Younis" two).</summary>
    private const int MaxNameWords = 3;

    /// <summary>Retypes or adds the players of batting and bowling lines among <paramref name="sentences"/> (each sentence's word spans).</summary>
    public static void Apply(string text, IReadOnlyList<TextSpan[]> sentences, List<EntityMention> mentions)
    {
        List<TextSpan>? players = null;
        foreach (var words in sentences)
        {
            if (words.Length < 3 || !char.IsUpper(text[words[0].Start]))
            {
                continue;
            }

            if (IsBattingLine(text, words))
            {
                var end = 0;
                while (end < words.Length && end < MaxNameWords && IsNameWord(text, words[end]))
                {
                    end++;
                }

                Add(ref players, words, 0, end);
                for (var i = end; i + 1 < words.Length; i++)
                {
                    if (NameMarkers.Contains(words[i].In(text)))
                    {
                        var last = i + 1;
                        while (last < words.Length && last - i <= MaxNameWords && IsNameWord(text, words[last]))
                        {
                            last++;
                        }

                        Add(ref players, words, i + 1, last);
                    }
                }
            }
            else
            {
                for (var i = 1; i < words.Length; i++)
                {
                    if (!IsBowlingFigures(words[i].In(text)))
                    {
                        continue;
                    }

                    var first = i;
                    while (first > 0 && i - first < MaxNameWords && IsNameWord(text, words[first - 1]))
                    {
                        first--;
                    }

                    Add(ref players, words, first, i);
                }
            }
        }

        if (players is null)
        {
            return;
        }

        foreach (var player in players)
        {
            mentions.RemoveAll(m => m.Span.Start < player.End && player.Start < m.Span.End);
            mentions.Add(new EntityMention(player, EntityKind.Person, 1f));
        }

        mentions.Sort(static (a, b) => a.Span.Start.CompareTo(b.Span.Start));
    }

    private static void Add(ref List<TextSpan>? players, TextSpan[] words, int first, int end)
    {
        if (end > first)
        {
            (players ??= []).Add(new TextSpan(words[first].Start, words[end - 1].End));
        }
    }

    /// <summary>
    /// A capitalised batsman, a way of being out ("c X b Y", "b Y", "lbw b Y", "st X b Y", "c &amp; b Y",
    /// "run out", "not out", "retired hurt") and the runs as the last word.
    /// </summary>
    internal static bool IsBattingLine(string text, TextSpan[] words)
    {
        var last = words[^1].In(text);
        if (last.Length is 0 or > 3 || !WordShape.IsDigits(last))
        {
            return false;
        }

        var dismissal = false;
        for (var i = 1; i < words.Length - 1; i++)
        {
            var word = words[i].In(text);
            var next = words[i + 1].In(text);
            if ((word is "b" or "c" or "st" && char.IsUpper(next[0]))
                || (word is "lbw" && next is "b")
                || (word is "run" or "not" && next is "out")
                || (word is "retired" && next is "hurt"))
            {
                dismissal = true;
                continue;
            }

            // Nothing else in lower case but the dismissal words themselves.
            if (char.IsLower(word[0]) && word is not ("b" or "c" or "st" or "lbw" or "out" or "hurt" or "and" or "&"))
            {
                return false;
            }
        }

        return dismissal;
    }

    /// <summary>Overs-maidens-runs-wickets ("22-4-70-2", "9.3-1-40-3").</summary>
    internal static bool IsBowlingFigures(ReadOnlySpan<char> word)
    {
        var parts = 0;
        foreach (var range in word.Split('-'))
        {
            var part = word[range];
            var dot = part.IndexOf('.');
            if (part.IsEmpty || part.Length > 5 || !(WordShape.IsDigits(part) || (parts == 0 && dot > 0 && WordShape.IsDigits(part[..dot]) && WordShape.IsDigits(part[(dot + 1)..]))))
            {
                return false;
            }

            parts++;
        }

        return parts == 4;
    }

    private static bool IsNameWord(string text, TextSpan word) => char.IsUpper(text[word.Start]) && !WordShape.IsDigits(word.In(text));
}
