using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Crosscheck.Cli.Bench;
using Crosscheck.Pipeline;
using Crosscheck.Storage;

namespace Crosscheck.Cli;

/// <summary>
/// <c>crosscheck bench</c>: generates a synthetic corpus and measures ingest → store end to end,
/// then story building, with peak memory. With <c>--then N</c> it then stores N more articles of
/// the same stream and times a second analysis three ways, each in its own process for its own
/// peak memory: continuing from the saved clusterer state, clustering every stored article again,
/// and the analysis as it was before the state was saved. A benchmark, never a test.
/// </summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var count = new Option<int>("--articles", "-n") { Description = "articles to generate", DefaultValueFactory = _ => 20_000 };
        var seed = new Option<int>("--seed") { Description = "generator seed", DefaultValueFactory = _ => 42 };
        var then = new Option<int>("--then")
        {
            Description = "articles of the same stream added afterwards; times a second analyze incremental vs full (0: skip)",
            DefaultValueFactory = _ => 1_000,
        };
        var modes = new Option<string[]>("--modes")
        {
            Description = "second analyses to time after --then: incremental, full, before (default all three)",
            DefaultValueFactory = _ => [BenchAnalyzeStoreCommand.Incremental, BenchAnalyzeStoreCommand.Full, BenchAnalyzeStoreCommand.Before],
            AllowMultipleArgumentsPerToken = true,
        };
        modes.AcceptOnlyFromAmong(BenchAnalyzeStoreCommand.Incremental, BenchAnalyzeStoreCommand.Full, BenchAnalyzeStoreCommand.Before);
        var command = new Command("bench", "Benchmark ingest → store on a generated corpus and report articles/s and peak memory.") { count, seed, then, modes };
        command.Subcommands.Add(BenchFactsCommand.Create());
        command.Subcommands.Add(BenchStoriesCommand.Create());
        command.Subcommands.Add(BenchExtractionCommand.Create());
        command.Subcommands.Add(BenchTextCommand.Create());
        command.Subcommands.Add(BenchAnalyzeStoreCommand.Create());
        command.SetAction((result, cancellationToken) => RunAsync(
            result.GetValue(count), result.GetValue(seed), result.GetValue(then), result.GetValue(modes)!, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(int count, int seed, int then, string[] modes, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(then);
        var work = Directory.CreateTempSubdirectory("crosscheck-bench-");
        try
        {
            var corpus = Path.Combine(work.FullName, "articles");
            var more = Path.Combine(work.FullName, "more");
            new SyntheticCorpus(seed).Write(corpus, count + then);
            Directory.CreateDirectory(more);
            for (var i = count; i < count + then; i++)
            {
                var name = string.Create(CultureInfo.InvariantCulture, $"{i:D6}.txt");
                File.Move(Path.Combine(corpus, name), Path.Combine(more, name));
            }

            var pipeline = new PipelineBuilder().Build();
            var dbPath = Path.Combine(work.FullName, "bench.db");
            double ingestSeconds, storySeconds;
            IngestReport report;
            StoryChanges analysis;
            using (var store = SqliteStore.Open(dbPath))
            {
                var clock = Stopwatch.StartNew();
                report = await pipeline.IngestAsync([corpus], store, null, cancellationToken).ConfigureAwait(false);
                ingestSeconds = clock.Elapsed.TotalSeconds;

                clock.Restart();
                analysis = pipeline.AnalyzeStoreChanges(store);
                storySeconds = clock.Elapsed.TotalSeconds;
            }

            using var process = Process.GetCurrentProcess();
            process.Refresh();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"articles: {report.Stored} stored of {count} generated ({report.Failed} failed)\n" +
                $"ingest → store: {ingestSeconds:F1} s, {report.Stored / ingestSeconds:F0} articles/s\n" +
                $"stories (load + cluster + families + facts + store): {storySeconds:F1} s, {analysis.Stories} stories\n" +
                $"end to end: {(report.Stored / (ingestSeconds + storySeconds)):F0} articles/s\n" +
                $"peak memory (working set): {process.PeakWorkingSet64 / (1024.0 * 1024.0):F0} MB"));
            if (then > 0)
            {
                await AnalyzeMoreAsync(pipeline, dbPath, more, then, modes, work.FullName, cancellationToken).ConfigureAwait(false);
            }

            return ExitCodes.Ok;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    /// <summary>Stores the further articles, then times the second analysis of a copy of the store in each mode, each in a child process.</summary>
    private static async Task AnalyzeMoreAsync(
        Crosscheck.Pipeline.Pipeline pipeline, string dbPath, string more, int then, string[] modes, string work, CancellationToken cancellationToken)
    {
        using (var store = SqliteStore.Open(dbPath))
        {
            var clock = Stopwatch.StartNew();
            var report = await pipeline.IngestAsync([more], store, null, cancellationToken).ConfigureAwait(false);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"then {report.Stored} more articles of {then} stored in {clock.Elapsed.TotalSeconds:F1} s; second analyze (each in its own process):"));
        }

        foreach (var mode in modes)
        {
            var copy = Path.Combine(work, mode + ".db");
            File.Copy(dbPath, copy);
            if (mode == BenchAnalyzeStoreCommand.Full)
            {
                BenchAnalyzeStoreCommand.DropClustererState(copy);
            }

            var start = new ProcessStartInfo(Environment.ProcessPath ?? "dotnet") { RedirectStandardOutput = true };
            if (Path.GetFileNameWithoutExtension(start.FileName).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
            {
                start.ArgumentList.Add(typeof(BenchCommand).Assembly.Location);
            }

            foreach (var argument in new[] { "bench", "analyze-store", "--mode", mode, "--db", copy })
            {
                start.ArgumentList.Add(argument);
            }

            using var child = Process.Start(start) ?? throw new InvalidOperationException("could not start " + start.FileName);
            var output = await child.StandardOutput.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
            await child.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            Console.Write("  " + output);
            File.Delete(copy);
        }
    }
}
