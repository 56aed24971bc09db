using Crosscheck.Model;

namespace Crosscheck.Text;

/// <summary>
/// Splits a region of text into sentences. Sentences are trimmed of surrounding whitespace, do
/// not overlap, and together cover every non-whitespace character of the region.
/// </summary>
/// <remarks>
/// Rules, in order:
/// <list type="bullet">
/// <item>A line break always ends a sentence.</item>
/// <item>A run of terminators (<c>. ? ! …</c>) followed by closing quotes/brackets (also after a
/// space: <c>he said. ”</c>) ends a sentence when whitespace and then something other than a
/// lower-case letter or <c>, ; :</c> follow.</item>
/// <item>A period never ends a sentence after a title abbreviation (Mr., Gen., Lt., Dr., ...), after
/// "No." before a digit, or inside a token (decimals "3.5", "U.S.", "e.g.").</item>
/// <item>After an ambiguous abbreviation (Inc., Co., Jr., U.S., Feb., St., ...) or an initial
/// ("A."), the period ends a sentence only when the next word is a typical sentence opener
/// (a function word such as "The", "He", "But").</item>
/// </list>
/// Stateless after construction and thread-safe.
/// </remarks>
public sealed class SentenceSplitter
{
    public const string StageId = "text.sentences/1";

    private readonly WordSet _titleAbbreviations;
    private readonly WordSet _ambiguousAbbreviations;
    private readonly WordSet _sentenceOpeners;

    public SentenceSplitter()
    {
        _titleAbbreviations = new WordSet(EnglishVocabulary.TitleAbbreviations);
        _ambiguousAbbreviations = new WordSet(EnglishVocabulary.AmbiguousAbbreviations);
        _sentenceOpeners = new WordSet(EnglishVocabulary.FunctionWords);
    }

    /// <summary>Splits <paramref name="region"/> of <paramref name="text"/> into sentences.</summary>
    public IReadOnlyList<Sentence> Split(string text, TextSpan region)
    {
        var sentences = new List<Sentence>();
        Split(text, region, sentences);
        return sentences;
    }

    /// <summary>Appends the sentences of <paramref name="region"/> to <paramref name="output"/>.</summary>
    public void Split(string text, TextSpan region, List<Sentence> output)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(output);
        if (region.Start < 0 || region.End > text.Length || region.Start > region.End)
        {
            throw new ArgumentOutOfRangeException(nameof(region), region, "Region lies outside the text.");
        }

        var end = region.End;
        var sentenceStart = -1;
        var i = region.Start;
        while (i < end)
        {
            var c = text[i];
            if (c is '\n' or '\r' or '\u2028' or '\u2029')
            {
                Close(text, sentenceStart, i, output);
                sentenceStart = -1;
                i++;
                continue;
            }

            if (sentenceStart < 0)
            {
                if (char.IsWhiteSpace(c))
                {
                    i++;
                    continue;
                }

                sentenceStart = i;
            }

            if (!IsTerminator(c))
            {
                i++;
                continue;
            }

            var boundary = TryFindBoundary(text, i, end, sentenceStart);
            if (boundary > 0)
            {
                Close(text, sentenceStart, boundary, output);
                sentenceStart = -1;
                i = boundary;
            }
            else
            {
                i = -boundary;
            }
        }

        Close(text, sentenceStart, end, output);
    }

    private static bool IsTerminator(char c) => c is '.' or '?' or '!' or '…' or '。' or '？' or '！';

    private static bool IsClosing(char c) => c is '”' or '’' or '»' or '›' or ')' or ']' or '}' or '*' or '_';

    private static bool IsStraightQuote(char c) => c is '"' or '\'';

    private static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u2028' or '\u2029';

    /// <summary>
    /// Looks at the terminator run starting at <paramref name="i"/>. Returns the end of the
    /// sentence (positive) when it ends here, otherwise the negated index to continue from.
    /// </summary>
    private int TryFindBoundary(string text, int i, int end, int sentenceStart)
    {
        var runStart = i;
        while (i < end && (IsTerminator(text[i]) || (text[i] == '.' && i > runStart)))
        {
            i++;
        }

        // Closing quotes and brackets, possibly after one space ("he said. ”").
        var sentenceEnd = i;
        var j = i;
        while (true)
        {
            var k = j;
            while (k < end && text[k] == ' ')
            {
                k++;
            }

            if (k < end && (IsClosing(text[k]) || (IsStraightQuote(text[k]) && (k + 1 >= end || char.IsWhiteSpace(text[k + 1]) || IsClosing(text[k + 1]) || IsStraightQuote(text[k + 1]))))
                && (k == j || k - j <= 1))
            {
                j = k + 1;
                sentenceEnd = j;
                continue;
            }

            break;
        }

        if (sentenceEnd >= end)
        {
            return end;
        }

        // A boundary needs whitespace after it (or a line break).
        if (!char.IsWhiteSpace(text[sentenceEnd]))
        {
            return -Math.Max(sentenceEnd, runStart + 1);
        }

        var next = sentenceEnd;
        while (next < end && char.IsWhiteSpace(text[next]) && !IsLineBreak(text[next]))
        {
            next++;
        }

        if (next >= end || IsLineBreak(text[next]))
        {
            return sentenceEnd;
        }

        var nextChar = text[next];
        if (char.IsLower(nextChar) || nextChar is ',' or ';' or ':' or '–' or '—')
        {
            return -sentenceEnd;
        }

        if (text[runStart] == '.' && i - runStart == 1 && !IsPeriodBoundary(text, runStart, sentenceStart, next, end))
        {
            return -sentenceEnd;
        }

        return sentenceEnd;
    }

    /// <summary>Decides whether a single period at <paramref name="dot"/> ends a sentence, given the word before it.</summary>
    private bool IsPeriodBoundary(string text, int dot, int sentenceStart, int next, int end)
    {
        var wordStart = dot;
        while (wordStart > sentenceStart && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = text.AsSpan(wordStart, dot - wordStart);
        if (word.IsEmpty)
        {
            return true;
        }

        if (_titleAbbreviations.Contains(word))
        {
            return false;
        }

        if (word.Equals("No", StringComparison.OrdinalIgnoreCase) || word.Equals("Nos", StringComparison.OrdinalIgnoreCase)
            || word.Equals("Art", StringComparison.Ordinal) || word.Equals("Vol", StringComparison.Ordinal))
        {
            return !char.IsDigit(text[next]);
        }

        var isInitial = word.Length == 1 && char.IsUpper(word[0]);
        if (isInitial || _ambiguousAbbreviations.Contains(word) || IsDottedAcronym(word))
        {
            return StartsWithOpener(text, next, end);
        }

        return true;
    }

    private static bool IsDottedAcronym(ReadOnlySpan<char> word) => word.Length >= 3 && word.Contains('.');

    private bool StartsWithOpener(string text, int next, int end)
    {
        while (next < end && !char.IsLetterOrDigit(text[next]))
        {
            next++;
        }

        var wordEnd = next;
        while (wordEnd < end && char.IsLetter(text[wordEnd]))
        {
            wordEnd++;
        }

        return wordEnd > next && _sentenceOpeners.Contains(text.AsSpan(next, wordEnd - next));
    }

    private static void Close(string text, int start, int end, List<Sentence> output)
    {
        if (start < 0)
        {
            return;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            output.Add(new Sentence(new TextSpan(start, end)));
        }
    }
}
