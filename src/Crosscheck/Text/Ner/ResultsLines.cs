using Crosscheck.Model;

namespace Crosscheck.Text.Ner;

/// <summary>
/// Sports results and standings lines of wire copy ("Leeds 1 Chelsea 1", "Bayern Munich 3 Hamburg 0",
/// "Ajax 12 9 2 1 30 9 29"): a line of names and small numbers with no lower-case word, where each
/// name is followed by its score. There a name that reads as a place is the team that bears it
/// (an organisation, as CoNLL newswire annotates clubs), and a score never belongs to a name.
/// The training corpora hold no such lines, so the model reads the town in the club's name.
/// </summary>
internal static class ResultsLines
{
    /// <summary>
    /// Retypes and trims <paramref name="mentions"/> (sorted by start) inside the results lines
    /// among <paramref name="sentences"/> (each sentence's word spans).
    /// </summary>
    public static void Apply(string text, IReadOnlyList<TextSpan[]> sentences, List<EntityMention> mentions)
    {
        foreach (var words in sentences)
        {
            if (!IsResultsLine(text, words))
            {
                continue;
            }

            var line = new TextSpan(words[0].Start, words[^1].End);
            for (var k = 0; k < mentions.Count; k++)
            {
                var mention = mentions[k];
                if (!line.Contains(mention.Span))
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
                    ? EntityKind.Organization
                    : mention.Kind;
                if (span != mention.Span || kind != mention.Kind)
                {
                    mentions[k] = mention with { Span = span, Kind = kind };
                }
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
        for (var i = 0; i < words.Length; i++)
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

    /// <summary>One to three digits: a score, a count of games or of points.</summary>
    private static bool IsScore(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.Length > 3)
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The mention without the scores it took in, up to its first score; null when nothing but scores is left.</summary>
    private static TextSpan? TrimScores(string text, TextSpan[] words, TextSpan mention)
    {
        var end = -1;
        foreach (var word in words)
        {
            if (word.Start < mention.Start || word.End > mention.End)
            {
                continue;
            }

            if (IsScore(word.In(text)))
            {
                break;
            }

            end = word.End;
        }

        return end > mention.Start ? new TextSpan(mention.Start, end) : null;
    }

    private static bool IsFollowedByScore(string text, TextSpan[] words, TextSpan mention)
    {
        for (var i = 0; i + 1 < words.Length; i++)
        {
            if (words[i].End == mention.End)
            {
                return IsScore(words[i + 1].In(text));
            }
        }

        return false;
    }
}
