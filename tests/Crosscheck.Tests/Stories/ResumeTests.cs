using Crosscheck.Model;
using Crosscheck.Pipeline;
using Crosscheck.Storage;
using Crosscheck.Tests.EndToEnd;

namespace Crosscheck.Tests.Stories;

/// <summary>
/// Stories, memberships and families stored after ingesting in two runs (a restart in between)
/// are exactly those stored after one uninterrupted run over the same input.
/// </summary>
public sealed class ResumeTests : IDisposable
{
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("crosscheck-resume-");

    public void Dispose() => _work.Delete(recursive: true);

    [Fact]
    public async Task Ingesting_in_two_runs_stores_the_same_stories_as_one_run()
    {
        var files = Directory.GetFiles(RepoPaths.Fixtures).Concat(Directory.GetFiles(RepoPaths.Samples))
            .Order(StringComparer.Ordinal).ToArray();
        var split = files.Length / 2;

        var once = await RunAsync("once.db", [files]);
        var resumed = await RunAsync("resumed.db", [files[..split], files[split..]]);

        Assert.True(once.Count > 5, "expected several stories");
        Assert.Equal(Describe(once), Describe(resumed));
    }

    /// <summary>Each run opens the store afresh with a new pipeline, ingests its files and stores the stories.</summary>
    private async Task<IReadOnlyList<StoryFindings>> RunAsync(string name, IReadOnlyList<string[]> runs)
    {
        var path = Path.Combine(_work.FullName, name);
        foreach (var run in runs)
        {
            var pipeline = new PipelineBuilder().Build();
            using var store = SqliteStore.Open(path);
            await pipeline.IngestAsync(run, store, null, CancellationToken.None);
            store.ReplaceStories(pipeline.AnalyzeStories(store.LoadArticles()).Stories);
        }

        using var reopened = SqliteStore.Open(path);
        return reopened.LoadStories();
    }

    private static List<string> Describe(IReadOnlyList<StoryFindings> stories) =>
    [
        .. stories.Select(s =>
            $"{s.Story.Id}: {string.Join(",", s.Story.ArticleIds)} | " +
            string.Join(" ", s.Families.Select(f => $"{f.Id}[{string.Join(",", f.ArticleIds)}]<{f.Origin}>"))),
    ];
}
