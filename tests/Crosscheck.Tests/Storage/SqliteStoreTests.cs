using System.Globalization;
using System.Text.Json;
using CsCheck;
using Crosscheck.Model;
using Crosscheck.Storage;
using Microsoft.Data.Sqlite;

namespace Crosscheck.Tests.Storage;

public sealed class SqliteStoreTests : IDisposable
{
    private readonly TempStore _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Articles_round_trip_with_every_field_and_layer()
    {
        using (var store = SqliteStore.Open(_temp.DbPath))
        {
            store.AddArticles(TestCorpus.All);
        }

        using var reopened = SqliteStore.Open(_temp.DbPath);
        var loaded = reopened.LoadArticles();

        Assert.Equal(TestCorpus.All.Count, loaded.Count);
        for (var i = 0; i < loaded.Count; i++)
        {
            AssertSame(TestCorpus.All[i], loaded[i]);
        }
    }

    [Fact]
    public void TryLoadArticle_finds_stored_and_misses_unknown()
    {
        using var store = SqliteStore.Open(_temp.DbPath);
        store.AddArticles(TestCorpus.All);

        Assert.True(store.TryLoadArticle(TestCorpus.ValleyPost.Id, out var found));
        AssertSame(TestCorpus.ValleyPost, found);
        Assert.False(store.TryLoadArticle(new ArticleId("a-000000000000"), out _));
        Assert.False(store.TryLoadArticle(default, out _));
    }

    [Fact]
    public void Adding_stored_content_again_is_a_no_op()
    {
        using var store = SqliteStore.Open(_temp.DbPath);
        var first = store.AddArticles([TestCorpus.Ledger, TestCorpus.ValleyPost, TestCorpus.Ledger]);
        var second = store.AddArticles(TestCorpus.All);
        var third = store.AddArticles(TestCorpus.All);

        Assert.Equal([TestCorpus.Ledger.Id, TestCorpus.ValleyPost.Id], first);
        Assert.Equal([TestCorpus.CoastHerald.Id], second);
        Assert.Empty(third);
        Assert.Equal(3, store.CountArticles());
        Assert.True(store.ContainsContent(TestCorpus.CoastHerald.Article.ContentHash));
        Assert.False(store.ContainsContent(ContentHash.Of("never stored")));
    }

    [Fact]
    public void Articles_load_in_arrival_order_across_batches()
    {
        using var store = SqliteStore.Open(_temp.DbPath);
        store.AddArticles([TestCorpus.CoastHerald]);
        store.AddArticles([TestCorpus.Ledger, TestCorpus.ValleyPost]);

        Assert.Equal(
            [TestCorpus.CoastHerald.Id, TestCorpus.Ledger.Id, TestCorpus.ValleyPost.Id],
            store.LoadArticles().Select(a => a.Id));
    }

    [Fact]
    public void ReplaceStories_replaces_the_whole_set()
    {
        using var store = SqliteStore.Open(_temp.DbPath);
        store.AddArticles(TestCorpus.All);
        var story = TestCorpus.Story();
        var ledgerOnly = new StoryFindings(
            new StoryCluster(StoryId.FoundedBy(TestCorpus.Ledger.Id), [TestCorpus.Ledger.Id]),
            "Village shelter opens in café", [new Family(FamilyId.FoundedBy(TestCorpus.Ledger.Id), [TestCorpus.Ledger.Id])],
            [], [], [], []);
        var wire = story with
        {
            Story = new StoryCluster(StoryId.FoundedBy(TestCorpus.ValleyPost.Id), [TestCorpus.ValleyPost.Id, TestCorpus.CoastHerald.Id]),
            Headline = "Wire: landslide kills five",
        };

        store.ReplaceStories([story]);
        Assert.Equal(Json(story), Json(Assert.Single(store.LoadStories())));

        store.ReplaceStories([ledgerOnly, wire]);
        var loaded = store.LoadStories();
        Assert.Equal([Json(ledgerOnly), Json(wire)], loaded.Select(Json));
        Assert.True(store.TryLoadStory(wire.Story.Id, out var found));
        Assert.Equal(Json(wire), Json(found));
        Assert.DoesNotContain(store.Search("buries", 10), h => h.Kind == SearchHit.StoryKind && h.Title == story.Headline);
        Assert.Contains(store.Search("buries", 10), h => h.Kind == SearchHit.StoryKind && h.Title == wire.Headline);
    }

    [Fact]
    public void UpdateStories_rewrites_only_the_stories_named_and_orders_by_place()
    {
        using var store = SqliteStore.Open(_temp.DbPath);
        store.AddArticles(TestCorpus.All);
        var ledger = Single(TestCorpus.Ledger, "Village shelter opens");
        var valley = Single(TestCorpus.ValleyPost, "Valley road closed");
        var coast = Single(TestCorpus.CoastHerald, "Coast ferry delayed");
        store.ReplaceStories([new PlacedStory(2, ledger), new PlacedStory(5, valley), new PlacedStory(9, coast)], "fp", Checkpoint(1));
        var valleyGrown = valley with
        {
            Story = new StoryCluster(valley.Story.Id, [TestCorpus.ValleyPost.Id, TestCorpus.CoastHerald.Id]),
            Headline = "Valley road and coast ferry closed",
        };

        store.UpdateStories([valley.Story.Id, coast.Story.Id], [new PlacedStory(5, valleyGrown)], Checkpoint(2));

        Assert.Equal([Json(ledger), Json(valleyGrown)], store.LoadStories().Select(Json));
        Assert.Equal(
            [(2L, ledger.Story.Id, 1), (5L, valley.Story.Id, 2)],
            store.LoadStoryPlaces(null).Select(p => (p.Seq, p.Id, p.ArticleIds.Count)));
        Assert.Equal([5L], store.LoadStoryPlaces([valley.Story.Id, coast.Story.Id]).Select(p => p.Seq));
        Assert.Equal("fp", store.LoadStoriesFingerprint());
        Assert.True(store.TryLoadClustererCheckpoint(out var checkpoint));
        Assert.Equal(2, checkpoint.LastSeq);
        Assert.Contains(store.Search("ferry", 10), h => h.Kind == SearchHit.StoryKind && h.Title == valleyGrown.Headline);
        Assert.DoesNotContain(store.Search("delayed", 10), h => h.Kind == SearchHit.StoryKind);
        Assert.Contains(store.Search("shelter", 10), h => h.Kind == SearchHit.StoryKind && h.Title == ledger.Headline);

        // A story placed before the stored ones is read back first; the others keep their rows.
        var coastAgain = Single(TestCorpus.CoastHerald, "Coast ferry resumes");
        store.UpdateStories([], [new PlacedStory(1, coastAgain)], Checkpoint(3));
        Assert.Equal([Json(coastAgain), Json(ledger), Json(valleyGrown)], store.LoadStories().Select(Json));
        Assert.Equal(3, store.CountStories());

        // A place taken already fails and changes nothing.
        Assert.Throws<StoreException>(() => store.UpdateStories([ledger.Story.Id], [new PlacedStory(5, ledger)], Checkpoint(4)));
        Assert.Equal([Json(coastAgain), Json(ledger), Json(valleyGrown)], store.LoadStories().Select(Json));
        Assert.True(store.TryLoadClustererCheckpoint(out checkpoint));
        Assert.Equal(3, checkpoint.LastSeq);
    }

    [Fact]
    public void Stories_computed_while_stored_may_read_articles_and_a_failure_keeps_the_stored_set()
    {
        using var store = SqliteStore.Open(_temp.DbPath);
        store.AddArticles(TestCorpus.All);
        var ledger = Single(TestCorpus.Ledger, "Village shelter opens");
        store.ReplaceStories([new PlacedStory(2, ledger)], "fp", Checkpoint(1));

        // Each story is made from an article read back inside the write, as the analysis does.
        IEnumerable<PlacedStory> ReadAsWritten(params AnnotatedArticle[] articles)
        {
            var place = 5L;
            foreach (var article in articles)
            {
                var read = Assert.Single(store.LoadArticles([article.Id]));
                yield return new PlacedStory(place++, Single(read.Article, "read back " + read.Seq.ToString(CultureInfo.InvariantCulture)));
            }
        }

        store.UpdateStories([], ReadAsWritten(TestCorpus.ValleyPost, TestCorpus.CoastHerald), Checkpoint(2));
        Assert.Equal(3, store.CountStories());

        IEnumerable<PlacedStory> FailingAfterOne()
        {
            foreach (var placed in ReadAsWritten(TestCorpus.Ledger))
            {
                yield return placed with { Seq = 20 };
            }

            throw new InvalidOperationException("checking failed");
        }

        Assert.Throws<InvalidOperationException>(() => store.UpdateStories([ledger.Story.Id], FailingAfterOne(), Checkpoint(3)));
        Assert.Equal(3, store.CountStories());
        Assert.Equal([2L, 5L, 6L], store.LoadStoryPlaces(null).Select(p => p.Seq));
        Assert.True(store.TryLoadClustererCheckpoint(out var checkpoint));
        Assert.Equal(2, checkpoint.LastSeq);

        // Reads outside a write use no transaction again.
        Assert.Single(store.LoadArticles([TestCorpus.Ledger.Id]));
    }

    private static StoryFindings Single(AnnotatedArticle article, string headline) =>
        new(new StoryCluster(StoryId.FoundedBy(article.Id), [article.Id]), headline, [], [], [], [], []);

    private static ClustererCheckpoint Checkpoint(long lastSeq) => new("fp", lastSeq, lastSeq, [1, 2, 3]);

    [Fact]
    public void ReplaceStories_with_an_unknown_article_fails_and_keeps_the_previous_set()
    {
        using var store = SqliteStore.Open(_temp.DbPath);
        store.AddArticles(TestCorpus.All);
        var story = TestCorpus.Story();
        store.ReplaceStories([story]);
        var dangling = story with { Story = new StoryCluster(new StoryId("s-x"), [new ArticleId("a-notstored000")]) };

        var error = Assert.Throws<StoreException>(() => store.ReplaceStories([dangling]));

        Assert.Contains(_temp.DbPath, error.Message, StringComparison.Ordinal);
        Assert.Equal(story.Story.Id, Assert.Single(store.LoadStories()).Story.Id);
    }

    [Fact]
    public void Search_finds_articles_by_body_word_and_stories_by_headline()
    {
        using var store = SqliteStore.Open(_temp.DbPath);
        store.AddArticles(TestCorpus.All);
        store.ReplaceStories([TestCorpus.Story()]);

        var digging = store.Search("digging", 10);
        var article = Assert.Single(digging);
        Assert.Equal((SearchHit.ArticleKind, TestCorpus.Ledger.Id.Value), (article.Kind, article.Id));
        Assert.Equal(TestCorpus.Ledger.Article.Metadata.Title, article.Title);
        Assert.Contains("[digging]", article.Snippet, StringComparison.Ordinal);

        // Stemmed ("buried" matches "buries"), case-insensitive, and diacritics folded ("cafe" matches "café").
        var story = Assert.Single(store.Search("BURIED homes", 10), h => h.Kind == SearchHit.StoryKind);
        Assert.Equal(TestCorpus.Story().Story.Id.Value, story.Id);
        Assert.Equal(TestCorpus.Story().Headline, story.Title);
        Assert.Equal(TestCorpus.Ledger.Id.Value, Assert.Single(store.Search("cafe", 10)).Id);

        // Entity aliases are indexed with the story.
        Assert.Contains(store.Search("Marlow", 10), h => h.Kind == SearchHit.StoryKind);

        // Chrome is not indexed: only the cleaned body and the title are.
        Assert.Empty(store.Search("newsletter", 10));
        Assert.True(store.Search("landslide", 2).Count <= 2);
    }

    [Theory]
    [InlineData("\"unbalanced")]
    [InlineData("NEAR(")]
    [InlineData("NEAR(landslide homes, 2)")]
    [InlineData("-x")]
    [InlineData("landslide AND")]
    [InlineData("OR NOT AND")]
    [InlineData("title:landslide")]
    [InlineData("*")]
    [InlineData("lands*")]
    [InlineData("^homes")]
    [InlineData("(")]
    [InlineData("\"")]
    [InlineData("'; DROP TABLE articles; --")]
    [InlineData("{title body}: x")]
    [InlineData("a + b")]
    [InlineData("")]
    [InlineData("   ")]
    public void Hostile_search_input_never_raises_an_sql_error(string query)
    {
        using var store = SqliteStore.Open(_temp.DbPath);
        store.AddArticles(TestCorpus.All);
        store.ReplaceStories([TestCorpus.Story()]);

        var hits = store.Search(query, 10);

        Assert.NotNull(hits);
        Assert.Equal(3, store.CountArticles());
    }

    [Fact]
    public void Operators_in_the_query_are_searched_as_words()
    {
        using var store = SqliteStore.Open(_temp.DbPath);
        store.AddArticles(TestCorpus.All);

        // "-x" and "NEAR(" would be FTS5 syntax; quoted they are the words "x" and "near".
        Assert.Equal(TestCorpus.Ledger.Id.Value, Assert.Single(store.Search("-landslide -digging", 10)).Id);
        Assert.Equal(3, store.Search("\"landslide", 10).Count);
    }

    [Fact]
    public void Arbitrary_search_input_never_throws()
    {
        using var store = SqliteStore.Open(_temp.DbPath);
        store.AddArticles(TestCorpus.All);
        Gen.String.Sample(query => store.Search(query, 5), iter: 500, threads: 1);
    }

    [Fact]
    public void Diagnostics_are_quarantined_with_the_store_clock_time()
    {
        var now = new DateTimeOffset(2026, 3, 11, 8, 30, 0, TimeSpan.Zero);
        var diagnostics = new[]
        {
            new Diagnostic(DiagnosticCodes.BadJsonLine, Severity.Warning, "line is not a JSON object; skipped",
                new DiagnosticLocation("feeds/wire.jsonl", 7, 1024)),
            new Diagnostic(DiagnosticCodes.Empty, Severity.Info, "empty file", new DiagnosticLocation("feeds/empty.txt")),
        };
        using (var store = SqliteStore.Open(_temp.DbPath, new FixedClock(now)))
        {
            store.AddDiagnostics(diagnostics);
        }

        using var reopened = SqliteStore.Open(_temp.DbPath);
        Assert.Equal(diagnostics, reopened.LoadDiagnostics());
        Assert.All(reopened.LoadQuarantine(), entry => Assert.Equal(now, entry.RecordedAt));
    }

    [Fact]
    public void Reopening_keeps_the_schema_version_and_the_data()
    {
        using (var store = SqliteStore.Open(_temp.DbPath))
        {
            Assert.Equal(SchemaMigrationsLatest, store.SchemaVersion);
            store.AddArticles(TestCorpus.All);
            store.ReplaceStories([TestCorpus.Story()]);
        }

        using var reopened = SqliteStore.Open(_temp.DbPath);
        Assert.Equal(SchemaMigrationsLatest, reopened.SchemaVersion);
        Assert.Equal(3, reopened.CountArticles());
        Assert.Single(reopened.LoadStories());
        Assert.Equal("wal", Pragma(_temp.DbPath, "journal_mode"));
    }

    [Fact]
    public void Opening_a_file_that_is_not_sqlite_names_the_file()
    {
        File.WriteAllText(_temp.DbPath, "this is a plain text file, not a database, and it is long enough to have a header.");

        var error = Assert.Throws<StoreException>(() => SqliteStore.Open(_temp.DbPath));

        Assert.Contains(_temp.DbPath, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Opening_a_store_from_a_newer_schema_names_the_file_and_version()
    {
        using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _temp.DbPath, Pooling = false }.ToString()))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA user_version = 99;";
            command.ExecuteNonQuery();
        }

        var error = Assert.Throws<StoreException>(() => SqliteStore.Open(_temp.DbPath));

        Assert.Contains(_temp.DbPath, error.Message, StringComparison.Ordinal);
        Assert.Contains("99", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_creates_missing_folders()
    {
        var nested = Path.Combine(_temp.Folder, "a", "b", "store.db");
        using var store = SqliteStore.Open(nested);
        Assert.True(File.Exists(nested));
    }

    [Fact]
    public void Text_with_lone_surrogates_round_trips_exactly()
    {
        var article = TestCorpus.Build("Broken \uD800 title", "Body with a lone \uDC00 low surrogate and 14 homes.", null, null, null,
            MetadataEvidence.None, "x.jsonl", 3, SourceFormat.Jsonl, [], []);
        using var store = SqliteStore.Open(_temp.DbPath);
        store.AddArticles([article]);

        Assert.True(store.TryLoadArticle(article.Id, out var loaded));
        Assert.Equal(article.Text, loaded.Text);
        Assert.Equal(article.Article.Body, loaded.Article.Body);
        // Known limit: metadata strings go through JSON/UTF-8, where a lone surrogate becomes U+FFFD
        // (same length, so spans stay valid). Only the article text is kept code unit for code unit.
        Assert.Equal("Broken \uFFFD title", loaded.Article.Metadata.Title);
    }

    private static int SchemaMigrationsLatest => Crosscheck.Storage.SchemaMigrations.Latest;

    /// <summary>Deep comparison through reflection-based JSON: independent of the store's own serializer.</summary>
    private static string Json<T>(T value) => JsonSerializer.Serialize(value);

    private static void AssertSame(AnnotatedArticle expected, AnnotatedArticle actual)
    {
        Assert.Equal(expected.Article with { Metadata = actual.Article.Metadata, Body = actual.Article.Body, Removed = actual.Article.Removed }, actual.Article);
        Assert.Equal(Json(expected.Article.Metadata), Json(actual.Article.Metadata));
        Assert.Equal(expected.Article.Body, actual.Article.Body);
        Assert.Equal(expected.Article.Removed, actual.Article.Removed);
        Assert.Equal(expected.Sentences, actual.Sentences);
        Assert.Equal(expected.Tokens, actual.Tokens);
        Assert.Equal(expected.Entities, actual.Entities);
        Assert.Equal(expected.Dates, actual.Dates);
        Assert.Equal(expected.Quantities, actual.Quantities);
        Assert.Equal(Json(expected), Json(actual));
    }

    private static string Pragma(string path, string name)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA " + name + ";";
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture)!;
    }
}
