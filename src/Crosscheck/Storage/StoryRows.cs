using System.Text.Json;
using Crosscheck.Model;
using Microsoft.Data.Sqlite;

namespace Crosscheck.Storage;

/// <summary>Prepared inserts of stories for one transaction of <see cref="SqliteStore"/>.</summary>
internal sealed class StoryRows : IDisposable
{
    private readonly SqliteCommand _story;
    private readonly SqliteCommand _link;
    private readonly SqliteCommand _family;
    private readonly SqliteCommand _index;

    public StoryRows(SqliteConnection connection, SqliteTransaction transaction)
    {
        _story = Prepare(connection, transaction,
            "INSERT INTO stories (seq, id, headline, article_count, payload_json) VALUES ($seq, $id, $headline, $count, $payload);",
            "$seq", "$id", "$headline", "$count", "$payload");
        _link = Prepare(connection, transaction,
            "INSERT INTO story_articles (story_id, article_id, ordinal) VALUES ($story, $article, $ordinal) " +
            "ON CONFLICT DO NOTHING;",
            "$story", "$article", "$ordinal");
        _family = Prepare(connection, transaction,
            "INSERT INTO families (story_id, id, origin, article_ids_json) VALUES ($story, $id, $origin, $articles);",
            "$story", "$id", "$origin", "$articles");
        _index = Prepare(connection, transaction,
            "INSERT INTO stories_fts (rowid, headline, body) VALUES ($seq, $headline, $body);",
            "$seq", "$headline", "$body");
    }

    public void Insert(long seq, StoryFindings story)
    {
        var id = story.Story.Id.Value;
        var json = StorageJsonContext.Default;
        Run(_story, seq, id, story.Headline, story.Story.ArticleIds.Count, JsonSerializer.Serialize(story, json.StoryFindings));
        for (var i = 0; i < story.Story.ArticleIds.Count; i++)
        {
            Run(_link, id, story.Story.ArticleIds[i].Value, i);
        }

        foreach (var family in story.Families)
        {
            Run(_family, id, family.Id.Value, family.Origin, JsonSerializer.Serialize(family.ArticleIds, json.IReadOnlyListArticleId));
        }

        Run(_index, seq, story.Headline, SqliteStore.StorySearchText(story));
    }

    public void Dispose()
    {
        _story.Dispose();
        _link.Dispose();
        _family.Dispose();
        _index.Dispose();
    }

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] names)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in names)
        {
            command.Parameters.Add(new SqliteParameter(name, null));
        }

        command.Prepare();
        return command;
    }

    private static void Run(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        command.ExecuteNonQuery();
    }
}
