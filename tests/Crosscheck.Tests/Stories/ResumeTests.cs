using Crosscheck.Facts;
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

    [Fact]
    public async Task A_rerun_keeps_unchanged_stories_and_a_new_article_rechecks_only_its_story()
    {
        var fixtures = Directory.GetFiles(RepoPaths.Fixtures).Order(StringComparer.Ordinal).ToArray();
        var samples = Directory.GetFiles(RepoPaths.Samples).Order(StringComparer.Ordinal).ToArray();
        var path = Path.Combine(_work.FullName, "rerun.db");
        var pipeline = new PipelineBuilder().Build();
        using var store = SqliteStore.Open(path);
        await pipeline.IngestAsync([.. fixtures, .. samples[..^1]], store, null, CancellationToken.None);

        var first = pipeline.AnalyzeStore(store);
        var again = pipeline.AnalyzeStore(store);
        await pipeline.IngestAsync([samples[^1]], store, null, CancellationToken.None);
        var added = pipeline.AnalyzeStore(store);

        Assert.Equal(0, first.Reused);
        Assert.Equal(first.Stories.Count, again.Reused);
        Assert.Equal(Describe(first.Stories), Describe(again.Stories));
        Assert.Equal(added.Stories.Count - 1, added.Reused);
        var fresh = new PipelineBuilder().Build().AnalyzeStories(store.LoadArticles());
        Assert.Equal(
            fresh.Stories.Select(s => System.Text.Json.JsonSerializer.Serialize(s.Facts.Select(f => f.Id))),
            added.Stories.Select(s => System.Text.Json.JsonSerializer.Serialize(s.Facts.Select(f => f.Id))));
        Assert.Equal(Describe(fresh.Stories), Describe(added.Stories));
    }

    [Fact]
    public async Task Stored_stories_from_other_settings_are_recomputed()
    {
        var path = Path.Combine(_work.FullName, "settings.db");
        using var store = SqliteStore.Open(path);
        var pipeline = new PipelineBuilder().Build();
        await pipeline.IngestAsync([RepoPaths.Samples], store, null, CancellationToken.None);
        pipeline.AnalyzeStore(store);
        var options = PipelineOptions.Default with { CrossCheck = CrossCheckOptions.Default with { EventWindowDays = 5 } };
        var other = new PipelineBuilder().WithOptions(options).Build();

        var same = pipeline.AnalyzeStore(store);
        var changed = other.AnalyzeStore(store);

        Assert.NotEqual(pipeline.StoryFingerprint, other.StoryFingerprint);
        Assert.Equal(same.Stories.Count, same.Reused);
        Assert.Equal(0, changed.Reused);
        Assert.Equal(other.StoryFingerprint, store.LoadStoriesFingerprint());
    }

    [Fact]
    public async Task Stories_whose_check_fails_are_kept_without_facts_each_with_an_error()
    {
        var path = Path.Combine(_work.FullName, "failing.db");
        using var store = SqliteStore.Open(path);
        // A timeline text limit of 0 makes shortening any dated sentence throw: it stands in for an
        // internal error met on a story's text.
        var options = PipelineOptions.Default with { CrossCheck = CrossCheckOptions.Default with { MaxTimelineTextChars = 0 } };
        var pipeline = new PipelineBuilder().WithOptions(options).Build();
        await pipeline.IngestAsync([RepoPaths.Fixtures, RepoPaths.Samples], store, null, CancellationToken.None);

        var analysis = pipeline.AnalyzeStore(store);

        Assert.True(analysis.Stories.Count > 5, "expected several stories");
        Assert.Equal(analysis.Stories.Count, analysis.Diagnostics.Count);
        Assert.All(analysis.Diagnostics, d => Assert.Equal(DiagnosticCodes.StoryCheckFailed, d.Code));
        Assert.All(analysis.Stories, s => Assert.Empty(s.Facts));
        Assert.Equal(
            analysis.Stories.Select(s => s.Story.Id.Value),
            store.LoadStories().Select(s => s.Story.Id.Value));
        Assert.Equal(analysis.Diagnostics.Count, store.LoadDiagnostics().Count(d => d.Code == DiagnosticCodes.StoryCheckFailed));
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
            pipeline.AnalyzeStore(store);
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
