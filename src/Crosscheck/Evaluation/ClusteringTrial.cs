using Crosscheck.Stories;

namespace Crosscheck.Evaluation;

/// <summary>One point of a settings grid: its B-cubed scores on the whole stream and on each part of a split.</summary>
public sealed record ClusteringTrial(ClusteringOptions Options, Prf Whole, Prf FirstPart, Prf SecondPart)
{
    /// <summary>The worse part's F1: a setting is only as good as its weaker part.</summary>
    public double WorsePartF1 => Math.Min(FirstPart.F1, SecondPart.F1);
}
