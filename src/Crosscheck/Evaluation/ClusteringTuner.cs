using Crosscheck.Model;
using Crosscheck.Stories;

namespace Crosscheck.Evaluation;

/// <summary>
/// Grid search over the main <see cref="ClusteringOptions"/> on a labelled stream split in two
/// parts (<see cref="SplitByFirstAppearance"/>, <see cref="SplitByCategory"/>). Each setting is
/// scored (B-cubed F1) on the whole stream and on each part clustered on its own, so a setting
/// can be chosen on one part and judged on the other, which it never saw.
/// </summary>
public static class ClusteringTuner
{
    private static readonly double[] ShortTextThresholds = [0.12, 0.15, 0.2];
    private static readonly double[] MergeThresholds = [0.15, 0.18, 0.21, 0.24, 0.3];
    private static readonly double[] MemberFloors = [0.15, 0.2, 0.25];
    private static readonly double[] TimeHalfLives = [0, 6, 12, 24, 48];
    private static readonly double[] TimeFloors = [0, 0.25, 0.5];

    /// <summary>The grid around <paramref name="baseline"/>, every setting.</summary>
    public static IReadOnlyList<ClusteringOptions> Grid(ClusteringOptions baseline)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        var grid = new List<ClusteringOptions>();
        foreach (var shortText in ShortTextThresholds)
        {
            foreach (var merge in MergeThresholds)
            {
                foreach (var memberFloor in MemberFloors)
                {
                    foreach (var halfLife in TimeHalfLives)
                    {
                        foreach (var floor in halfLife == 0 ? [baseline.ShortTextTimeFloor] : TimeFloors)
                        {
                            grid.Add(baseline with
                            {
                                ShortTextThreshold = shortText,
                                MergeThreshold = merge,
                                MemberFloor = memberFloor,
                                TimeHalfLifeHours = halfLife,
                                ShortTextTimeFloor = floor,
                            });
                        }
                    }
                }
            }
        }

        return grid;
    }

    /// <summary>
    /// Part 0 or 1 per item: stories in the order they first appear, the first half of them (by
    /// count) in part 0. Whole stories stay in one part.
    /// </summary>
    public static int[] SplitByFirstAppearance(IReadOnlyList<string> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        var rank = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var label in labels)
        {
            rank.TryAdd(label, rank.Count);
        }

        var parts = new int[labels.Count];
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = rank[labels[i]] < rank.Count / 2 ? 0 : 1;
        }

        return parts;
    }

    /// <summary>Part 0 for items whose category is in <paramref name="firstPart"/>, else part 1.</summary>
    public static int[] SplitByCategory(IReadOnlyList<LabelledItem> items, IReadOnlySet<string> firstPart)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(firstPart);
        var parts = new int[items.Count];
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = items[i].Category is { } c && firstPart.Contains(c) ? 0 : 1;
        }

        return parts;
    }

    /// <summary>
    /// Scores every setting of <paramref name="grid"/> on the whole stream and on each part of
    /// <paramref name="parts"/> (one entry per article, 0 or 1), in grid order. Settings run in
    /// parallel; each run is deterministic.
    /// </summary>
    public static IReadOnlyList<ClusteringTrial> Tune(
        IReadOnlyList<AnnotatedArticle> articles,
        IReadOnlyList<string> labels,
        IReadOnlyList<ClusteringOptions> grid,
        IReadOnlyList<int> parts,
        IReadOnlyList<DateTimeOffset?>? times = null,
        IProgress<int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(grid);
        ArgumentNullException.ThrowIfNull(parts);
        var whole = new Subset(articles, labels, times);
        var first = Select(whole, parts, 0);
        var second = Select(whole, parts, 1);
        var trials = new ClusteringTrial[grid.Count];
        var done = 0;
        Parallel.For(0, grid.Count, i =>
        {
            var options = grid[i];
            trials[i] = new ClusteringTrial(options, Score(whole, options), Score(first, options), Score(second, options));
            progress?.Report(Interlocked.Increment(ref done));
        });
        return trials;
    }

    private static Subset Select(Subset all, IReadOnlyList<int> parts, int part)
    {
        var articles = new List<AnnotatedArticle>();
        var labels = new List<string>();
        var times = all.Times is null ? null : new List<DateTimeOffset?>();
        for (var i = 0; i < all.Articles.Count; i++)
        {
            if (parts[i] == part)
            {
                articles.Add(all.Articles[i]);
                labels.Add(all.Labels[i]);
                times?.Add(all.Times![i]);
            }
        }

        return new Subset(articles, labels, times);
    }

    private static Prf Score(Subset subset, ClusteringOptions options) =>
        subset.Articles.Count == 0
            ? Prf.Of(0, 0)
            : ClusteringScorer.Score(subset.Labels, ClusteringEvaluator.Cluster(subset.Articles, options, subset.Times)).BCubed;

    private sealed record Subset(IReadOnlyList<AnnotatedArticle> Articles, IReadOnlyList<string> Labels, IReadOnlyList<DateTimeOffset?>? Times);
}
