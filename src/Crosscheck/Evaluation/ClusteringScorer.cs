namespace Crosscheck.Evaluation;

/// <summary>
/// Scores a predicted clustering against true labels: B-cubed precision/recall/F1 (averaged
/// over items) and pairwise precision/recall/F1 (over same-cluster item pairs).
/// </summary>
public static class ClusteringScorer
{
    /// <param name="truth">True cluster label per item.</param>
    /// <param name="predicted">Predicted cluster label per item (same order).</param>
    public static ClusteringScore Score(IReadOnlyList<string> truth, IReadOnlyList<string> predicted)
    {
        ArgumentNullException.ThrowIfNull(truth);
        ArgumentNullException.ThrowIfNull(predicted);
        if (truth.Count != predicted.Count)
        {
            throw new ArgumentException("truth and prediction must have one label per item", nameof(predicted));
        }

        var n = truth.Count;
        var joint = new Dictionary<(string True, string Predicted), long>();
        var trueSizes = new Dictionary<string, long>(StringComparer.Ordinal);
        var predictedSizes = new Dictionary<string, long>(StringComparer.Ordinal);
        for (var i = 0; i < n; i++)
        {
            var key = (truth[i], predicted[i]);
            joint[key] = joint.GetValueOrDefault(key) + 1;
            trueSizes[truth[i]] = trueSizes.GetValueOrDefault(truth[i]) + 1;
            predictedSizes[predicted[i]] = predictedSizes.GetValueOrDefault(predicted[i]) + 1;
        }

        // B-cubed: for an item in cell (t, p) of size c, precision c/|p| and recall c/|t|;
        // summing over the c items of the cell gives c²/|p| and c²/|t|.
        double bPrecision = 0, bRecall = 0;
        long togetherBoth = 0;
        foreach (var ((t, p), c) in joint)
        {
            bPrecision += (double)c * c / predictedSizes[p];
            bRecall += (double)c * c / trueSizes[t];
            togetherBoth += c * (c - 1) / 2;
        }

        long predictedPairs = 0, truePairs = 0;
        foreach (var size in predictedSizes.Values)
        {
            predictedPairs += size * (size - 1) / 2;
        }

        foreach (var size in trueSizes.Values)
        {
            truePairs += size * (size - 1) / 2;
        }

        var bcubed = Prf.Of(n == 0 ? 0 : bPrecision / n, n == 0 ? 0 : bRecall / n);
        var pairwise = Prf.Of(
            predictedPairs == 0 ? 1 : (double)togetherBoth / predictedPairs,
            truePairs == 0 ? 1 : (double)togetherBoth / truePairs);
        return new ClusteringScore(n, trueSizes.Count, predictedSizes.Count, bcubed, pairwise);
    }
}
