namespace Crosscheck.Text.Ner;

/// <summary>Counts and scores of one entity type (or of all, micro-averaged).</summary>
public sealed record NerTypeScore(int Tp, int Fp, int Fn, double Precision, double Recall, double F1)
{
    public static NerTypeScore Of(int tp, int fp, int fn)
    {
        var p = tp + fp == 0 ? 0 : (double)tp / (tp + fp);
        var r = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
        return new NerTypeScore(tp, fp, fn, p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }
}
