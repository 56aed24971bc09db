namespace Crosscheck.Stories;

/// <summary>
/// A member article's unit vector, kept sparse with terms in ascending id order so two vectors
/// meet in one merge walk.
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

    /// <summary>Dot product with another member vector (the cosine when both are whole unit vectors).</summary>
    public double Dot(MemberVector other)
    {
        var a = _terms;
        var b = other._terms;
        var dot = 0.0;
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                dot += (double)_weights[i++] * other._weights[j++];
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

        return dot;
    }
}
