using Crosscheck.Evaluation;
using Crosscheck.Model;
using Crosscheck.Pipeline;
using Crosscheck.Storage;
using Crosscheck.Stories;
using Crosscheck.Tests.Stories;
using Microsoft.Data.Sqlite;

namespace Crosscheck.Tests.Pipeline;

/// <summary>
/// <see cref="Crosscheck.Pipeline.Pipeline.AnalyzeStore"/> continues from the clusterer state saved
/// by the last run: analysing in several runs (a restart between each) stores exactly the stories,
/// memberships, families and findings of one run over the same articles, while reading only the
/// articles of the stories that changed. A damaged state or other settings fall back to clustering
/// every stored article, with the same result.
/// </summary>
public sealed class IncrementalAnalyzeTests : IDisposable
{
    private static readonly string[] Files =
        [.. Directory.GetFiles(RepoPaths.Fixtures).Concat(Directory.GetFiles(RepoPaths.Samples)).Order(StringComparer.Ordinal)];

    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("crosscheck-incremental-");

    public void Dispose() => _work.Delete(recursive: true);

    [Fact]
    public async Task Analysing_in_three_runs_stores_what_one_run_stores()
    {
        var once = await RunAsync("once.db", [Files]);
        var third = Files.Length / 3;
        var runs = await RunAsync("three.db", [Files[..third], Files[third..(2 * third)], Files[(2 * third)..]]);

        Assert.Equal(once.Dump, runs.Dump);
        Assert.True(once.Dump.Count(line => line.StartsWith("story ", StringComparison.Ordinal)) > 5, "expected several stories");
        var last = runs.Analyses[^1];
        Assert.DoesNotContain(last.Diagnostics, d => d.Code == DiagnosticCodes.ClustererStateUnusable);
        // The last run reuses the stories its articles did not join, without reading their articles.
        Assert.True(last.Reused > 0, "expected unchanged stories");
        Assert.True(last.Articles.Count < runs.Stored, $"read {last.Articles.Count} of {runs.Stored} articles");
    }

    [Fact]
    public void Headlines_stored_and_analysed_in_runs_give_the_stories_of_one_run()
    {
        // Enough short texts for periodic and final merge passes, which a resumed run must not repeat or miss.
        var articles = UciHeadlines.Articles.Take(1500).ToList();
        using var once = SqliteStore.Open(Path.Combine(_work.FullName, "headlines-once.db"));
        once.AddArticles(articles);
        var pipeline = new PipelineBuilder().Build();
        var whole = pipeline.AnalyzeStore(once);

        var path = Path.Combine(_work.FullName, "headlines-runs.db");
        StoryAnalysis last = whole;
        foreach (var (from, to) in new[] { (0, 400), (400, 1001), (1001, 1500) })
        {
            using var store = SqliteStore.Open(path);
            store.AddArticles(articles[from..to]);
            last = new PipelineBuilder().Build().AnalyzeStore(store);
        }

        Assert.True(whole.Stories.Count > 20, "expected many stories");
        Assert.Equal(Describe(whole), Describe(last));
        Assert.Equal(Dump(once.Path), Dump(path));
    }

    [Fact]
    public void A_stream_over_months_analysed_in_runs_stores_what_one_run_stores_with_retired_stories_left_out_of_the_state()
    {
        // 20 articles a day over 80 days: stories retire (60 days after their last article) between runs.
        var articles = new SyntheticNewsFeed(29, articlesPerDay: 20).Generate(1600).Select(a => a.Article).ToList();
        Assert.True(articles[^1].Article.Metadata.Published!.Value.DayNumber - articles[0].Article.Metadata.Published!.Value.DayNumber > 75);
        using var once = SqliteStore.Open(Path.Combine(_work.FullName, "months-once.db"));
        once.AddArticles(articles);
        var whole = new PipelineBuilder().Build().AnalyzeStore(once);

        var path = Path.Combine(_work.FullName, "months-runs.db");
        StoryAnalysis last = whole;
        var held = new List<int>();
        foreach (var (from, to) in new[] { (0, 700), (700, 1300), (1300, 1450), (1450, 1600) })
        {
            using var store = SqliteStore.Open(path);
            store.AddArticles(articles[from..to]);
            last = new PipelineBuilder().Build().AnalyzeStore(store);
            Assert.DoesNotContain(last.Diagnostics, d => d.Code == DiagnosticCodes.ClustererStateUnusable);
            Assert.True(store.TryLoadClustererCheckpoint(out var checkpoint));
            Assert.True(ClustererSnapshot.TryRead(checkpoint.State, ClusteringOptions.Default, out var restored, out var problem), problem);
            held.Add(restored.Held.Count);
        }

        Assert.True(whole.Stories.Count > 100, "expected many stories");
        Assert.Equal(Describe(whole), Describe(last));
        Assert.Equal(Dump(once.Path), Dump(path));
        // The saved state keeps only the stories that can still change: far fewer than stored, and
        // no more after 1,600 articles than after 1,300.
        Assert.True(held[^1] < whole.Stories.Count / 2, $"the state holds {held[^1]} of {whole.Stories.Count} stories");
        Assert.True(held[^1] <= held[1] * 1.2, $"held {string.Join(", ", held)}");
    }

    [Fact]
    public async Task A_run_with_no_new_articles_reads_none_and_keeps_every_story()
    {
        var runs = await RunAsync("again.db", [Files, []]);

        Assert.Empty(runs.Analyses[^1].Articles);
        Assert.Equal(runs.Analyses[^1].Stories.Count, runs.Analyses[^1].Reused);
        Assert.Equal(Describe(runs.Analyses[0]), Describe(runs.Analyses[^1]));
    }

    [Theory]
    [InlineData("state = substr(state, 1, length(state) / 2)", "truncated")]
    [InlineData("state = randomblob(length(state))", "no magic")]
    [InlineData("article_count = article_count - 1", "articles")]
    public async Task An_unusable_saved_state_is_a_warning_and_a_full_recluster_with_the_same_result(string damage, string reason)
    {
        var once = await RunAsync("once.db", [Files]);
        var half = Files.Length / 2;

        var runs = await RunAsync("damaged.db", [Files[..half], Files[half..]], afterRun: (run, path) =>
        {
            if (run == 0)
            {
                Execute(path, "UPDATE clusterer_state SET " + damage + ";");
            }
        });

        Assert.Equal(once.Dump, runs.Dump);
        var warning = Assert.Single(runs.Analyses[^1].Diagnostics, d => d.Code == DiagnosticCodes.ClustererStateUnusable);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains(reason, warning.Message, StringComparison.Ordinal);
        using var store = SqliteStore.Open(Path.Combine(_work.FullName, "damaged.db"));
        Assert.True(store.TryLoadClustererCheckpoint(out var checkpoint));
        Assert.Equal(runs.Stored, checkpoint.ArticleCount);
        Assert.True(ClustererSnapshot.TryRead(checkpoint.State, ClusteringOptions.Default, out _, out var problem), problem);
    }

    [Fact]
    public async Task A_changed_clustering_setting_reclusters_every_article()
    {
        var other = PipelineOptions.Default with { Clustering = ClusteringOptions.Default with { Threshold = 0.35, MergeThreshold = 0.3 } };
        var once = await RunAsync("once-other.db", [Files], options: [other]);
        var half = Files.Length / 2;

        var runs = await RunAsync("changed.db", [Files[..half], Files[half..]], options: [PipelineOptions.Default, other]);

        Assert.Equal(once.Dump, runs.Dump);
        Assert.DoesNotContain(runs.Analyses[^1].Diagnostics, d => d.Code == DiagnosticCodes.ClustererStateUnusable);
        Assert.Equal(0, runs.Analyses[^1].Reused);
        using var store = SqliteStore.Open(Path.Combine(_work.FullName, "changed.db"));
        Assert.True(store.TryLoadClustererCheckpoint(out var checkpoint));
        Assert.Equal(new PipelineBuilder().WithOptions(other).Build().StoryFingerprint, checkpoint.Fingerprint);
        Assert.Equal(runs.Stored, checkpoint.ArticleCount);
    }

    private static List<string> Describe(StoryAnalysis analysis) =>
        [.. analysis.Stories.Select(s => s.Story.Id + ": " + string.Join(",", s.Story.ArticleIds))];

    /// <summary>Each run opens the store afresh with a new pipeline, ingests its files and analyses the store.</summary>
    private async Task<Runs> RunAsync(
        string name, IReadOnlyList<string[]> runs, IReadOnlyList<PipelineOptions>? options = null, Action<int, string>? afterRun = null)
    {
        var path = Path.Combine(_work.FullName, name);
        var analyses = new List<StoryAnalysis>();
        for (var i = 0; i < runs.Count; i++)
        {
            var pipeline = new PipelineBuilder().WithOptions(options?[Math.Min(i, options.Count - 1)] ?? PipelineOptions.Default).Build();
            using (var store = SqliteStore.Open(path))
            {
                if (runs[i].Length > 0)
                {
                    await pipeline.IngestAsync(runs[i], store, null, CancellationToken.None);
                }

                analyses.Add(pipeline.AnalyzeStore(store));
            }

            afterRun?.Invoke(i, path);
        }

        using var reopened = SqliteStore.Open(path);
        return new Runs(Dump(path), analyses, reopened.CountArticles());
    }

    /// <summary>The stored stories, their search index, memberships and families, row by row, findings JSON included.</summary>
    private static List<string> Dump(string path)
    {
        using var connection = Open(path);
        var rows = new List<string>();
        // In the stored order; the seq values themselves may have gaps where stories were merged away or rewritten.
        Read(connection, "SELECT id, headline, article_count, payload_json FROM stories ORDER BY seq;", "story ", rows);
        Read(connection, "SELECT s.id, f.headline, f.body FROM stories_fts f JOIN stories s ON s.seq = f.rowid ORDER BY s.seq;", "indexed ", rows);
        Read(connection, "SELECT story_id, ordinal, article_id FROM story_articles ORDER BY story_id, ordinal;", "member ", rows);
        Read(connection, "SELECT story_id, id, origin, article_ids_json FROM families ORDER BY story_id, id;", "family ", rows);
        return rows;
    }

    private static void Read(SqliteConnection connection, string sql, string prefix, List<string> rows)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var values = new object[reader.FieldCount];
            reader.GetValues(values);
            rows.Add(prefix + string.Join(" | ", values));
        }
    }

    private static void Execute(string path, string sql)
    {
        using var connection = Open(path);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        Assert.Equal(1, command.ExecuteNonQuery());
    }

    private static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    private sealed record Runs(List<string> Dump, List<StoryAnalysis> Analyses, int Stored);
}
