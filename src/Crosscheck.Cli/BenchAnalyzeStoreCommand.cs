using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Crosscheck.Pipeline;
using Crosscheck.Storage;
using Crosscheck.Stories;

namespace Crosscheck.Cli;

/// <summary>
/// <c>crosscheck bench analyze-store --db FILE --mode incremental|full|before</c> (hidden): one
/// story analysis of a store, timed, with this process's peak memory. <c>crosscheck bench</c> runs
/// it in a child process per mode so that each peak is its own.
/// </summary>
internal static class BenchAnalyzeStoreCommand
{
    /// <summary>Continue from the saved clusterer state.</summary>
    public const string Incremental = "incremental";

    /// <summary>Cluster every stored article, reusing stored findings: what a store without a saved state gets (see <see cref="DropClustererState"/>).</summary>
    public const string Full = "full";

    /// <summary>The analysis before the state was saved: load every article with its layers, cluster, infer and reuse per story.</summary>
    public const string Before = "before";

    public static Command Create()
    {
        var mode = new Option<string>("--mode") { Description = "incremental, full or before", DefaultValueFactory = _ => Incremental };
        mode.AcceptOnlyFromAmong(Incremental, Full, Before);
        var command = new Command("analyze-store", "Time one story analysis of a store (run by 'bench' in a child process).") { mode };
        command.Hidden = true;
        command.SetAction(result => Run(result.GetValue(CommandLine.DbOption)!, result.GetValue(mode)!));
        return command;
    }

    /// <summary>Drops the saved clusterer state of the store at <paramref name="dbPath"/>; its stories and findings stay.</summary>
    public static void DropClustererState(string dbPath)
    {
        using var store = SqliteStore.Open(dbPath);
        store.DropClustererState();
    }

    private static int Run(string dbPath, string mode)
    {
        var pipeline = new PipelineBuilder().Build();
        using var store = SqliteStore.Open(dbPath);
        using var process = Process.GetCurrentProcess();
        var startMegabytes = process.WorkingSet64 / (1024.0 * 1024.0);
        var clock = Stopwatch.StartNew();
        int stories, checkedStories, read;
        if (mode == Before)
        {
            var fingerprint = pipeline.StoryFingerprint;
            var previous = string.Equals(store.LoadStoriesFingerprint(), fingerprint, StringComparison.Ordinal) ? store.LoadStories() : null;
            var analysis = pipeline.AnalyzeStories(store.LoadArticles(), previous);
            store.ReplaceStories(analysis.Stories, fingerprint);
            (stories, checkedStories, read) = (analysis.Stories.Count, analysis.Stories.Count - analysis.Reused, analysis.Articles.Count);
        }
        else
        {
            var changes = pipeline.AnalyzeStoreChanges(store);
            (stories, checkedStories, read) = (changes.Stories, changes.Checked, changes.ArticlesRead);
        }

        var seconds = clock.Elapsed.TotalSeconds;
        process.Refresh();
        var peak = process.PeakWorkingSet64 / (1024.0 * 1024.0);
        var state = "";
        if (store.TryLoadClustererCheckpoint(out var checkpoint) &&
            ClustererSnapshot.TryRead(checkpoint.State, pipeline.Options.Clustering, out var clusterer, out _))
        {
            state = string.Create(CultureInfo.InvariantCulture,
                $", saved state {checkpoint.State.Length / (1024.0 * 1024.0):F2} MB ({clusterer.Held.Count} stories held, vocabulary {ClustererSnapshot.VocabularyBytes(clusterer) / (1024.0 * 1024.0):F2} MB)");
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{mode}: {seconds:F1} s, peak memory {peak:F0} MB ({startMegabytes:F0} MB before the analysis), " +
            $"{stories} stories ({checkedStories} checked), {read} articles read with layers{state}"));
        return ExitCodes.Ok;
    }
}
