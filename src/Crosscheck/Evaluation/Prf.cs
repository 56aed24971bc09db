using System.Globalization;

namespace Crosscheck.Evaluation;

/// <summary>Precision, recall and their harmonic mean.</summary>
public sealed record Prf(double Precision, double Recall, double F1)
{
    public static Prf Of(double precision, double recall) =>
        new(precision, recall, precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall));

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"precision {Precision:F3}  recall {Recall:F3}  F1 {F1:F3}");
}
