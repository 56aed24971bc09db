using Crosscheck.Model;
using Crosscheck.Stories;

namespace Crosscheck.Evaluation;

/// <summary>
/// Grid search over the main <see cref="ClusteringOptions"/> on a labelled stream. Each setting is
/// scored (B-cubed F1) on the whole stream and on its first and second halves clustered
/// separately; settings rank by the worse half, then the whole, so a setting that only fits one
/// part of the data does not win.
/// </summary>
public static class ClusteringTuner
{
    private static readonly double[] ShortTextThresholds = [0.1, 0.12, 0.15, 0.2];
    private static readonly double[] MergeThresholds = [0.15, 0.2, 0.25, 0.3, 0.4, 2.0];
    private static readonly float[] CapitalizedWeights = [0f, 0.5f, 1f, 2f];
    private static readonly float[] EntityWeights = [0f, 1f, 2f, 4f];

    /// <summary>The grid around <paramref name="baseline"/>, every setting.</summary>
    public static IReadOnlyList<ClusteringOptions> Grid(ClusteringOptions baseline)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        var grid = new List<ClusteringOptions>();
        foreach (var shortText in ShortTextThresholds)
        {
            foreach (var merge in MergeThresholds)
            {
                foreach (var capitalized in CapitalizedWeights)
                {
                    foreach (var entity in EntityWeights)
                    {
                        grid.Add(baseline with
                        {
                            ShortTextThreshold = shortText,
                            MergeThreshold = merge,
                            CapitalizedWeight = capitalized,
                            EntityWeight = entity,
                        });
                    }
                }
            }
        }

        return grid;
    }

    /// <summary>Scores every setting of <paramref name="grid"/>; best first.</summary>
    public static IReadOnlyList<ClusteringTrial> Tune(
        IReadOnlyList<AnnotatedArticle> articles,
        IReadOnlyList<string> labels,
        IReadOnlyList<ClusteringOptions> grid,
        IProgress<int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(grid);
        var half = articles.Count / 2;
        var firstArticles = articles.Take(half).ToList();
        var firstLabels = labels.Take(half).ToList();
        var secondArticles = articles.Skip(half).ToList();
        var secondLabels = labels.Skip(half).ToList();
        var trials = new List<ClusteringTrial>(grid.Count);
        foreach (var options in grid)
        {
            trials.Add(new ClusteringTrial(
                options,
                Score(articles, labels, options),
                Score(firstArticles, firstLabels, options),
                Score(secondArticles, secondLabels, options)));
            progress?.Report(trials.Count);
        }

        return [.. trials.OrderByDescending(static t => t.WorseHalfF1).ThenByDescending(static t => t.Whole.F1)];
    }

    private static Prf Score(IReadOnlyList<AnnotatedArticle> articles, IReadOnlyList<string> labels, ClusteringOptions options) =>
        ClusteringScorer.Score(labels, ClusteringEvaluator.Cluster(articles, options)).BCubed;
}
