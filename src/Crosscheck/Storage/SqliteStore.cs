using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Crosscheck.Model;
using Microsoft.Data.Sqlite;

namespace Crosscheck.Storage;

/// <summary>
/// The default store: one SQLite file holding articles with their annotation layers, the current
/// stories, a quarantine of diagnostics, and full-text indexes over articles and stories.
/// The file is opened in WAL mode with <c>synchronous=NORMAL</c>, foreign keys on and a busy
/// timeout. One instance owns one connection and is not thread-safe; open one per thread.
/// </summary>
public sealed class SqliteStore : IDisposable
{
    public const string StageId = "storage.sqlite/1";

    private const string StoriesFingerprintKey = "stories.fingerprint";

    /// <summary>How long a writer waits for another process's lock before failing.</summary>
    public static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(10);

    private const int SqliteNotADatabase = 26;
    private const int SqliteCorrupt = 11;
    private const int SqliteCantOpen = 14;
    private const int SqliteReadOnly = 8;
    private const int SqlitePermission = 3;
    private const int SqliteConstraint = 19;

    private readonly SqliteConnection _connection;

    /// <summary>The transaction storing stories while they are enumerated (see <see cref="InsertStories"/>), else null.</summary>
    private SqliteTransaction? _storyWrite;
    private readonly TimeProvider _time;

    private SqliteStore(SqliteConnection connection, string path, TimeProvider time)
    {
        _connection = connection;
        Path = path;
        _time = time;
    }

    /// <summary>The full path of the store file.</summary>
    public string Path { get; }

    /// <summary>The schema version of the open file (after migration, the latest this build knows).</summary>
    public int SchemaVersion => SchemaMigrations.ReadVersion(_connection);

    /// <summary>
    /// Opens the store at <paramref name="path"/>, creating the file, its folder and schema if needed
    /// and applying any pending migrations.
    /// </summary>
    /// <param name="timeProvider">Clock for quarantine timestamps; <see cref="TimeProvider.System"/> if null.</param>
    /// <exception cref="StoreException">The file is not a SQLite database or its schema is newer than this build.</exception>
    public static SqliteStore Open(string path, TimeProvider? timeProvider = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var fullPath = System.IO.Path.GetFullPath(path);
        var folder = System.IO.Path.GetDirectoryName(fullPath);
        if (!string.IsNullOrEmpty(folder))
        {
            try
            {
                Directory.CreateDirectory(folder);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new StoreException($"{fullPath}: its folder cannot be made ({ex.Message}); choose another path.", ex);
            }
        }

        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            // Without pooling, Dispose releases the file at once (tests delete it; users move it).
            Pooling = false,
            DefaultTimeout = (int)BusyTimeout.TotalSeconds,
        }.ToString();

        var connection = new SqliteConnection(connectionString);
        var opened = false;
        try
        {
            connection.Open();
            Execute(connection,
                "PRAGMA busy_timeout = " + ((int)BusyTimeout.TotalMilliseconds).ToString(CultureInfo.InvariantCulture) + ";" +
                "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;");
            SchemaMigrations.Apply(connection, fullPath);
            opened = true;
            return new SqliteStore(connection, fullPath, timeProvider ?? TimeProvider.System);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is SqliteNotADatabase or SqliteCorrupt)
        {
            throw new StoreException(
                $"{fullPath}: not a Crosscheck store (the file is not a SQLite database or is damaged); " +
                "choose another path or move the file away.", ex);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is SqliteCantOpen or SqliteReadOnly or SqlitePermission)
        {
            throw new StoreException($"{fullPath}: the database cannot be opened for writing ({ex.Message}); choose another path.", ex);
        }
        finally
        {
            if (!opened)
            {
                connection.Dispose();
            }
        }
    }

    /// <summary>True when an article with this content hash is stored.</summary>
    public bool ContainsContent(string contentHash)
    {
        ArgumentNullException.ThrowIfNull(contentHash);
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT EXISTS (SELECT 1 FROM articles WHERE content_hash = $hash);";
        command.Parameters.AddWithValue("$hash", contentHash);
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) != 0;
    }

    /// <summary>Number of stored articles.</summary>
    public int CountArticles()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM articles;";
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>Number of stored stories.</summary>
    public int CountStories()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM stories;";
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Stores a batch in one transaction, in order, each with the next arrival sequence number.
    /// Articles whose content hash is already stored (or repeated in the batch) are skipped.
    /// </summary>
    /// <returns>The ids of the articles actually added, in order.</returns>
    /// <exception cref="StoreException">A row violated the schema (e.g. an id collision); nothing of the batch is stored.</exception>
    public IReadOnlyList<ArticleId> AddArticles(IReadOnlyList<AnnotatedArticle> batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var added = new List<ArticleId>(batch.Count);
        if (batch.Count == 0)
        {
            return added;
        }

        using var transaction = _connection.BeginTransaction();
        using var insert = _connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = ArticleRow.InsertSql;
        ArticleRow.AddParameters(insert);
        insert.Prepare();

        using var index = _connection.CreateCommand();
        index.Transaction = transaction;
        index.CommandText = "INSERT INTO articles_fts (rowid, title, body) VALUES ($seq, $title, $body);";
        var seqParameter = index.Parameters.Add(new SqliteParameter("$seq", null));
        var titleParameter = index.Parameters.Add(new SqliteParameter("$title", null));
        var bodyParameter = index.Parameters.Add(new SqliteParameter("$body", null));
        index.Prepare();

        foreach (var annotated in batch)
        {
            ArgumentNullException.ThrowIfNull(annotated);
            try
            {
                ArticleRow.Bind(insert, annotated);
                if (insert.ExecuteScalar() is not long seq)
                {
                    continue; // content already stored
                }

                seqParameter.Value = seq;
                titleParameter.Value = annotated.Article.Metadata.Title ?? "";
                bodyParameter.Value = annotated.Article.BodyText;
                index.ExecuteNonQuery();
                added.Add(annotated.Id);
            }
            catch (SqliteException ex) when (ex.SqliteErrorCode == SqliteConstraint)
            {
                throw new StoreException(
                    $"{Path}: article {annotated.Id} from {annotated.Article.SourcePath} could not be stored: " +
                    $"{ex.Message}; the batch was rolled back ({DiagnosticCodes.StoreFailed}).", ex);
            }
        }

        transaction.Commit();
        return added;
    }

    /// <summary>All stored articles with their layers, in arrival order.</summary>
    public IReadOnlyList<AnnotatedArticle> LoadArticles()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = $"SELECT {ArticleRow.Columns} FROM articles ORDER BY seq;";
        using var reader = command.ExecuteReader();
        var articles = new List<AnnotatedArticle>();
        while (reader.Read())
        {
            articles.Add(ReadArticle(reader));
        }

        return articles;
    }

    /// <summary>
    /// Up to <paramref name="limit"/> stored articles with their layers whose arrival sequence number
    /// is above <paramref name="afterSeq"/>, in arrival order: page through the store by passing
    /// the last <see cref="StoredArticle.Seq"/> back.
    /// </summary>
    public IReadOnlyList<StoredArticle> LoadArticlesAfter(long afterSeq, int limit)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        using var command = _connection.CreateCommand();
        command.CommandText = $"SELECT {ArticleRow.Columns}, seq FROM articles WHERE seq > $after ORDER BY seq LIMIT $limit;";
        command.Parameters.AddWithValue("$after", afterSeq);
        command.Parameters.AddWithValue("$limit", limit);
        using var reader = command.ExecuteReader();
        var articles = new List<StoredArticle>();
        var seqColumn = reader.FieldCount - 1;
        while (reader.Read())
        {
            articles.Add(new StoredArticle(reader.GetInt64(seqColumn), ReadArticle(reader)));
        }

        return articles;
    }

    /// <summary>The stored articles with their layers among <paramref name="ids"/>, in arrival order; ids not stored are skipped.</summary>
    public IReadOnlyList<StoredArticle> LoadArticles(IReadOnlyList<ArticleId> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var articles = new List<StoredArticle>(ids.Count);
        if (ids.Count == 0)
        {
            return articles;
        }

        using var command = _connection.CreateCommand();
        command.Transaction = _storyWrite;
        command.CommandText =
            $"SELECT {ArticleRow.Columns}, seq FROM articles WHERE id IN (SELECT value FROM json_each($ids)) ORDER BY seq;";
        command.Parameters.AddWithValue("$ids", JsonSerializer.Serialize(ids, StorageJsonContext.Default.IReadOnlyListArticleId));
        using var reader = command.ExecuteReader();
        var seqColumn = reader.FieldCount - 1;
        while (reader.Read())
        {
            articles.Add(new StoredArticle(reader.GetInt64(seqColumn), ReadArticle(reader)));
        }

        return articles;
    }

    /// <summary>
    /// All stored articles without their annotation layers (text, metadata, body and removed blocks
    /// only), in arrival order: what reports need, at a fraction of the memory.
    /// </summary>
    public IReadOnlyList<Article> LoadArticlesWithoutLayers()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = $"SELECT {ArticleRow.ArticleColumns} FROM articles ORDER BY seq;";
        using var reader = command.ExecuteReader();
        var articles = new List<Article>();
        while (reader.Read())
        {
            articles.Add(ReadArticleWithoutLayers(reader));
        }

        return articles;
    }

    /// <summary>The stored articles among <paramref name="ids"/> without their annotation layers, in arrival order; ids not stored are skipped.</summary>
    public IReadOnlyList<Article> LoadArticlesWithoutLayers(IReadOnlyList<ArticleId> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var articles = new List<Article>(ids.Count);
        if (ids.Count == 0)
        {
            return articles;
        }

        using var command = _connection.CreateCommand();
        command.CommandText =
            $"SELECT {ArticleRow.ArticleColumns} FROM articles WHERE id IN (SELECT value FROM json_each($ids)) ORDER BY seq;";
        command.Parameters.AddWithValue("$ids", JsonSerializer.Serialize(ids, StorageJsonContext.Default.IReadOnlyListArticleId));
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            articles.Add(ReadArticleWithoutLayers(reader));
        }

        return articles;
    }

    /// <summary>
    /// Every stored article without its annotation layers, in arrival order, each with the id of
    /// the wire-copy family its stored story puts it in (null when no stored story holds it), read
    /// one at a time as they are enumerated: memory for one article, whatever the number stored.
    /// The store must stay open, and nothing may write to it, until the enumeration ends.
    /// </summary>
    public IEnumerable<(Article Article, FamilyId? Family)> ReadArticlesWithFamilies()
    {
        using var command = _connection.CreateCommand();
        command.CommandText =
            $"SELECT {ArticleRow.ArticleColumns}, (SELECT f.id FROM story_articles sa JOIN families f ON f.story_id = sa.story_id " +
            "WHERE sa.article_id = articles.id AND EXISTS (SELECT 1 FROM json_each(f.article_ids_json) WHERE value = articles.id) " +
            "ORDER BY f.id LIMIT 1) FROM articles ORDER BY seq;";
        using var reader = command.ExecuteReader();
        var familyColumn = reader.FieldCount - 1;
        while (reader.Read())
        {
            yield return (ReadArticleWithoutLayers(reader), reader.IsDBNull(familyColumn) ? null : new FamilyId(reader.GetString(familyColumn)));
        }
    }

    /// <summary>
    /// Number of stored articles whose arrival sequence number is at most <paramref name="seq"/>:
    /// all of them (counted on the smallest index) less those after it (a range of the table). A
    /// count over the range up to <paramref name="seq"/> would read every earlier article's row.
    /// </summary>
    public long CountArticlesUpTo(long seq)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT (SELECT count(*) FROM articles) - (SELECT count(*) FROM articles WHERE seq > $seq);";
        command.Parameters.AddWithValue("$seq", seq);
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>Loads one article with its layers.</summary>
    public bool TryLoadArticle(ArticleId id, out AnnotatedArticle article)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = $"SELECT {ArticleRow.Columns} FROM articles WHERE id = $id;";
        command.Parameters.AddWithValue("$id", id.Value ?? "");
        using var reader = command.ExecuteReader();
        if (reader.Read())
        {
            article = ReadArticle(reader);
            return true;
        }

        article = null!;
        return false;
    }

    /// <summary>
    /// Replaces all stored stories (and their article links and families) with <paramref name="stories"/>,
    /// in one transaction, stored in the order given. Stories are recomputed as a whole, so nothing
    /// of the previous set is kept. <paramref name="fingerprint"/> names the code, model and settings
    /// that computed them (see <see cref="LoadStoriesFingerprint"/>); null records none. A stored
    /// clusterer state is dropped (it no longer belongs to the stored stories).
    /// </summary>
    /// <exception cref="StoreException">A story id repeats or a story names an article that is not stored.</exception>
    public void ReplaceStories(IReadOnlyList<StoryFindings> stories, string? fingerprint = null)
    {
        ArgumentNullException.ThrowIfNull(stories);
        var placed = new List<PlacedStory>(stories.Count);
        for (var i = 0; i < stories.Count; i++)
        {
            placed.Add(new PlacedStory(i + 1, stories[i]));
        }

        ReplaceStories(placed, fingerprint, null);
    }

    /// <summary>
    /// As <see cref="ReplaceStories(IReadOnlyList{StoryFindings}, string?)"/>, each story at its
    /// place, with <paramref name="checkpoint"/>, the clusterer state the stories were computed
    /// from, stored in the same transaction (none: no state is kept).
    /// </summary>
    /// <exception cref="StoreException">A story id or place repeats or a story names an article that is not stored.</exception>
    public void ReplaceStories(IEnumerable<PlacedStory> stories, string? fingerprint, ClustererCheckpoint? checkpoint)
    {
        ArgumentNullException.ThrowIfNull(stories);
        using var transaction = _connection.BeginTransaction();
        using (var clear = _connection.CreateCommand())
        {
            clear.Transaction = transaction;
            clear.CommandText =
                "DELETE FROM story_articles; DELETE FROM families; DELETE FROM stories; DELETE FROM stories_fts; " +
                "DELETE FROM settings WHERE key = $key; DELETE FROM clusterer_state;";
            clear.Parameters.AddWithValue("$key", StoriesFingerprintKey);
            clear.ExecuteNonQuery();
        }

        if (checkpoint is not null)
        {
            SaveCheckpoint(checkpoint, transaction);
        }

        if (fingerprint is not null)
        {
            using var setting = _connection.CreateCommand();
            setting.Transaction = transaction;
            setting.CommandText = "INSERT INTO settings (key, value) VALUES ($key, $value);";
            setting.Parameters.AddWithValue("$key", StoriesFingerprintKey);
            setting.Parameters.AddWithValue("$value", fingerprint);
            setting.ExecuteNonQuery();
        }

        InsertStories(stories, transaction, "no story was replaced");
        transaction.Commit();
    }

    /// <summary>
    /// Changes some stored stories in one transaction: deletes those named in
    /// <paramref name="remove"/> (ids not stored are skipped), stores each of <paramref name="write"/>
    /// at its place, and replaces the stored clusterer state with <paramref name="checkpoint"/>.
    /// Every other stored story keeps its rows untouched, so a run that changes a few stories
    /// writes only those, whatever the number stored. The stored fingerprint stays.
    /// </summary>
    /// <exception cref="StoreException">A story id or place is stored already, or a story names an article that is not stored.</exception>
    public void UpdateStories(IReadOnlyList<StoryId> remove, IEnumerable<PlacedStory> write, ClustererCheckpoint checkpoint)
    {
        ArgumentNullException.ThrowIfNull(remove);
        ArgumentNullException.ThrowIfNull(write);
        ArgumentNullException.ThrowIfNull(checkpoint);
        using var transaction = _connection.BeginTransaction();
        using (var delete = _connection.CreateCommand())
        {
            delete.Transaction = transaction;
            delete.CommandText =
                "DELETE FROM story_articles WHERE story_id = $id; DELETE FROM families WHERE story_id = $id; " +
                "DELETE FROM stories_fts WHERE rowid = (SELECT seq FROM stories WHERE id = $id); DELETE FROM stories WHERE id = $id;";
            var id = delete.Parameters.Add(new SqliteParameter("$id", null));
            foreach (var storyId in remove)
            {
                id.Value = storyId.Value;
                delete.ExecuteNonQuery();
            }
        }

        InsertStories(write, transaction, "no story was changed");
        using (var clear = _connection.CreateCommand())
        {
            clear.Transaction = transaction;
            clear.CommandText = "DELETE FROM clusterer_state;";
            clear.ExecuteNonQuery();
        }

        SaveCheckpoint(checkpoint, transaction);
        transaction.Commit();
    }

    /// <summary>Drops the stored clusterer state; the stories stay (the next analysis clusters every stored article again).</summary>
    public void DropClustererState() => Execute(_connection, "DELETE FROM clusterer_state;");

    /// <summary>
    /// The place and articles of each stored story among <paramref name="ids"/> (every stored story
    /// when null), in stored order, without reading their findings. Ids not stored are skipped.
    /// </summary>
    public IReadOnlyList<StoryPlace> LoadStoryPlaces(IReadOnlyList<StoryId>? ids)
    {
        using var command = _connection.CreateCommand();
        var filter = "";
        if (ids is not null)
        {
            filter = "WHERE s.id IN (SELECT value FROM json_each($ids)) ";
            command.Parameters.AddWithValue("$ids", JsonSerializer.Serialize(ids, StorageJsonContext.Default.IReadOnlyListStoryId));
        }

        command.CommandText =
            "SELECT s.seq, s.id, sa.article_id FROM stories s LEFT JOIN story_articles sa ON sa.story_id = s.id " +
            filter + "ORDER BY s.seq, sa.ordinal;";
        using var reader = command.ExecuteReader();
        var places = new List<StoryPlace>();
        List<ArticleId>? members = null;
        while (reader.Read())
        {
            var seq = reader.GetInt64(0);
            if (places.Count == 0 || places[^1].Seq != seq)
            {
                members = [];
                places.Add(new StoryPlace(seq, new StoryId(reader.GetString(1)), members));
            }

            if (!reader.IsDBNull(2))
            {
                members!.Add(new ArticleId(reader.GetString(2)));
            }
        }

        return places;
    }

    /// <summary>The clusterer state stored with the stories (<see cref="UpdateStories"/>); false when there is none.</summary>
    public bool TryLoadClustererCheckpoint([NotNullWhen(true)] out ClustererCheckpoint? checkpoint)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT fingerprint, last_seq, article_count, state FROM clusterer_state WHERE id = 1;";
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            checkpoint = null;
            return false;
        }

        checkpoint = new ClustererCheckpoint(reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2), (byte[])reader.GetValue(3));
        return true;
    }

    /// <summary>The fingerprint recorded with the stored stories when they were last replaced, or null.</summary>
    public string? LoadStoriesFingerprint()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT value FROM settings WHERE key = $key;";
        command.Parameters.AddWithValue("$key", StoriesFingerprintKey);
        return command.ExecuteScalar() as string;
    }

    /// <summary>The stored stories in stored order (see <see cref="ReadStories"/>), all in memory.</summary>
    public IReadOnlyList<StoryFindings> LoadStories() => [.. ReadStories()];

    /// <summary>
    /// The stored stories in stored order (by place), read one at a time as they are enumerated:
    /// memory for one story, whatever the number stored. The store must stay open, and nothing
    /// may write to it, until the enumeration ends.
    /// </summary>
    public IEnumerable<StoryFindings> ReadStories() => ReadStoryRows(digests: false).Select(static s => s.Story);

    /// <summary>
    /// <see cref="ReadStories"/>, each story with a digest of its stored findings (SHA-256 of the
    /// stored payload): equal digests mean equal findings, so a report written from them stands.
    /// </summary>
    public IEnumerable<(StoryFindings Story, string Digest)> ReadStoriesWithDigests() => ReadStoryRows(digests: true);

    private IEnumerable<(StoryFindings Story, string Digest)> ReadStoryRows(bool digests)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT id, payload_json FROM stories ORDER BY seq;";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var payload = reader.GetString(1);
            yield return (ReadStory(reader.GetString(0), payload), digests ? ContentHash.Of(payload) : "");
        }
    }

    /// <summary>Loads one story.</summary>
    public bool TryLoadStory(StoryId id, out StoryFindings story)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT id, payload_json FROM stories WHERE id = $id;";
        command.Parameters.AddWithValue("$id", id.Value ?? "");
        using var reader = command.ExecuteReader();
        if (reader.Read())
        {
            story = ReadStory(reader);
            return true;
        }

        story = null!;
        return false;
    }

    /// <summary>Appends diagnostics to the quarantine table, stamped with the current UTC time.</summary>
    public void AddDiagnostics(IReadOnlyList<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (diagnostics.Count == 0)
        {
            return;
        }

        var now = _time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
        using var transaction = _connection.BeginTransaction();
        using var insert = _connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText =
            "INSERT INTO quarantine (recorded_at, code, severity, message, path, record, byte_offset) " +
            "VALUES ($at, $code, $severity, $message, $path, $record, $offset);";
        var at = insert.Parameters.Add(new SqliteParameter("$at", now));
        var code = insert.Parameters.Add(new SqliteParameter("$code", null));
        var severity = insert.Parameters.Add(new SqliteParameter("$severity", null));
        var message = insert.Parameters.Add(new SqliteParameter("$message", null));
        var path = insert.Parameters.Add(new SqliteParameter("$path", null));
        var record = insert.Parameters.Add(new SqliteParameter("$record", null));
        var offset = insert.Parameters.Add(new SqliteParameter("$offset", null));
        insert.Prepare();
        foreach (var diagnostic in diagnostics)
        {
            ArgumentNullException.ThrowIfNull(diagnostic);
            code.Value = diagnostic.Code;
            severity.Value = diagnostic.Severity.ToString();
            message.Value = diagnostic.Message;
            path.Value = diagnostic.Location.Path;
            record.Value = (object?)diagnostic.Location.Record ?? DBNull.Value;
            offset.Value = (object?)diagnostic.Location.ByteOffset ?? DBNull.Value;
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    /// <summary>The quarantined diagnostics, oldest first.</summary>
    public IReadOnlyList<Diagnostic> LoadDiagnostics() => LoadQuarantine().Select(entry => entry.Diagnostic).ToList();

    /// <summary>The quarantined diagnostics with the time each was recorded, oldest first.</summary>
    public IReadOnlyList<QuarantineEntry> LoadQuarantine()
    {
        using var command = _connection.CreateCommand();
        command.CommandText =
            "SELECT recorded_at, code, severity, message, path, record, byte_offset FROM quarantine ORDER BY seq;";
        using var reader = command.ExecuteReader();
        var entries = new List<QuarantineEntry>();
        while (reader.Read())
        {
            var location = new DiagnosticLocation(
                reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetInt64(5),
                reader.IsDBNull(6) ? null : reader.GetInt64(6));
            var diagnostic = new Diagnostic(
                reader.GetString(1), Enum.Parse<Severity>(reader.GetString(2)), reader.GetString(3), location);
            var recordedAt = DateTimeOffset.Parse(reader.GetString(0), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
            entries.Add(new QuarantineEntry(diagnostic, recordedAt));
        }

        return entries;
    }

    /// <summary>
    /// Full-text search over article titles and cleaned bodies and over story headlines, summaries
    /// and entity names. Each whitespace-separated term of <paramref name="query"/> must occur
    /// (stemmed, case- and diacritic-insensitive); FTS5 operators in it are searched as plain text.
    /// </summary>
    public IReadOnlyList<SearchHit> Search(string query, int limit)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        if (!FtsQuery.TryBuild(query, out var match))
        {
            return [];
        }

        var hits = new List<SearchHit>();
        Collect(hits, SearchHit.ArticleKind, match, limit,
            "SELECT a.id, coalesce(nullif(a.title, ''), a.id), snippet(articles_fts, -1, '[', ']', '…', 12), " +
            "bm25(articles_fts, 2.0, 1.0) AS rank FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid " +
            "WHERE articles_fts MATCH $match ORDER BY rank LIMIT $limit;");
        Collect(hits, SearchHit.StoryKind, match, limit,
            "SELECT s.id, s.headline, snippet(stories_fts, -1, '[', ']', '…', 12), " +
            "bm25(stories_fts, 3.0, 1.0) AS rank FROM stories_fts JOIN stories s ON s.seq = stories_fts.rowid " +
            "WHERE stories_fts MATCH $match ORDER BY rank LIMIT $limit;");
        hits.Sort((a, b) => a.Rank.CompareTo(b.Rank));
        return hits.Count > limit ? hits.GetRange(0, limit) : hits;
    }

    public void Dispose() => _connection.Dispose();

    private void Collect(List<SearchHit> hits, string kind, string match, int limit, string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$match", match);
        command.Parameters.AddWithValue("$limit", limit);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            hits.Add(new SearchHit(kind, reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetDouble(3)));
        }
    }

    private AnnotatedArticle ReadArticle(SqliteDataReader reader)
    {
        try
        {
            return ArticleRow.Read(reader);
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException)
        {
            throw new StoreException($"{Path}: stored article {reader.GetString(0)} is unreadable: {ex.Message}", ex);
        }
    }

    private Article ReadArticleWithoutLayers(SqliteDataReader reader)
    {
        try
        {
            return ArticleRow.ReadArticle(reader);
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException)
        {
            throw new StoreException($"{Path}: stored article {reader.GetString(0)} is unreadable: {ex.Message}", ex);
        }
    }

    private StoryFindings ReadStory(SqliteDataReader reader) => ReadStory(reader.GetString(0), reader.GetString(1));

    private StoryFindings ReadStory(string id, string payload)
    {
        try
        {
            return JsonSerializer.Deserialize(payload, StorageJsonContext.Default.StoryFindings)
                ?? throw new JsonException("payload is JSON null");
        }
        catch (JsonException ex)
        {
            throw new StoreException($"{Path}: stored story {id} is unreadable: {ex.Message}", ex);
        }
    }

    /// <summary>
    /// Inserts the stories as they are enumerated, so they may be computed lazily: while they are,
    /// <see cref="LoadArticles(IReadOnlyList{ArticleId})"/> reads within <paramref name="transaction"/>.
    /// </summary>
    private void InsertStories(IEnumerable<PlacedStory> stories, SqliteTransaction transaction, string rolledBack)
    {
        using var writer = new StoryRows(_connection, transaction);
        _storyWrite = transaction;
        try
        {
            InsertEach(stories, writer, rolledBack);
        }
        finally
        {
            _storyWrite = null;
        }
    }

    private void InsertEach(IEnumerable<PlacedStory> stories, StoryRows writer, string rolledBack)
    {
        foreach (var placed in stories)
        {
            ArgumentNullException.ThrowIfNull(placed);
            try
            {
                writer.Insert(placed.Seq, placed.Findings);
            }
            catch (SqliteException ex) when (ex.SqliteErrorCode == SqliteConstraint)
            {
                throw new StoreException(
                    $"{Path}: story {placed.Findings.Story.Id} could not be stored ({ex.Message}): its id or place repeats or it " +
                    $"names an article that is not stored; {rolledBack} ({DiagnosticCodes.StoreFailed}).", ex);
            }
        }
    }

    private void SaveCheckpoint(ClustererCheckpoint checkpoint, SqliteTransaction transaction)
    {
        using var state = _connection.CreateCommand();
        state.Transaction = transaction;
        state.CommandText =
            "INSERT INTO clusterer_state (id, fingerprint, last_seq, article_count, state) VALUES (1, $fingerprint, $last, $count, $state);";
        state.Parameters.AddWithValue("$fingerprint", checkpoint.Fingerprint);
        state.Parameters.AddWithValue("$last", checkpoint.LastSeq);
        state.Parameters.AddWithValue("$count", checkpoint.ArticleCount);
        state.Parameters.AddWithValue("$state", checkpoint.State);
        state.ExecuteNonQuery();
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>Text indexed for a story: summary sentences and entity names and aliases.</summary>
    internal static string StorySearchText(StoryFindings story)
    {
        var text = new StringBuilder();
        foreach (var sentence in story.Summary)
        {
            text.Append(sentence.Text).Append('\n');
        }

        foreach (var entity in story.Entities)
        {
            text.Append(entity.Name).Append('\n');
            foreach (var alias in entity.Aliases)
            {
                text.Append(alias).Append('\n');
            }
        }

        return text.ToString();
    }
}
