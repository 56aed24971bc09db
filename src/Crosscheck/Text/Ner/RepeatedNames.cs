using Crosscheck.Model;

namespace Crosscheck.Text.Ner;

/// <summary>
/// Names the model tagged in one place of an article and missed in another.
/// </summary>
internal static class RepeatedNames
{
    /// <summary>
    /// Names the model tagged somewhere in the article but missed at a sentence's start, where a
    /// capital says nothing ("Kelmco is ...", tagged mid-sentence later), are added there when they
    /// stand alone: not inside a longer capitalised run, and not a word the training data or the
    /// lexicon knows as common ("Will" stays what the model said). Each takes the type most mentions
    /// of that name have. (Adding missed repeats anywhere copied single wrong tags across an
    /// article: held-out gum-wikinews -0.008.)
    /// </summary>
    public static void AddMissed(string text, List<EntityMention> mentions, WordClasses classes, CommonWords common)
    {
        var types = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var mention in mentions)
        {
            var name = mention.Span.Of(text);
            if (!types.TryGetValue(name, out var votes))
            {
                votes = new int[4];
                types[name] = votes;
            }

            votes[(int)mention.Kind]++;
        }

        var added = new List<EntityMention>();
        foreach (var (name, votes) in types)
        {
            if (name.Length < 2 || !char.IsUpper(name[0]) || (!name.Contains(' ', StringComparison.Ordinal) && CaseNormalizer.IsCommon(name.ToLowerInvariant(), classes, common)))
            {
                continue;
            }

            var kind = (EntityKind)Array.IndexOf(votes, votes.Max());
            for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
            {
                var span = new TextSpan(at, at + name.Length);
                if (StandsAlone(text, span) && OpensSentence(text, span) && !mentions.Exists(m => m.Span.Overlaps(span)))
                {
                    added.Add(new EntityMention(span, kind, 0.5f));
                }
            }
        }

        if (added.Count > 0)
        {
            mentions.AddRange(added);
            mentions.Sort((x, y) => x.Span.Start.CompareTo(y.Span.Start));
        }
    }

    /// <summary>Word boundaries on both sides, and no capitalised word right before or after (it would be part of a longer name).</summary>
    private static bool StandsAlone(string text, TextSpan span)
    {
        if ((span.Start > 0 && char.IsLetterOrDigit(text[span.Start - 1])) || (span.End < text.Length && char.IsLetterOrDigit(text[span.End])))
        {
            return false;
        }

        var before = span.Start - 1;
        while (before >= 0 && text[before] == ' ')
        {
            before--;
        }

        if (before >= 0 && before < span.Start - 1 && char.IsLetter(text[before]))
        {
            var wordStart = before;
            while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
            {
                wordStart--;
            }

            if (char.IsUpper(text[wordStart]))
            {
                return false;
            }
        }

        var after = span.End;
        while (after < text.Length && text[after] == ' ')
        {
            after++;
        }

        return !(after > span.End && after < text.Length && char.IsUpper(text[after]));
    }

    /// <summary>Nothing but spaces, quotes or brackets between the text's start or a sentence's end and the span.</summary>
    private static bool OpensSentence(string text, TextSpan span)
    {
        var i = span.Start - 1;
        while (i >= 0 && (char.IsWhiteSpace(text[i]) || text[i] is '"' or '\u201C' or '\'' or '\u2018' or '(' or '['))
        {
            i--;
        }

        return i < 0 || text[i] is '.' or '!' or '?' || (i < span.Start - 1 && text[i + 1] == '\n');
    }
}
