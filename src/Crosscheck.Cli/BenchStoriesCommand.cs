using System.CommandLine;
using System.Globalization;
using Crosscheck.Evaluation;
using Crosscheck.Pipeline;

namespace Crosscheck.Cli;

/// <summary>
/// <c>crosscheck bench stories [--articles N] [--seed S]</c>: streams generated pre-analysed articles
/// through online story clustering and wire-copy families; prints articles/s (wall and CPU), peak
/// memory and the per-article cost of each block of 100,000 (flat when cost is bounded by the window).
/// </summary>
internal static class BenchStoriesCommand
{
    public static Command Create()
    {
        var count = new Option<int>("--articles", "-n") { Description = "articles to stream", DefaultValueFactory = _ => 1_000_000 };
        var seed = new Option<int>("--seed") { Description = "generator seed", DefaultValueFactory = _ => 42 };
        var command = new Command("stories", "Benchmark online clustering + families on a generated stream of pre-analysed articles.")
        {
            count, seed, ClusteringOverrides.SetOption,
        };
        command.SetAction(result => Run(result.GetValue(count), result.GetValue(seed), result.GetValue(ClusteringOverrides.SetOption)));
        return command;
    }

    private static int Run(int count, int seed, string[]? settings)
    {
        var options = new PipelineBuilder().Build().Options;
        if (!ClusteringOverrides.TryApply(options.Clustering, settings, out var clustering))
        {
            return ExitCodes.Error;
        }

        var progress = new Progress<string>(Console.WriteLine);
        var r = StoryBenchmark.Run(count, seed, clustering, options.Syndication, progress);
        var wall = r.WallMicrosecondsPerBlock;
        var cpu = r.CpuMicrosecondsPerBlock;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"articles {r.Articles:N0}: clustering + families {r.WallSeconds:F1} s wall ({r.Articles / r.WallSeconds:F0} articles/s), " +
            $"{r.CpuSeconds:F1} s CPU ({r.Articles / r.CpuSeconds:F0} articles/s per CPU-second)\n" +
            $"of the wall time: clustering {r.ClusteringSeconds:F1} s, families {r.FamilySeconds:F1} s\n" +
            $"µs per article, first vs last block of {StoryBenchmark.BlockSize:N0}: wall {wall[0]:F1} vs {wall[^1]:F1} (ratio {wall[^1] / wall[0]:F2}), " +
            $"CPU {cpu[0]:F1} vs {cpu[^1]:F1} (ratio {cpu[^1] / cpu[0]:F2})\n" +
            $"peak memory (working set): {r.PeakWorkingSetBytes / 1048576.0:F0} MB\n" +
            $"stories vs generator truth: {r.Stories.TrueClusters:N0} true, {r.Stories.PredictedClusters:N0} predicted; B-cubed {r.Stories.BCubed}\n" +
            $"families vs generator truth: {r.Families.TrueClusters:N0} true, {r.Families.PredictedClusters:N0} predicted; pairwise {r.Families.Pairwise}"));
        return ExitCodes.Ok;
    }
}
