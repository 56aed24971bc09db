using Crosscheck.Model;

namespace Crosscheck.Text.Ner;

/// <summary>
/// Organisations the model leaves untagged: a capitalised run of two or more words inside a
/// sentence that ends in the head of a public body ("the Interior Ministry", "the Security
/// Council", "the Electoral Commission") or opens with it before "of" ("the Ministry of Health"). GUM's conversion drops such names when its parser made
/// the head a common noun, so the model learned them as plain words; CoNLL newswire tags them.
/// </summary>
internal static class HeadedOrganizations
{
    private static readonly WordSet Heads = new(
    [
        "Ministry", "Council", "Commission", "Committee", "Department", "Agency", "Bureau", "Authority", "Office",
        "Secretariat", "Tribunal", "Court", "Parliament", "Assembly", "Federation", "Association", "Union", "Institute",
        "Foundation", "Directorate", "Inspectorate", "Prosecutor's", "Service",
    ]);

    private static readonly WordSet Connectors = new(["of", "for", "and", "on", "&"]);

    private const int MaxWords = 7;

    public static void Apply(string text, IReadOnlyList<TextSpan[]> sentences, List<EntityMention> mentions)
    {
        List<EntityMention>? added = null;
        foreach (var words in sentences)
        {
            var i = 1;
            while (i < words.Length)
            {
                if (!IsCapitalized(text, words[i]))
                {
                    i++;
                    continue;
                }

                var end = i + 1;
                while (end < words.Length && end - i < MaxWords && (IsCapitalized(text, words[end]) ||
                       (Connectors.Contains(words[end].In(text)) && end + 1 < words.Length && IsCapitalized(text, words[end + 1]))))
                {
                    end++;
                }

                var headed = Heads.Contains(words[end - 1].In(text)) ||
                             (end - i >= 3 && Heads.Contains(words[i].In(text)) && words[i + 1].In(text) is "of");
                if (end - i >= 2 && headed && WordShape.HasLowerCase(text.AsSpan(words[i].Start, words[end - 1].End - words[i].Start)))
                {
                    var span = new TextSpan(words[i].Start, words[end - 1].End);
                    if (!mentions.Exists(m => m.Span.Start < span.End && span.Start < m.Span.End))
                    {
                        (added ??= []).Add(new EntityMention(span, EntityKind.Organization, 0.5f));
                    }
                }

                i = end;
            }
        }

        if (added is not null)
        {
            mentions.AddRange(added);
            mentions.Sort(static (a, b) => a.Span.Start.CompareTo(b.Span.Start));
        }
    }

    private static bool IsCapitalized(string text, TextSpan word) => char.IsUpper(text[word.Start]) && word.Length > 1;
}
