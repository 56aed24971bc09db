namespace Crosscheck.Evaluation;

/// <summary>One page's scores.</summary>
/// <param name="Precision">Null when nothing was predicted.</param>
/// <param name="Recall">Null when the truth is empty.</param>
public sealed record PageScore(string Id, double? Precision, double? Recall)
{
    public double F1 => (Precision ?? 0) + (Recall ?? 0) == 0 ? 0 : 2 * (Precision ?? 0) * (Recall ?? 0) / ((Precision ?? 0) + (Recall ?? 0));
}
