using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using Crosscheck.Model;

namespace Crosscheck.Text.Resolution;

/// <summary>A mention's name made comparable: display form, matching key and words.</summary>
/// <param name="Display">As written, minus a possessive, a leading "the" and leading titles.</param>
/// <param name="Key">Case-folded, without diacritics or punctuation, words joined by single spaces.</param>
/// <param name="Titles">Title words removed from the front of a person's name ("Senator"), else empty.</param>
internal sealed record NormalisedName(string Display, string Key, string[] Words, string? Titles, bool IsAcronym);

/// <summary>Normalises entity names: strips possessives, "the", titles, punctuation and diacritics; casefolds.</summary>
internal static class NameNormalizer
{
    /// <summary>General titles and honorifics that may precede a person's name (lower-case, without dots).</summary>
    private static readonly FrozenSet<string> TitleWords = FrozenSet.ToFrozenSet(
    [
        "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "president", "vice",
        "prime", "minister", "secretary", "senator", "sen", "rep", "representative", "congressman", "congresswoman",
        "governor", "gov", "mayor", "general", "gen", "senior", "lieutenant", "lt", "colonel", "col", "major", "maj",
        "captain", "capt", "admiral", "adm", "commander", "sergeant", "sgt", "chief", "chairman", "chairwoman", "chair",
        "judge", "justice", "ambassador", "envoy", "deputy", "king", "queen", "prince", "princess", "pope", "cardinal",
        "bishop", "archbishop", "rabbi", "imam", "sheikh", "father", "sister", "brother", "foreign", "defence", "defense",
        "interior", "finance", "health", "chancellor", "premier", "speaker", "spokesman", "spokeswoman", "spokesperson",
    ], StringComparer.Ordinal);

    public static bool TryNormalise(ReadOnlySpan<char> surface, EntityKind kind, out NormalisedName name)
    {
        var s = surface.Trim().TrimEnd(",;:!?\"'\u201D\u2019)]").TrimStart("\"'\u201C\u2018([");
        if (s.Length > 2 && IsApostrophe(s[^2]) && s[^1] is 's' or 'S')
        {
            s = s[..^2];
        }
        else if (s.Length > 2 && IsApostrophe(s[^1]) && s[^2] is 's' or 'S')
        {
            s = s[..^1];
        }

        if (s.Length > 4 && s[..4].Equals("the ", StringComparison.OrdinalIgnoreCase))
        {
            s = s[4..].TrimStart();
        }

        var words = s.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var skip = 0;
        if (kind == EntityKind.Person)
        {
            while (skip < words.Length - 1 && TitleWords.Contains(words[skip].TrimEnd('.').ToLowerInvariant()))
            {
                skip++;
            }
        }

        var display = string.Join(' ', words, skip, words.Length - skip);
        var key = Fold(display);
        if (key.Length == 0)
        {
            name = null!;
            return false;
        }

        var titles = skip > 0 ? string.Join(' ', words, 0, skip) : null;
        name = new NormalisedName(display, key, key.Split(' '), titles, IsAcronymShape(display));
        return true;
    }

    /// <summary>
    /// The key words open with a title ("general", "senior general", "commander in chief") and a
    /// name follows: a decorated form, not the best choice of canonical name.
    /// </summary>
    public static bool StartsWithTitle(string[] words)
    {
        if (words.Length < 2 || !TitleWords.Contains(words[0]))
        {
            return false;
        }

        var i = 1;
        while (i < words.Length - 1 && (TitleWords.Contains(words[i]) || words[i] is "in" or "of" or "the"))
        {
            i++;
        }

        return i < words.Length;
    }

    /// <summary>Lower-case, diacritics removed, possessive endings, dots and apostrophes dropped, other punctuation made a space.</summary>
    public static string Fold(string display)
    {
        var decomposed = display.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var space = false;
        var wordStart = -1;
        for (var i = 0; i < decomposed.Length; i++)
        {
            var c = decomposed[i];
            if (IsApostrophe(c) && i + 1 < decomposed.Length && decomposed[i + 1] == 's' &&
                (i + 2 == decomposed.Length || !char.IsLetterOrDigit(decomposed[i + 2])))
            {
                // A possessive is not part of the name: "Esteria's Senate" is written on "Esteria".
                i++;
                continue;
            }

            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c == '.' || IsApostrophe(c))
            {
                continue;
            }

            // A compound of two capitalised names ("Franco-German", "Guinea-Bissau") is one word:
            // its last part is not its surname ("al-Assad" stays two words).
            if (Tokenizer.IsHyphen(c) && wordStart >= 0 && char.IsUpper(decomposed[wordStart])
                && i + 1 < decomposed.Length && char.IsUpper(decomposed[i + 1]))
            {
                continue;
            }

            if (char.IsLetterOrDigit(c) && (space || wordStart < 0))
            {
                wordStart = i;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (space && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                space = false;
                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                space = true;
            }
        }

        return builder.ToString();
    }

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';

    /// <summary>One word of 2 to 8 capital letters (digits and dots allowed): "NLD", "U.N.", "G7".</summary>
    private static bool IsAcronymShape(string display)
    {
        var letters = 0;
        foreach (var c in display)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
            else if (!char.IsDigit(c) && c != '.' && c != '&')
            {
                return false;
            }
        }

        return letters >= 2 && display.Length <= 10;
    }
}
