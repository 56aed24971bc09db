using System.Numerics;
using System.Runtime.InteropServices;
using Crosscheck.Model;

namespace Crosscheck.Stories;

/// <summary>
/// Finds wire copies: articles printing one text, possibly edited (headline changed, paragraphs
/// added or cut, a few words changed). Bodies become sets of word 5-gram shingles; MinHash
/// signatures with LSH banding propose candidate pairs; a pair is verified by exact shingle
/// containment |A ∩ B| / min(|A|, |B|) ≥ <see cref="SyndicationOptions.ContainmentThreshold"/>,
/// or, for rewritten copies, a lower containment shared in several separate verbatim passages;
/// verified pairs are joined by union-find. Only body text (<see cref="Article.Body"/>) is used.
/// </summary>
public sealed class SyndicationDetector
{
    public const string StageId = "stories.syndication/1";

    private readonly SyndicationOptions _options;
    private readonly ulong[] _multipliers;
    private readonly ulong[] _offsets;

    public SyndicationDetector(SyndicationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.ShingleWords, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Bands, 1);
        if (options.Hashes < options.Bands || options.Hashes % options.Bands != 0)
        {
            throw new ArgumentException("Hashes must be a positive multiple of Bands.", nameof(options));
        }

        _options = options;
        _multipliers = new ulong[options.Hashes];
        _offsets = new ulong[options.Hashes];
        var state = options.Seed;
        for (var i = 0; i < options.Hashes; i++)
        {
            state += 0x9E3779B97F4A7C15UL;
            _multipliers[i] = ShingleSet.Mix(state) | 1UL;
            state += 0x9E3779B97F4A7C15UL;
            _offsets[i] = ShingleSet.Mix(state);
        }
    }

    /// <summary>
    /// Puts every article in exactly one family (singletons included). Families are ordered by their
    /// first member in input order; members keep input order.
    /// </summary>
    public IReadOnlyList<Family> Detect(IReadOnlyList<AnnotatedArticle> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var n = articles.Count;
        var sets = new ulong[n][];
        var sequences = new ulong[n][];
        var words = new List<ulong>();
        var scratch = new HashSet<ulong>();
        for (var i = 0; i < n; i++)
        {
            sets[i] = ShingleSet.Of(articles[i].Article, _options.ShingleWords, words, scratch, out sequences[i]);
        }

        var parents = new int[n];
        for (var i = 0; i < n; i++)
        {
            parents[i] = i;
        }

        FindPairs(sets, sequences, parents);
        return Collect(articles, parents);
    }

    private void FindPairs(ulong[][] sets, ulong[][] sequences, int[] parents)
    {
        var bands = _options.Bands;
        var rows = _options.Hashes / bands;
        var signature = new ulong[_options.Hashes];
        var bucketLast = new Dictionary<ulong, int>();
        var chain = new int[sets.Length * bands];
        var tried = new HashSet<long>();
        for (var i = 0; i < sets.Length; i++)
        {
            if (sets[i].Length == 0)
            {
                chain.AsSpan(i * bands, bands).Fill(-1);
                continue;
            }

            Sign(sets[i], signature);
            for (var b = 0; b < bands; b++)
            {
                var key = BandKey(signature, b, rows);
                var entry = i * bands + b;
                chain[entry] = bucketLast.TryGetValue(key, out var last) ? last : -1;
                bucketLast[key] = entry;
                var walked = 0;
                for (var e = chain[entry]; e >= 0 && walked < _options.MaxBucketWalk; e = chain[e], walked++)
                {
                    var j = e / bands;
                    if (Find(parents, i) != Find(parents, j) && tried.Add(((long)j * sets.Length) + i) && IsCopy(sets, sequences, i, j))
                    {
                        Union(parents, i, j);
                    }
                }
            }
        }
    }

    /// <summary>The LSH bucket key of band <paramref name="band"/> of a MinHash signature.</summary>
    internal static ulong BandKey(ulong[] signature, int band, int rows)
    {
        var key = ShingleSet.Mix((ulong)band + 1);
        for (var r = 0; r < rows; r++)
        {
            key = ShingleSet.Mix(key ^ signature[band * rows + r]);
        }

        return key;
    }

    /// <summary>
    /// Fills <paramref name="signature"/> with the MinHash signature of a shingle set: per hash
    /// function h, the least (shingle × multiplier[h] + offset[h]) mod 2^64. Vectorised where the
    /// hardware allows; the result is the same either way.
    /// </summary>
    internal void Sign(ReadOnlySpan<ulong> set, ulong[] signature)
    {
        signature.AsSpan().Fill(ulong.MaxValue);
        if (Vector.IsHardwareAccelerated && signature.Length % Vector<ulong>.Count == 0)
        {
            var minima = MemoryMarshal.Cast<ulong, Vector<ulong>>(signature.AsSpan());
            var multipliers = MemoryMarshal.Cast<ulong, Vector<ulong>>(_multipliers.AsSpan());
            var offsets = MemoryMarshal.Cast<ulong, Vector<ulong>>(_offsets.AsSpan());
            foreach (var shingle in set)
            {
                var value = new Vector<ulong>(shingle);
                for (var v = 0; v < minima.Length; v++)
                {
                    minima[v] = Vector.Min(minima[v], (value * multipliers[v]) + offsets[v]);
                }
            }

            return;
        }

        foreach (var shingle in set)
        {
            for (var h = 0; h < signature.Length; h++)
            {
                var value = (shingle * _multipliers[h]) + _offsets[h];
                if (value < signature[h])
                {
                    signature[h] = value;
                }
            }
        }
    }

    private bool IsCopy(ulong[][] sets, ulong[][] sequences, int i, int j) =>
        IsCopy(sets[i], sequences[i], sets[j], sequences[j]);

    /// <summary>Verifies a candidate pair by shingle containment, or by several shared verbatim passages.</summary>
    internal bool IsCopy(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> sequenceA, ReadOnlySpan<ulong> b, ReadOnlySpan<ulong> sequenceB)
    {
        var shared = ShingleSet.Overlap(a, b);
        var smaller = Math.Min(a.Length, b.Length);
        if (shared < _options.MinSharedShingles || shared < _options.RewriteContainmentThreshold * smaller)
        {
            return false;
        }

        if (shared >= _options.ContainmentThreshold * smaller)
        {
            return true;
        }

        return a.Length <= b.Length
            ? ShingleSet.SharedPassages(sequenceA, b, _options.MinPassageShingles) >= _options.MinSharedPassages
            : ShingleSet.SharedPassages(sequenceB, a, _options.MinPassageShingles) >= _options.MinSharedPassages;
    }

    private static int Find(int[] parents, int i)
    {
        while (parents[i] != i)
        {
            parents[i] = parents[parents[i]];
            i = parents[i];
        }

        return i;
    }

    /// <summary>Joins two sets; the root is always the earlier article, so families start at their first member.</summary>
    private static void Union(int[] parents, int a, int b)
    {
        var ra = Find(parents, a);
        var rb = Find(parents, b);
        if (ra < rb)
        {
            parents[rb] = ra;
        }
        else if (rb < ra)
        {
            parents[ra] = rb;
        }
    }

    private static Family[] Collect(IReadOnlyList<AnnotatedArticle> articles, int[] parents)
    {
        var members = new Dictionary<int, List<int>>();
        var roots = new List<int>();
        for (var i = 0; i < articles.Count; i++)
        {
            var root = Find(parents, i);
            if (!members.TryGetValue(root, out var list))
            {
                members[root] = list = [];
                roots.Add(root);
            }

            list.Add(i);
        }

        var families = new Family[roots.Count];
        for (var f = 0; f < roots.Count; f++)
        {
            var list = members[roots[f]];
            var ids = new ArticleId[list.Count];
            string? origin = null;
            for (var k = 0; k < list.Count; k++)
            {
                var article = articles[list[k]].Article;
                ids[k] = article.Id;
                if (origin is null && article.Metadata.Agencies.Count > 0)
                {
                    origin = article.Metadata.Agencies[0];
                }
            }

            families[f] = new Family(FamilyId.FoundedBy(ids[0]), ids, origin);
        }

        return families;
    }
}
