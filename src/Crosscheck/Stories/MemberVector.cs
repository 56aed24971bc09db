namespace Crosscheck.Stories;

/// <summary>
/// A member article's unit vector (its heaviest terms), kept sparse with terms in ascending id
/// order; compared with the article being placed through the clusterer's dense scratch vector.
/// Reused (see <see cref="StoryPool"/>): <see cref="Set"/> overwrites it in its own arrays.
/// </summary>
internal sealed class MemberVector
{
    private int[] _terms;
    private float[] _weights;
    private int _length;

    private MemberVector(int[] terms, float[] weights)
    {
        _terms = terms;
        _weights = weights;
        _length = terms.Length;
    }

    /// <summary>An empty vector with room for <paramref name="capacity"/> terms.</summary>
    public MemberVector(int capacity)
    {
        _terms = new int[capacity];
        _weights = new float[capacity];
    }

    /// <summary>Copies the <paramref name="keep"/> heaviest of <paramref name="terms"/> (given heaviest first), in place of what it held.</summary>
    public void Set(ReadOnlySpan<int> terms, ReadOnlySpan<float> weights, int keep)
    {
        var n = Math.Min(keep, terms.Length);
        if (_terms.Length < n)
        {
            _terms = new int[n];
            _weights = new float[n];
        }

        terms[..n].CopyTo(_terms);
        weights[..n].CopyTo(_weights);
        _terms.AsSpan(0, n).Sort(_weights.AsSpan(0, n));
        _length = n;
    }

    /// <summary>Dot product with a dense vector indexed by term id (long enough for every term here).</summary>
    public double Dot(float[] dense)
    {
        var dot = 0.0;
        for (var i = 0; i < _length; i++)
        {
            dot += (double)_weights[i] * dense[_terms[i]];
        }

        return dot;
    }

    /// <summary>Writes the terms and weights (see <see cref="ClustererSnapshot"/>).</summary>
    public void WriteState(SnapshotWriter writer)
    {
        writer.Count(_length);
        for (var i = 0; i < _length; i++)
        {
            writer.Int(_terms[i]);
            writer.Float(_weights[i]);
        }
    }

    /// <summary>Reads what <see cref="WriteState"/> wrote; every term must be below <paramref name="vocabularySize"/>.</summary>
    public static MemberVector ReadState(SnapshotReader reader, int vocabularySize)
    {
        var count = reader.Count(8, "member vector terms");
        var terms = new int[count];
        var weights = new float[count];
        for (var i = 0; i < count; i++)
        {
            terms[i] = reader.Index(vocabularySize, "member vector term");
            weights[i] = reader.Float();
        }

        return new MemberVector(terms, weights);
    }
}
