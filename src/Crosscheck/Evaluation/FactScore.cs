namespace Crosscheck.Evaluation;

/// <summary>Detection counts for one status (conflicting or corroborated), micro-averaged over stories.</summary>
/// <param name="Predicted">Facts predicted with the status.</param>
/// <param name="PredictedCorrect">Of those, facts matching a gold item with the status.</param>
/// <param name="Gold">Gold items with the status.</param>
/// <param name="GoldFound">Of those, items matched by a predicted fact with the status.</param>
public sealed record FactDetectionScore(int Predicted, int PredictedCorrect, int Gold, int GoldFound)
{
    /// <summary>Precision; 1 when nothing was predicted.</summary>
    public double Precision => Predicted == 0 ? 1 : PredictedCorrect / (double)Predicted;

    /// <summary>Recall; 1 when there is nothing to find.</summary>
    public double Recall => Gold == 0 ? 1 : GoldFound / (double)Gold;

    public Prf ToPrf() => Prf.Of(Precision, Recall);

    public FactDetectionScore Add(FactDetectionScore other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(Predicted + other.Predicted, PredictedCorrect + other.PredictedCorrect, Gold + other.Gold, GoldFound + other.GoldFound);
    }
}
