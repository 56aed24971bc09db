namespace Crosscheck.Stories;

/// <summary>
/// Finds words in text without allocating: runs of letters and digits, with apostrophes kept
/// only between letters ("don't", "Velasquez's"). Quotes, dashes and other punctuation split words,
/// so curly and straight quotes or hyphens and em dashes read the same.
/// </summary>
internal static class WordScanner
{
    /// <summary>
    /// Finds the next word at or after <paramref name="from"/>. Returns false at the end of
    /// <paramref name="text"/>. <paramref name="start"/> and <paramref name="end"/> are half-open.
    /// </summary>
    public static bool TryNext(ReadOnlySpan<char> text, int from, out int start, out int end)
    {
        var i = from;
        while (i < text.Length && !char.IsLetterOrDigit(text[i]))
        {
            i++;
        }

        start = i;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                i++;
            }
            else if (IsApostrophe(c) && i + 1 < text.Length && char.IsLetter(text[i + 1]) && i > start)
            {
                i++;
            }
            else
            {
                break;
            }
        }

        end = i;
        return end > start;
    }

    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC' or '\u2018';

    /// <summary>
    /// Writes the lower-cased word into <paramref name="buffer"/> without apostrophes and without a
    /// trailing possessive ('s). Returns the number of characters written (at most the buffer length).
    /// </summary>
    public static int Fold(ReadOnlySpan<char> word, Span<char> buffer)
    {
        var w = word;
        if (w.Length > 2 && IsApostrophe(w[^2]) && (w[^1] is 's' or 'S'))
        {
            w = w[..^2];
        }

        var n = 0;
        foreach (var c in w)
        {
            if (IsApostrophe(c))
            {
                continue;
            }

            if (n == buffer.Length)
            {
                break;
            }

            buffer[n++] = char.ToLowerInvariant(c);
        }

        return n;
    }
}
