using Crosscheck.Model;

namespace Crosscheck.Text.Ner;

/// <summary>
/// Type corrections that read the whole article's mentions.
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
}
