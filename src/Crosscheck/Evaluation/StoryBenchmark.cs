using System.Diagnostics;
using System.Globalization;
using Crosscheck.Model;
using Crosscheck.Stories;

namespace Crosscheck.Evaluation;

/// <summary>
/// Streams generated pre-analysed articles (<see cref="SyntheticNewsFeed"/>) through online story
/// clustering (<see cref="StoryClusterer"/>) and online family detection (<see cref="FamilyTracker"/>).
/// Articles are generated in batches of <see cref="BatchSize"/> outside the measurement; each batch
/// is then processed and timed in wall-clock and process CPU time (on a shared machine the CPU time
/// is the fairer cost), block by block, so a cost that grows with history shows up.
/// </summary>
public static class StoryBenchmark
{
    public const int BlockSize = 100_000;
    public const int BatchSize = 10_000;

    /// <summary>Runs the benchmark; <paramref name="progress"/> receives a line per block.</summary>
    public static StoryBenchResult Run(
        int articles, int seed, ClusteringOptions clustering, SyndicationOptions syndication, IProgress<string>? progress = null)
    {
        var clusterer = new StoryClusterer(clustering);
        var families = new FamilyTracker(syndication);
        var ids = new List<ArticleId>(articles);
        var trueStories = new List<int>(articles);
        var trueFamilies = new List<int>(articles);
        var predictedFamilies = new List<string>(articles);
        var wallBlocks = new List<double>();
        var cpuBlocks = new List<double>();
        using var process = Process.GetCurrentProcess();
        TimeSpan wall = TimeSpan.Zero, cpu = TimeSpan.Zero, blockWall = TimeSpan.Zero, blockCpu = TimeSpan.Zero;
        var batch = new List<SyntheticArticle>(BatchSize);
        var n = 0;
        long clusteringTicks = 0, familyTicks = 0, blockClustering = 0, blockFamilies = 0;
        var blockPauses = GC.GetTotalPauseDuration();
        var blockGen2 = GC.CollectionCount(2);
        var blockAllocated = GC.GetTotalAllocatedBytes();
        using var feed = new SyntheticNewsFeed(seed).Generate(articles).GetEnumerator();
        while (n < articles)
        {
            batch.Clear();
            while (batch.Count < Math.Min(BatchSize, BlockSize - (n % BlockSize)) && feed.MoveNext())
            {
                batch.Add(feed.Current);
            }

            if (batch.Count == 0)
            {
                break;
            }

            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            foreach (var item in batch)
            {
                var start = Stopwatch.GetTimestamp();
                clusterer.Add(item.Article);
                var middle = Stopwatch.GetTimestamp();
                predictedFamilies.Add(families.Add(item.Article).Value);
                blockClustering += middle - start;
                blockFamilies += Stopwatch.GetTimestamp() - middle;
            }

            blockWall += clock.Elapsed;
            process.Refresh();
            blockCpu += process.TotalProcessorTime - cpuBefore;
            foreach (var item in batch)
            {
                ids.Add(item.Article.Id);
                trueStories.Add(item.Story);
                trueFamilies.Add(item.Family);
            }

            n += batch.Count;
            if (n % BlockSize == 0 || n == articles || batch.Count < BatchSize)
            {
                var size = n % BlockSize == 0 ? BlockSize : n % BlockSize;
                wallBlocks.Add(blockWall.TotalMilliseconds * 1000 / size);
                cpuBlocks.Add(blockCpu.TotalMilliseconds * 1000 / size);
                var pauses = GC.GetTotalPauseDuration();
                progress?.Report(string.Create(CultureInfo.InvariantCulture,
                    $"{n,9:N0} articles: last block {wallBlocks[^1],6:F1} µs/article wall, {cpuBlocks[^1],6:F1} µs/article CPU " +
                    $"(clustering {Micros(blockClustering, size),5:F1}, families {Micros(blockFamilies, size),5:F1}, " +
                    $"GC pauses {(pauses - blockPauses).TotalMilliseconds * 1000 / size,5:F1}, {GC.CollectionCount(2) - blockGen2} gen-2 GCs, " +
                    $"{(GC.GetTotalAllocatedBytes() - blockAllocated) / 1024.0 / size:F1} KB allocated per article); " +
                    $"{families.Verifications / (double)n:F2} family checks per article; {GC.GetTotalMemory(false) / 1048576.0,6:F0} MB managed"));
                clusteringTicks += blockClustering;
                familyTicks += blockFamilies;
                blockClustering = blockFamilies = 0;
                blockPauses = pauses;
                blockGen2 = GC.CollectionCount(2);
                blockAllocated = GC.GetTotalAllocatedBytes();
                wall += blockWall;
                cpu += blockCpu;
                blockWall = blockCpu = TimeSpan.Zero;
            }
        }

        var final = Stopwatch.StartNew();
        clusterer.MergeConverged();
        wall += final.Elapsed;
        process.Refresh();
        var peak = process.PeakWorkingSet64;

        var storyOf = new Dictionary<ArticleId, string>(ids.Count);
        foreach (var story in clusterer.Stories)
        {
            foreach (var id in story.ArticleIds)
            {
                storyOf[id] = story.Id.Value;
            }
        }

        var predictedStories = ids.ConvertAll(id => storyOf[id]);
        var storyScore = ClusteringScorer.Score(trueStories.ConvertAll(Label), predictedStories);
        var familyScore = ClusteringScorer.Score(trueFamilies.ConvertAll(Label), predictedFamilies);
        return new StoryBenchResult(
            n, wall.TotalSeconds, cpu.TotalSeconds, wallBlocks, cpuBlocks, peak, storyScore, familyScore,
            (double)clusteringTicks / Stopwatch.Frequency, (double)familyTicks / Stopwatch.Frequency);
    }

    private static double Micros(long ticks, int articles) => ticks * 1e6 / Stopwatch.Frequency / articles;

    private static string Label(int value) => value.ToString(CultureInfo.InvariantCulture);
}
