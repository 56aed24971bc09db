using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Crosscheck.Cli.Bench;
using Crosscheck.Pipeline;
using Crosscheck.Storage;

namespace Crosscheck.Cli;

/// <summary>
/// <c>crosscheck bench</c>: generates a synthetic corpus and measures ingest → store end to end,
/// then story building, with peak memory. A benchmark, never a test.
/// </summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var count = new Option<int>("--articles", "-n") { Description = "articles to generate", DefaultValueFactory = _ => 20_000 };
        var seed = new Option<int>("--seed") { Description = "generator seed", DefaultValueFactory = _ => 42 };
        var command = new Command("bench", "Benchmark ingest → store on a generated corpus and report articles/s and peak memory.") { count, seed };
        command.Subcommands.Add(BenchFactsCommand.Create());
        command.Subcommands.Add(BenchStoriesCommand.Create());
        command.Subcommands.Add(BenchExtractionCommand.Create());
        command.Subcommands.Add(BenchTextCommand.Create());
        command.SetAction((result, cancellationToken) => RunAsync(result.GetValue(count), result.GetValue(seed), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(int count, int seed, CancellationToken cancellationToken)
    {
        var work = Directory.CreateTempSubdirectory("crosscheck-bench-");
        try
        {
            var corpus = Path.Combine(work.FullName, "articles");
            new SyntheticCorpus(seed).Write(corpus, count);
            var pipeline = new PipelineBuilder().Build();
            using var store = SqliteStore.Open(Path.Combine(work.FullName, "bench.db"));

            var clock = Stopwatch.StartNew();
            var report = await pipeline.IngestAsync([corpus], store, null, cancellationToken).ConfigureAwait(false);
            var ingestSeconds = clock.Elapsed.TotalSeconds;

            clock.Restart();
            var articles = store.LoadArticles();
            var analysis = pipeline.AnalyzeStories(articles);
            store.ReplaceStories(analysis.Stories);
            var storySeconds = clock.Elapsed.TotalSeconds;

            using var process = Process.GetCurrentProcess();
            process.Refresh();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"articles: {report.Stored} stored of {count} generated ({report.Failed} failed)\n" +
                $"ingest → store: {ingestSeconds:F1} s, {report.Stored / ingestSeconds:F0} articles/s\n" +
                $"stories (load + cluster + families + facts + store): {storySeconds:F1} s, {analysis.Stories.Count} stories\n" +
                $"end to end: {(report.Stored / (ingestSeconds + storySeconds)):F0} articles/s\n" +
                $"peak memory (working set): {process.PeakWorkingSet64 / (1024.0 * 1024.0):F0} MB"));
            return ExitCodes.Ok;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }
}
