namespace Crosscheck.Stories;

/// <summary>
/// A member article's unit vector (its heaviest terms), kept sparse with terms in ascending id
/// order; compared with the article being placed through the clusterer's dense scratch vector.
/// </summary>
internal sealed class MemberVector
{
    private readonly int[] _terms;
    private readonly float[] _weights;

    private MemberVector(int[] terms, float[] weights)
    {
        _terms = terms;
        _weights = weights;
    }

    /// <summary>Copies the <paramref name="keep"/> heaviest of <paramref name="terms"/> (given heaviest first).</summary>
    public MemberVector(ReadOnlySpan<int> terms, ReadOnlySpan<float> weights, int keep)
    {
        var n = Math.Min(keep, terms.Length);
        _terms = terms[..n].ToArray();
        _weights = weights[..n].ToArray();
        Array.Sort(_terms, _weights);
    }

    /// <summary>Dot product with a dense vector indexed by term id (long enough for every term here).</summary>
    public double Dot(float[] dense)
    {
        var dot = 0.0;
        for (var i = 0; i < _terms.Length; i++)
        {
            dot += (double)_weights[i] * dense[_terms[i]];
        }

        return dot;
    }

    /// <summary>Writes the terms and weights (see <see cref="ClustererSnapshot"/>).</summary>
    public void WriteState(SnapshotWriter writer)
    {
        writer.Count(_terms.Length);
        for (var i = 0; i < _terms.Length; i++)
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
