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
            [Path.Combine(files.Root, "a"), Path.Combine(files.Root, "c.jsonl"), missing], store, new Collect(reports), CancellationToken.None);

        Assert.Equal(4, report.Read);
        Assert.NotEmpty(reports);
        Assert.All(reports, p => Assert.Equal(3, p.Files));
        Assert.All(reports, p => Assert.InRange(p.FilesReached, 0, p.Files));
        Assert.Equal(3, reports[^1].FilesReached);
        Assert.Equal(4, reports[^1].Stored);
        Assert.Equal(1, reports[^1].Failed);
    }

    /// <summary>Records reports synchronously (Progress&lt;T&gt; would post them to the thread pool).</summary>
    private sealed class Collect(List<IngestProgress> into) : IProgress<IngestProgress>
    {
        public void Report(IngestProgress value) => into.Add(value);
    }
}
