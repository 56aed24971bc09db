using System.Globalization;

namespace Crosscheck.Evaluation;

/// <summary>Scores over a set of pages.</summary>
public sealed record ExtractionScore(int Pages, double Precision, double Recall, double F1)
{
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture, $"pages {Pages}  precision {Precision:F3}  recall {Recall:F3}  F1 {F1:F3}");
}
