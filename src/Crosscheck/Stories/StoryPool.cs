namespace Crosscheck.Stories;

/// <summary>
/// A clusterer's reusable story parts, so that placing an article allocates nothing in the steady
/// state: the centroids, posted-term sets and member-vector lists of released stories (cleared,
/// capacity kept) go to stories founded later, member vectors a story drops go to later members,
/// and a centroid prune sorts in shared scratch arrays. Reuse changes no result: a cleared
/// dictionary enumerates in insertion order, as a new one does. Not thread-safe: one per clusterer.
/// </summary>
internal sealed class StoryPool
{
    private readonly Stack<Dictionary<int, float>> _centroids = new();
    private readonly Stack<HashSet<int>> _postedTerms = new();
    private readonly Stack<List<MemberVector>> _vectorLists = new();
    private readonly Stack<MemberVector> _vectors = new();
    private int[] _pruneTerms = new int[256];
    private float[] _pruneWeights = new float[256];

    public Dictionary<int, float> RentCentroid() => _centroids.TryPop(out var centroid) ? centroid : [];

    public HashSet<int> RentPostedTerms() => _postedTerms.TryPop(out var terms) ? terms : [];

    public List<MemberVector> RentVectorList() => _vectorLists.TryPop(out var list) ? list : [];

    /// <summary>A member vector holding the <paramref name="keep"/> heaviest of <paramref name="terms"/> (see <see cref="MemberVector.Set"/>).</summary>
    public MemberVector RentVector(ReadOnlySpan<int> terms, ReadOnlySpan<float> weights, int keep)
    {
        var vector = _vectors.TryPop(out var free) ? free : new MemberVector(keep);
        vector.Set(terms, weights, keep);
        return vector;
    }

    /// <summary>Takes back the parts of a released story; the caller keeps no reference to them.</summary>
    public void Return(Dictionary<int, float> centroid, HashSet<int> postedTerms, List<MemberVector> vectors)
    {
        centroid.Clear();
        _centroids.Push(centroid);
        postedTerms.Clear();
        _postedTerms.Push(postedTerms);
        foreach (var vector in vectors)
        {
            _vectors.Push(vector);
        }

        vectors.Clear();
        _vectorLists.Push(vectors);
    }

    /// <summary>Takes back a member vector no story holds any more.</summary>
    public void Return(MemberVector vector) => _vectors.Push(vector);

    /// <summary>Scratch arrays of at least <paramref name="count"/> items for a centroid prune (valid until the next call).</summary>
    public (int[] Terms, float[] Weights) PruneScratch(int count)
    {
        if (_pruneTerms.Length < count)
        {
            _pruneTerms = new int[Math.Max(count, 2 * _pruneTerms.Length)];
            _pruneWeights = new float[_pruneTerms.Length];
        }

        return (_pruneTerms, _pruneWeights);
    }
}
