namespace Crosscheck.Stories;

/// <summary>
/// A light English suffix stripper for matching word forms ("votes", "voted", "voting" → "vot").
/// It is not a linguistic stemmer: it only needs to map inflections of one word to one key and
/// rarely map different words together. Works in place on lower-cased characters.
/// </summary>
internal static class LightStemmer
{
    /// <summary>Returns the length of the stem; may rewrite the last characters of <paramref name="word"/>.</summary>
    public static int Stem(Span<char> word)
    {
        var n = word.Length;
        if (n <= 3 || !char.IsLetter(word[n - 1]))
        {
            return n;
        }

        if (n > 4 && EndsWith(word, n, "ies"))
        {
            word[n - 3] = 'y';
            n -= 2;
        }
        else if (n > 4 && EndsWith(word, n, "sses"))
        {
            n -= 2;
        }
        else if (word[n - 1] == 's' && !EndsWith(word, n, "ss") && !EndsWith(word, n, "us") && !EndsWith(word, n, "is"))
        {
            n -= 1;
        }

        if (n > 5 && EndsWith(word, n, "ing"))
        {
            n -= 3;
            n = Undouble(word, n);
        }
        else if (n > 4 && EndsWith(word, n, "ed") && !EndsWith(word, n, "eed"))
        {
            n -= 2;
            n = Undouble(word, n);
        }

        if (n > 4 && word[n - 1] == 'e')
        {
            n -= 1;
        }

        return n;
    }

    private static bool EndsWith(Span<char> word, int n, string suffix) =>
        n >= suffix.Length && word[(n - suffix.Length)..n].SequenceEqual(suffix);

    private static int Undouble(Span<char> word, int n) =>
        n > 3 && word[n - 1] == word[n - 2] && word[n - 1] is not ('l' or 's' or 'z') && !char.IsDigit(word[n - 1])
            ? n - 1
            : n;
}
