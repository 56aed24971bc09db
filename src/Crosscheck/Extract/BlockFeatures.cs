namespace Crosscheck.Extract;

/// <summary>Surface features of one text block, measured in a single pass over its characters.</summary>
internal readonly record struct BlockFeatures(int Words, int Capitalised, bool EndsSentence, bool HasQuote, double LinkRatio)
{
    public static BlockFeatures Measure(ReadOnlySpan<char> span)
    {
        int words = 0;
        int capitalised = 0;
        bool inWord = false;
        bool hasQuote = false;
        int nonSpace = 0;
        foreach (char c in span)
        {
            if (!char.IsWhiteSpace(c))
            {
                nonSpace++;
            }
            if (c is '"' or '\u201C' or '\u201D' or '\u00AB' or '\u00BB')
            {
                hasQuote = true;
            }
            if (char.IsLetterOrDigit(c))
            {
                if (!inWord)
                {
                    words++;
                    if (char.IsUpper(c))
                    {
                        capitalised++;
                    }
                    inWord = true;
                }
            }
            else if (c is not ('\'' or '\u2019' or '-'))
            {
                inWord = false;
            }
        }
        int linkChars = 0;
        foreach (var m in ChromeVocabulary.Link().EnumerateMatches(span))
        {
            linkChars += m.Length;
        }
        return new BlockFeatures(words, capitalised, EndsWithSentence(span), hasQuote,
            nonSpace == 0 ? 0 : Math.Min(1, (double)linkChars / nonSpace));
    }

    /// <summary>Ends with . ! ? or …, possibly followed by closing quotes, brackets or Markdown emphasis.</summary>
    private static bool EndsWithSentence(ReadOnlySpan<char> span)
    {
        int i = span.Length - 1;
        while (i >= 0 && (span[i] is '"' or '\'' or '\u201D' or '\u2019' or ')' or ']' or '*' or '_' || char.IsWhiteSpace(span[i])))
        {
            i--;
        }
        return i >= 0 && span[i] is '.' or '!' or '?' or '\u2026';
    }
}
