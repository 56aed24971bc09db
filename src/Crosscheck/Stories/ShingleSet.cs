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
    public static ulong[] Of(Article article, int shingleWords, List<ulong> words, HashSet<ulong> shingles)
    {
        words.Clear();
        shingles.Clear();
        if (article.Body.Count == 0)
        {
            HashWords(article.Text, words);
        }
        else
        {
            foreach (var span in article.Body)
            {
                HashWords(span.In(article.Text), words);
            }
        }

        if (words.Count > 0 && words.Count < shingleWords)
        {
            shingles.Add(Combine(words, 0, words.Count));
        }

        for (var i = 0; i + shingleWords <= words.Count; i++)
        {
            shingles.Add(Combine(words, i, shingleWords));
        }

        var result = new ulong[shingles.Count];
        shingles.CopyTo(result);
        Array.Sort(result);
        return result;
    }

    /// <summary>Counts the hashes two sorted sets share.</summary>
    public static int Overlap(ulong[] a, ulong[] b)
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
