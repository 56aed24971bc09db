using System.Globalization;
using Crosscheck.Model;

namespace Crosscheck.Text;

/// <summary>
/// Splits a region of text into word, number, URL, hashtag, punctuation and symbol tokens.
/// Every non-whitespace character of the region lies in exactly one token, so tokens plus the
/// whitespace between them rebuild the region. Offsets are half-open UTF-16 indices into the
/// original text.
/// </summary>
/// <remarks>
/// Words keep internal apostrophes and hyphens ("junta's", "three-day", "al-Assad") and dotted
/// acronyms ("U.S.", "e.g."). Numbers keep digit-group separators ("1,000.5"); a hyphen between
/// two numbers is its own token ("119-1"). Digits directly followed by an ordinal suffix form one
/// word ("22nd"); other letters after digits start a new token ("5bn" → "5", "bn").
/// The tokenizer is stateless and thread-safe.
/// </remarks>
public sealed class Tokenizer
{
    public const string StageId = "text.tokens/1";

    /// <summary>Tokenizes <paramref name="region"/> of <paramref name="text"/>.</summary>
    public IReadOnlyList<Token> Tokenize(string text, TextSpan region)
    {
        var tokens = new List<Token>();
        Tokenize(text, region, tokens);
        return tokens;
    }

    /// <summary>Appends the tokens of <paramref name="region"/> to <paramref name="output"/>.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "Stage instance API, like the other text stages; callers hold one Tokenizer.")]
    public void Tokenize(string text, TextSpan region, List<Token> output)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(output);
        if (region.Start < 0 || region.End > text.Length || region.Start > region.End)
        {
            throw new ArgumentOutOfRangeException(nameof(region), region, "Region lies outside the text.");
        }

        var i = region.Start;
        var end = region.End;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var start = i;
            TokenKind kind;
            if (StartsUrl(text, i, end))
            {
                i = ScanUrl(text, i, end);
                kind = TokenKind.Url;
            }
            else if (c == '#' && i + 1 < end && char.IsLetterOrDigit(text[i + 1]))
            {
                i++;
                while (i < end && (char.IsLetterOrDigit(text[i]) || text[i] == '_'))
                {
                    i++;
                }

                kind = TokenKind.Hashtag;
            }
            else if (char.IsDigit(c))
            {
                i = ScanNumber(text, i, end, out var isOrdinal);
                kind = isOrdinal ? TokenKind.Word : TokenKind.Number;
            }
            else if (IsWordChar(c))
            {
                i = ScanWord(text, i, end);
                kind = TokenKind.Word;
            }
            else if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]))
            {
                var category = CharUnicodeInfo.GetUnicodeCategory(text, i);
                i += 2;
                kind = category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.OtherLetter
                    ? TokenKind.Word
                    : TokenKind.Symbol;
            }
            else if (c == '.' || c == '…')
            {
                // A run of dots ("...") is one token.
                i++;
                while (c == '.' && i < end && text[i] == '.')
                {
                    i++;
                }

                kind = TokenKind.Punctuation;
            }
            else
            {
                i++;
                kind = char.IsPunctuation(c) && c is not ('%' or '‰' or '&' or '@' or '#' or '†') ? TokenKind.Punctuation : TokenKind.Symbol;
            }

            output.Add(new Token(new TextSpan(start, i), kind));
        }
    }

    internal static bool IsWordChar(char c) =>
        char.IsLetter(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    internal static bool IsApostrophe(char c) => c is '\'' or '’' or 'ʼ';

    internal static bool IsHyphen(char c) => c is '-' or '‐' or '‑';

    private static bool StartsUrl(string text, int i, int end)
    {
        var rest = text.AsSpan(i, end - i);
        return rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || (rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && rest.Length > 4 && char.IsLetterOrDigit(rest[4]));
    }

    private static int ScanUrl(string text, int i, int end)
    {
        var start = i;
        while (i < end && !char.IsWhiteSpace(text[i]) && text[i] is not ('<' or '>' or '"' or '“' or '”'))
        {
            i++;
        }

        // Trailing sentence punctuation belongs to the sentence, not the URL; keep a closing
        // bracket only when the URL opened one.
        while (i > start + 1)
        {
            var last = text[i - 1];
            if (last is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or '’' or ']' or '*')
            {
                i--;
            }
            else if (last == ')' && text.AsSpan(start, i - start).IndexOf('(') < 0)
            {
                i--;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    private static int ScanNumber(string text, int i, int end, out bool isOrdinal)
    {
        isOrdinal = false;
        while (i < end && char.IsDigit(text[i]))
        {
            i++;
        }

        // Group separators and decimal points, only between digits: "1,000.5".
        while (i + 1 < end && text[i] is ',' or '.' && char.IsDigit(text[i + 1]))
        {
            i++;
            while (i < end && char.IsDigit(text[i]))
            {
                i++;
            }
        }

        if (i + 1 < end && char.IsLetter(text[i]))
        {
            var suffixEnd = i;
            while (suffixEnd < end && char.IsLetter(text[suffixEnd]))
            {
                suffixEnd++;
            }

            var suffix = text.AsSpan(i, suffixEnd - i);
            if (suffix.Length == 2 && (suffix.Equals("st", StringComparison.OrdinalIgnoreCase)
                || suffix.Equals("nd", StringComparison.OrdinalIgnoreCase)
                || suffix.Equals("rd", StringComparison.OrdinalIgnoreCase)
                || suffix.Equals("th", StringComparison.OrdinalIgnoreCase)))
            {
                isOrdinal = true;
                return suffixEnd;
            }
        }

        return i;
    }

    private static int ScanWord(string text, int i, int end)
    {
        var start = i;
        while (i < end && IsWordChar(text[i]))
        {
            i++;
        }

        // Dotted acronyms: single letters separated by dots ("U.S.", "e.g.", "U.N.").
        if (i - start == 1 && i + 2 < end && text[i] == '.' && char.IsLetter(text[i + 1]) && text[i + 2] == '.')
        {
            while (i + 2 < end && text[i] == '.' && char.IsLetter(text[i + 1]) && text[i + 2] == '.'
                && (i + 3 >= end || !char.IsLetter(text[i + 3]) || (i + 4 < end && text[i + 4] == '.')))
            {
                i += 2;
            }

            return i + 1;
        }

        while (i + 1 < end)
        {
            var c = text[i];
            var next = text[i + 1];
            if ((IsApostrophe(c) && IsWordChar(next)) || (IsHyphen(c) && (IsWordChar(next) || char.IsDigit(next))))
            {
                i += 2;
                while (i < end && (IsWordChar(text[i]) || char.IsDigit(text[i])))
                {
                    i++;
                }
            }
            else if (char.IsDigit(c))
            {
                // Letters and digits mixed: "G7", "COVID19".
                while (i < end && (IsWordChar(text[i]) || char.IsDigit(text[i])))
                {
                    i++;
                }
            }
            else
            {
                break;
            }
        }

        if (i < end && char.IsDigit(text[i]))
        {
            while (i < end && (IsWordChar(text[i]) || char.IsDigit(text[i])))
            {
                i++;
            }
        }

        return i;
    }
}
