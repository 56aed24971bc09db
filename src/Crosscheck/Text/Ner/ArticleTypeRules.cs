using Crosscheck.Model;

namespace Crosscheck.Text.Ner;

/// <summary>
/// Type corrections that read the whole article: its other mentions and its pronouns.
/// </summary>
internal static class ArticleTypeRules
{
    private static readonly string[] DemonymEndings = ["ians", "ian", "ans", "an", "ese", "ish", "is", "i", "ns", "n"];

    /// <summary>
    /// A one-word name that is a place's name plus a demonym ending ("Israel" + "i", "Japan" +
    /// "ese", "Iran" + "ians") is the demonym (misc), when the place is a place mention of the
    /// article or a place word of the training data.
    /// </summary>
    public static void Demonyms(string text, List<EntityMention> mentions, WordClasses classes)
    {
        HashSet<string>? places = null;
        foreach (var mention in mentions)
        {
            if (mention.Kind == EntityKind.Place)
            {
                (places ??= new HashSet<string>(StringComparer.Ordinal)).Add(mention.Span.Of(text));
            }
        }

        for (var k = 0; k < mentions.Count; k++)
        {
            var mention = mentions[k];
            var name = mention.Span.In(text);
            if (mention.Kind == EntityKind.Other || name.IndexOf(' ') >= 0 || name.Length < 5)
            {
                continue;
            }

            foreach (var ending in DemonymEndings)
            {
                if (name.Length - ending.Length < 4 || !name.EndsWith(ending, StringComparison.Ordinal))
                {
                    continue;
                }

                var stem = name[..^ending.Length];
                if ((places?.GetAlternateLookup<ReadOnlySpan<char>>().Contains(stem) ?? false) || classes.Of(stem) == 3)
                {
                    mentions[k] = mention with { Kind = EntityKind.Other };
                    break;
                }
            }
        }
    }

    private static readonly string[] PersonalPronouns = ["he", "him", "his", "himself", "she", "her", "hers", "herself"];
    private static readonly string[] NeuterPronouns = ["its", "itself"];

    /// <summary>How far after a mention (characters) its pronouns are looked for: about two sentences.</summary>
    private const int PronounWindow = 300;

    /// <summary>
    /// A one-word person mention without a title, whose word is in no longer person name of the
    /// article, and after whose mentions the text says "its" but never "he"/"she"/"his"/"her"
    /// ("Kelmco said its sales rose"), is not a person: it takes the type the training data gives
    /// the word, else organisation. ("it" also counted: more companies found on news, but the
    /// expletive "it" after persons cost as much on the held-out wiki sets.)
    /// </summary>
    public static void LonePersonWords(string text, List<EntityMention> mentions, WordClasses classes)
    {
        var nameWords = new HashSet<string>(StringComparer.Ordinal);
        var evidence = new Dictionary<string, (int Personal, int Neuter)>(StringComparer.Ordinal);
        foreach (var mention in mentions)
        {
            var name = mention.Span.Of(text);
            if (mention.Kind != EntityKind.Person)
            {
                continue;
            }

            if (name.Contains(' ', StringComparison.Ordinal))
            {
                nameWords.UnionWith(name.Split(' ', StringSplitOptions.RemoveEmptyEntries));
                continue;
            }

            var after = text.AsSpan(mention.Span.End, Math.Min(PronounWindow, text.Length - mention.Span.End));
            var (personal, neuter) = evidence.GetValueOrDefault(name);
            evidence[name] = (personal + Count(after, PersonalPronouns), neuter + Count(after, NeuterPronouns));
        }

        for (var k = 0; k < mentions.Count; k++)
        {
            var mention = mentions[k];
            var name = mention.Span.Of(text);
            if (mention.Kind != EntityKind.Person || mention.Title is not null || !evidence.TryGetValue(name, out var seen) ||
                nameWords.Contains(name) || seen.Personal > 0 || seen.Neuter == 0)
            {
                continue;
            }

            var kind = classes.Of(name) switch
            {
                3 => EntityKind.Place,
                4 => EntityKind.Other,
                _ => EntityKind.Organization,
            };
            mentions[k] = mention with { Kind = kind };
        }
    }

    /// <summary>Whole-word, case-insensitive occurrences of any of <paramref name="words"/>.</summary>
    private static int Count(ReadOnlySpan<char> text, string[] words)
    {
        var count = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }

            var word = text[start..i];
            foreach (var candidate in words)
            {
                if (word.Equals(candidate, StringComparison.OrdinalIgnoreCase))
                {
                    count++;
                    break;
                }
            }
        }

        return count;
    }
}
