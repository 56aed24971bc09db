using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Crosscheck.Storage;

/// <summary>
/// Ordered schema migrations. <c>PRAGMA user_version</c> holds the number of migrations applied;
/// migration <c>i</c> (0-based) takes the schema from version <c>i</c> to <c>i + 1</c>. Never edit a
/// shipped migration: append a new one.
/// </summary>
internal static class SchemaMigrations
{
    private const string Tokenizer = "tokenize='porter unicode61 remove_diacritics 2'";

    private static readonly string[] Steps =
    [
        // 1: articles with their layers, stories, families, quarantine, full-text indexes.
        $"""
        CREATE TABLE articles (
            seq                INTEGER PRIMARY KEY AUTOINCREMENT, -- arrival order
            id                 TEXT NOT NULL UNIQUE,
            content_hash       TEXT NOT NULL UNIQUE,
            source_path        TEXT NOT NULL,
            record             INTEGER,
            format             TEXT NOT NULL,
            title              TEXT,
            url                TEXT,
            outlet             TEXT,
            published          TEXT,                              -- yyyy-MM-dd
            published_evidence TEXT NOT NULL,
            text               TEXT NOT NULL,                     -- original text; all spans index into it
            text_utf16         BLOB,                              -- exact UTF-16LE code units when text holds lone surrogates (UTF-8 cannot)
            metadata_json      TEXT NOT NULL,
            body_json          TEXT NOT NULL,
            removed_json       TEXT NOT NULL,
            sentences_json     TEXT NOT NULL,
            tokens_json        TEXT NOT NULL,
            entities_json      TEXT NOT NULL,
            dates_json         TEXT NOT NULL,
            quantities_json    TEXT NOT NULL
        ) STRICT;
        CREATE INDEX articles_published ON articles(published);
        CREATE INDEX articles_outlet ON articles(outlet);
        CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, {Tokenizer});

        CREATE TABLE stories (
            seq           INTEGER PRIMARY KEY,                    -- order given to ReplaceStories
            id            TEXT NOT NULL UNIQUE,
            headline      TEXT NOT NULL,
            article_count INTEGER NOT NULL,
            payload_json  TEXT NOT NULL
        ) STRICT;
        CREATE TABLE story_articles (
            story_id   TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
            article_id TEXT NOT NULL REFERENCES articles(id),
            ordinal    INTEGER NOT NULL,
            PRIMARY KEY (story_id, article_id)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX story_articles_article ON story_articles(article_id);
        CREATE TABLE families (
            story_id         TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
            id               TEXT NOT NULL,
            origin           TEXT,
            article_ids_json TEXT NOT NULL,
            PRIMARY KEY (story_id, id)
        ) STRICT, WITHOUT ROWID;
        CREATE VIRTUAL TABLE stories_fts USING fts5(headline, body, {Tokenizer});

        CREATE TABLE quarantine (
            seq         INTEGER PRIMARY KEY AUTOINCREMENT,
            recorded_at TEXT NOT NULL,                            -- ISO 8601 UTC
            code        TEXT NOT NULL,
            severity    TEXT NOT NULL,
            message     TEXT NOT NULL,
            path        TEXT NOT NULL,
            record      INTEGER,
            byte_offset INTEGER
        ) STRICT;
        """,

        // 2: small key/value settings, e.g. the fingerprint of the stages that computed the stored stories.
        """
        CREATE TABLE settings (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) STRICT;
        """,

        // 3: the story clusterer's saved state, so that a later run continues the stream instead of re-clustering it.
        """
        CREATE TABLE clusterer_state (
            id            INTEGER PRIMARY KEY CHECK (id = 1),     -- one row at most
            fingerprint   TEXT NOT NULL,                          -- the stories fingerprint of the pipeline that saved it
            last_seq      INTEGER NOT NULL,                       -- the last article (arrival seq) the clusterer has seen
            article_count INTEGER NOT NULL,                       -- articles it has seen (those with seq <= last_seq)
            state         BLOB NOT NULL
        ) STRICT;
        """,
    ];

    /// <summary>The schema version this build writes.</summary>
    public static int Latest => Steps.Length;

    /// <summary>Reads the file's schema version and applies the missing migrations, each in its own transaction.</summary>
    /// <exception cref="StoreException">The file's schema is newer than <see cref="Latest"/>.</exception>
    public static void Apply(SqliteConnection connection, string path)
    {
        var version = ReadVersion(connection);
        if (version > Latest)
        {
            throw new StoreException(
                $"{path}: store schema version {version} is newer than this Crosscheck understands " +
                $"(version {Latest}); upgrade Crosscheck or open another store file.");
        }

        for (var step = version; step < Latest; step++)
        {
            using var transaction = connection.BeginTransaction();
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            // PRAGMA values cannot be bound as parameters; the value is our own integer.
            command.CommandText = Steps[step] + "\nPRAGMA user_version = " +
                (step + 1).ToString(CultureInfo.InvariantCulture) + ";";
            command.ExecuteNonQuery();
            transaction.Commit();
        }
    }

    public static int ReadVersion(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA user_version;";
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
