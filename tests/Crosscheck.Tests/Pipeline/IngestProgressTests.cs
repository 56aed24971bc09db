using Crosscheck.Pipeline;
using Crosscheck.Storage;
using Crosscheck.Tests.Ingest;
using Crosscheck.Tests.Storage;

namespace Crosscheck.Tests.Pipeline;

public sealed class IngestProgressTests
{
    [Fact]
    public async Task Progress_counts_the_files_of_the_run_from_the_readers_own_walk()
    {
        using var files = new TempFiles();
        const string Body = "The harbour ferry resumed service on Tuesday after a two-week pause for repairs. " +
            "Officials said the landing stage had been rebuilt and passengers returned in numbers.";
        files.Write("a/one.txt", "Ferry returns\n\n" + Body);
        files.Write("a/b/two.txt", "Ferry back in service\n\n" + Body + " Crews worked nights.");
        files.Write("c.jsonl",
            "{\"title\": \"Ferry restarts\", \"text\": \"" + Body + " A third report.\"}\n" +
            "{\"title\": \"Ferry runs again\", \"text\": \"" + Body + " A fourth report.\"}\n");
        var missing = Path.Combine(files.Root, "nowhere");
        using var temp = new TempStore();
        using var store = SqliteStore.Open(temp.DbPath);
        var reports = new List<IngestProgress>();

        var report = await new PipelineBuilder().Build().IngestAsync(
            [Path.Combine(files.Root, "a"), Path.Combine(files.Root, "c.jsonl"), missing], store, new Collect<IngestProgress>(reports), CancellationToken.None);

        Assert.Equal(4, report.Read);
        Assert.NotEmpty(reports);
        Assert.All(reports, p => Assert.Equal(3, p.Files));
        Assert.All(reports, p => Assert.InRange(p.FilesReached, 0, p.Files));
        Assert.Equal(3, reports[^1].FilesReached);
        Assert.Equal(4, reports[^1].Stored);
        Assert.Equal(1, reports[^1].Failed);
    }

    [Fact]
    public async Task Analysis_progress_counts_the_articles_clustered_then_the_stories_checked()
    {
        using var files = new TempFiles();
        for (var i = 0; i < 5; i++)
        {
            files.Write($"{i}.txt", $"Bridge {i} reopens\n\nThe bridge number {i} over the river reopened on Monday after repairs, the council said.");
        }

        using var temp = new TempStore();
        using var store = SqliteStore.Open(temp.DbPath);
        var pipeline = new PipelineBuilder().Build();
        await pipeline.IngestAsync([files.Root], store, null, CancellationToken.None);
        var reports = new List<AnalysisProgress>();

        var changes = pipeline.AnalyzeStoreChanges(store, new Collect<AnalysisProgress>(reports));

        var clustering = reports.Where(p => p.Stage == AnalysisProgress.Clustering).ToList();
        var checking = reports.Where(p => p.Stage == AnalysisProgress.Checking).ToList();
        Assert.Equal(reports.Count, clustering.Count + checking.Count);
        Assert.True(reports.FindLastIndex(p => p.Stage == AnalysisProgress.Clustering) < reports.FindIndex(p => p.Stage == AnalysisProgress.Checking));
        Assert.Equal((5L, 5L), (clustering[^1].Done, clustering[^1].Total));
        Assert.Equal((changes.Checked, changes.Checked), ((int)checking[^1].Done, (int)checking[^1].Total));
        Assert.All(reports, p => Assert.InRange(p.Done, 0, p.Total));
    }

    /// <summary>Records reports synchronously (Progress&lt;T&gt; would post them to the thread pool).</summary>
    private sealed class Collect<T>(List<T> into) : IProgress<T>
    {
        public void Report(T value) => into.Add(value);
    }
}
