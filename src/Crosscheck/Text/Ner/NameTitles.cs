using Crosscheck.Model;

namespace Crosscheck.Text.Ner;

/// <summary>
/// Titles and roles are not names: a title that names nobody is dropped, a title abbreviation
/// opening a person's name becomes the person's title.
/// </summary>
internal static class NameTitles
{
    private static readonly WordSet TitleHeads = new(EnglishVocabulary.TitleHeads);

    private static readonly WordSet TitleWords = new(EnglishVocabulary.TitleWords);

    private static readonly WordSet PersonTitleAbbreviations = new(EnglishVocabulary.PersonTitleAbbreviations);

    /// <summary>
    /// A place mention with a title head inside ("Kelm Gov. Dara Halvik", "Varnian Ambassador") is
    /// the place before the title, and the person after it when two or more capitalised words
    /// follow (with the title word as their title): a place does not hold titles.
    /// </summary>
    public static void TitlesInsidePlaces(string text, List<EntityMention> mentions)
    {
        for (var k = 0; k < mentions.Count; k++)
        {
            var mention = mentions[k];
            if (mention.Kind != EntityKind.Place)
            {
                continue;
            }

            var words = Words(text, mention.Span);
            var title = 1;
            while (title < words.Count && !TitleHeads.Contains(words[title].In(text).TrimEnd('.')))
            {
                title++;
            }

            if (title >= words.Count)
            {
                continue;
            }

            mentions[k] = mention with { Span = new TextSpan(mention.Span.Start, words[title - 1].End) };
            var person = words.Count - title - 1;
            var capitalised = true;
            for (var w = title + 1; w < words.Count; w++)
            {
                capitalised &= char.IsUpper(text[words[w].Start]);
            }

            if (person >= 2 && capitalised)
            {
                mentions.Insert(k + 1, new EntityMention(new TextSpan(words[title + 1].Start, mention.Span.End), EntityKind.Person, mention.Score, words[title].Of(text)));
                k++;
            }
        }
    }

    /// <summary>The space-separated words of <paramref name="span"/>.</summary>
    private static List<TextSpan> Words(string text, TextSpan span)
    {
        var words = new List<TextSpan>();
        var start = span.Start;
        for (var i = span.Start; i <= span.End; i++)
        {
            if (i == span.End || char.IsWhiteSpace(text[i]))
            {
                if (i > start)
                {
                    words.Add(new TextSpan(start, i));
                }

                start = i + 1;
            }
        }

        return words;
    }

    /// <summary>
    /// A person mention that opens with a title abbreviation ("Rep. Dara Halvik", "Mr. Halvik")
    /// is the name after it, with the abbreviation as its title: titles are not part of names.
    /// </summary>
    public static void TitlesOutsideNames(string text, List<EntityMention> mentions)
    {
        for (var k = 0; k < mentions.Count; k++)
        {
            var mention = mentions[k];
            var name = mention.Span.In(text);
            var space = name.IndexOf(' ');
            if (mention.Kind != EntityKind.Person || space < 2 || name[space - 1] != '.' || !PersonTitleAbbreviations.Contains(name[..(space - 1)]))
            {
                continue;
            }

            var start = mention.Span.Start + space + 1;
            while (start < mention.Span.End && text[start] == ' ')
            {
                start++;
            }

            if (start < mention.Span.End && char.IsUpper(text[start]))
            {
                mentions[k] = mention with { Span = new TextSpan(start, mention.Span.End), Title = mention.Title ?? name[..space].ToString() };
            }
        }
    }

    /// <summary>
    /// A mention that ends with a title of two or more words and names nobody ("the invitation of
    /// Telandic Defense Minister") is a role, not a name: it is dropped, and a demonym or place
    /// opening it ("Telandic") is kept with the type the training data gives it. So is a lone
    /// title head ("General").
    /// </summary>
    public static void BareTitles(string text, List<EntityMention> mentions, WordClasses classes)
    {
        for (var k = 0; k < mentions.Count; k++)
        {
            var mention = mentions[k];
            var name = mention.Span.In(text);
            var space = name.LastIndexOf(' ');
            if (mention.Kind != EntityKind.Other && space < 0 && TitleHeads.Contains(name.TrimEnd('.')))
            {
                // "General" alone, left over from "... Attorney General": a title, no name.
                mentions.RemoveAt(k--);
                continue;
            }

            if (mention.Kind == EntityKind.Other || space < 0 || !TitleHeads.Contains(name[(space + 1)..].TrimEnd('.')))
            {
                continue;
            }

            // The head must follow another title word ("Defense Minister"), not a name ("Argus Leader") or "of" ("Court of Justice").
            var before = name[..space];
            var previous = before[(before.LastIndexOf(' ') + 1)..];
            if (!TitleWords.Contains(previous.TrimEnd('.')))
            {
                continue;
            }

            var firstSpace = name.IndexOf(' ');
            var opening = classes.Of(name[..firstSpace]);
            if (firstSpace < space && opening is 3 or 4)
            {
                // "Telandic Defense Minister" keeps "Telandic"; "Kelm State Secretary" keeps the place "Kelm".
                mentions[k] = mention with { Span = new TextSpan(mention.Span.Start, mention.Span.Start + firstSpace), Kind = opening == 3 ? EntityKind.Place : EntityKind.Other };
            }
            else
            {
                mentions.RemoveAt(k--);
            }
        }
    }
}
