using Crosscheck.Stories;

namespace Crosscheck.Evaluation;

/// <summary>One point of a settings grid: its B-cubed F1 on the whole stream and on each half.</summary>
public sealed record ClusteringTrial(ClusteringOptions Options, Prf Whole, Prf FirstHalf, Prf SecondHalf)
{
    /// <summary>The worse half's F1: a setting is only as good as its weaker half.</summary>
    public double WorseHalfF1 => Math.Min(FirstHalf.F1, SecondHalf.F1);
}
