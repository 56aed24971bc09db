using Crosscheck.Model;

namespace Crosscheck.Stories;

/// <summary>
/// The distinct word-shingle hashes of an article body, sorted. Words are normalised before
/// hashing: lower-cased, apostrophes dropped, quotes, dashes and other punctuation ignored.
/// </summary>
internal static class ShingleSet
{
    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    /// <summary>Hashes the body paragraphs (the whole text when the body is empty) of <paramref name="article"/>.</summary>
    public static ulong[] Of(Article article, int shingleWords, List<ulong> words, HashSet<ulong> shingles) =>
        Of(article, shingleWords, words, shingles, out _);

    /// <summary>As <see cref="Of(Article, int, List{ulong}, HashSet{ulong})"/>, also giving the shingles in text order.</summary>
    public static ulong[] Of(Article article, int shingleWords, List<ulong> words, HashSet<ulong> shingles, out ulong[] sequence)
    {
        shingles.Clear();
        HashBodyWords(article, words);

        if (words.Count > 0 && words.Count < shingleWords)
        {
            shingles.Add(Combine(words, 0, words.Count));
        }

        for (var i = 0; i + shingleWords <= words.Count; i++)
        {
            shingles.Add(Combine(words, i, shingleWords));
        }

        sequence = new ulong[Math.Max(0, words.Count - shingleWords + 1)];
        for (var i = 0; i < sequence.Length; i++)
        {
            sequence[i] = Combine(words, i, shingleWords);
        }

        var result = new ulong[shingles.Count];
        shingles.CopyTo(result);
        Array.Sort(result);
        return result;
    }

    /// <summary>
    /// As <see cref="Of(Article, int, List{ulong}, HashSet{ulong}, out ulong[])"/>, into reused buffers
    /// (grown when too small): the first <paramref name="sequenceLength"/> items of
    /// <paramref name="sequence"/> are the shingles in text order, the first <paramref name="setLength"/>
    /// of <paramref name="set"/> the same distinct shingles sorted. Allocates only to grow a buffer.
    /// </summary>
    public static void Fill(
        Article article, int shingleWords, List<ulong> words, ref ulong[] set, out int setLength, ref ulong[] sequence, out int sequenceLength)
    {
        HashBodyWords(article, words);
        sequenceLength = Math.Max(0, words.Count - shingleWords + 1);
        sequence = Fit(sequence, sequenceLength);
        for (var i = 0; i < sequenceLength; i++)
        {
            sequence[i] = Combine(words, i, shingleWords);
        }

        if (words.Count > 0 && words.Count < shingleWords)
        {
            set = Fit(set, 1);
            set[0] = Combine(words, 0, words.Count);
            setLength = 1;
            return;
        }

        set = Fit(set, sequenceLength);
        var sorted = set.AsSpan(0, sequenceLength);
        sequence.AsSpan(0, sequenceLength).CopyTo(sorted);
        sorted.Sort();
        setLength = 0;
        for (var i = 0; i < sorted.Length; i++)
        {
            if (setLength == 0 || sorted[i] != sorted[setLength - 1])
            {
                sorted[setLength++] = sorted[i];
            }
        }
    }

    /// <summary>Replaces <paramref name="words"/> with the hashes of the article's body words (its whole text when it has no body spans).</summary>
    private static void HashBodyWords(Article article, List<ulong> words)
    {
        words.Clear();
        if (article.Body.Count == 0)
        {
            HashWords(article.Text, words);
            return;
        }

        foreach (var span in article.Body)
        {
            HashWords(span.In(article.Text), words);
        }
    }

    /// <summary><paramref name="buffer"/> when it holds <paramref name="length"/> items, else a new buffer with room to spare.</summary>
    private static ulong[] Fit(ulong[] buffer, int length) =>
        buffer.Length >= length ? buffer : new ulong[Math.Max(length, Math.Min(2 * buffer.Length, length + (length / 2)))];

    /// <summary>Counts the hashes two sorted sets share.</summary>
    public static int Overlap(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b)
    {
        int i = 0, j = 0, shared = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                shared++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return shared;
    }

    /// <summary>
    /// Counts the separate passages of <paramref name="sequence"/> (shingles in text order) found in
    /// the sorted set <paramref name="other"/>: maximal runs of at least <paramref name="minRun"/>
    /// consecutive shared shingles.
    /// </summary>
    public static int SharedPassages(ReadOnlySpan<ulong> sequence, ReadOnlySpan<ulong> other, int minRun)
    {
        int passages = 0, run = 0;
        foreach (var shingle in sequence)
        {
            if (other.BinarySearch(shingle) >= 0)
            {
                run++;
                continue;
            }

            passages += run >= minRun ? 1 : 0;
            run = 0;
        }

        return passages + (run >= minRun ? 1 : 0);
    }

    /// <summary>The splitmix64 finaliser: spreads the bits of a hash.</summary>
    public static ulong Mix(ulong x)
    {
        x ^= x >> 30;
        x *= 0xBF58476D1CE4E5B9UL;
        x ^= x >> 27;
        x *= 0x94D049BB133111EBUL;
        x ^= x >> 31;
        return x;
    }

    private static void HashWords(ReadOnlySpan<char> text, List<ulong> words)
    {
        var from = 0;
        while (WordScanner.TryNext(text, from, out var start, out var end))
        {
            from = end;
            var hash = FnvOffset;
            foreach (var c in text[start..end])
            {
                if (WordScanner.IsApostrophe(c))
                {
                    continue;
                }

                hash = (hash ^ char.ToLowerInvariant(c)) * FnvPrime;
            }

            words.Add(hash);
        }
    }

    private static ulong Combine(List<ulong> words, int start, int count)
    {
        var hash = FnvOffset;
        for (var i = start; i < start + count; i++)
        {
            hash = Mix(hash ^ words[i]);
        }

        return hash;
    }
}
