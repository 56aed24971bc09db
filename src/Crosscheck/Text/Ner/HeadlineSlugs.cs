using Crosscheck.Model;

namespace Crosscheck.Text.Ner;

/// <summary>
/// The section slug that opens a wire headline in capitals ("RUGBY UNION - ...", "SOCCER - ...",
/// "FINANCE - ..."): up to three words before a dash. A mention inside it is no name ("Rugby Union"
/// read as an organisation by its head) unless it is an acronym ("NBA - ...") or the article names
/// it elsewhere too ("ITALY - ..." over a report that mentions Italy).
/// </summary>
internal static class HeadlineSlugs
{
    private const int MaxSlugWords = 3;

    public static void Apply(string text, IReadOnlyList<TextSpan[]> sentences, List<EntityMention> mentions)
    {
        foreach (var words in sentences)
        {
            var dash = SlugEnd(text, words);
            if (dash < 0)
            {
                continue;
            }

            var slug = new TextSpan(words[0].Start, words[dash - 1].End);
            var sentence = new TextSpan(words[0].Start, words[^1].End);
            mentions.RemoveAll(m => slug.Contains(m.Span) && !IsAcronym(m.Span.In(text)) && !NamedElsewhere(text, m, sentence, mentions));
        }
    }

    /// <summary>The index of the dash that ends the slug of a sentence in capitals, or -1.</summary>
    internal static int SlugEnd(string text, TextSpan[] words)
    {
        var dash = -1;
        for (var i = 1; i <= MaxSlugWords && i < words.Length - 1; i++)
        {
            if (words[i].In(text) is "-" or "\u2013" or "\u2014")
            {
                dash = i;
                break;
            }
        }

        if (dash < 0)
        {
            return -1;
        }

        return WordShape.HasLowerCase(text.AsSpan(words[0].Start, words[^1].End - words[0].Start)) ? -1 : dash;
    }

    /// <summary>One word of two to five capitals ("NBA", "NHL").</summary>
    private static bool IsAcronym(ReadOnlySpan<char> name)
    {
        if (name.Length is < 2 or > 5)
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!char.IsAsciiLetterUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool NamedElsewhere(string text, EntityMention mention, TextSpan sentence, List<EntityMention> mentions)
    {
        var name = mention.Span.In(text);
        foreach (var other in mentions)
        {
            if (!sentence.Contains(other.Span) && other.Span.In(text).Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
