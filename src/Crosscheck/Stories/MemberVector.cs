namespace Crosscheck.Stories;

/// <summary>
/// A member article's unit vector (its heaviest terms), kept sparse with terms in ascending id
/// order; compared with the article being placed through the clusterer's dense scratch vector.
/// </summary>
internal sealed class MemberVector
{
    private readonly int[] _terms;
    private readonly float[] _weights;

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
}
