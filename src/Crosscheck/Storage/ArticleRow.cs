using System.Globalization;
using System.Text.Json;
using Crosscheck.Model;
using Microsoft.Data.Sqlite;

namespace Crosscheck.Storage;

/// <summary>Maps an <see cref="AnnotatedArticle"/> to the <c>articles</c> row and back.</summary>
internal static class ArticleRow
{
    /// <summary>The leading <see cref="Columns"/>: the article without its annotation layers.</summary>
    public const string ArticleColumns =
        "id, content_hash, source_path, record, format, title, url, outlet, published, published_evidence, text, " +
        "text_utf16, metadata_json, body_json, removed_json";

    public const string Columns = ArticleColumns + ", sentences_json, tokens_json, entities_json, dates_json, quantities_json";

    private static readonly string[] ColumnNames = Columns.Split(", ");

    /// <summary>Insert statement that skips an already stored content hash and returns the new arrival sequence.</summary>
    public static string InsertSql { get; } =
        $"INSERT INTO articles ({Columns}) VALUES ({string.Join(", ", ColumnNames.Select(c => "$" + c))}) " +
        "ON CONFLICT(content_hash) DO NOTHING RETURNING seq;";

    public static void AddParameters(SqliteCommand command)
    {
        foreach (var name in ColumnNames)
        {
            command.Parameters.Add(new SqliteParameter("$" + name, null));
        }
    }

    public static void Bind(SqliteCommand command, AnnotatedArticle annotated)
    {
        var article = annotated.Article;
        var meta = article.Metadata;
        var json = StorageJsonContext.Default;
        var p = command.Parameters;
        p["$id"].Value = article.Id.Value;
        p["$content_hash"].Value = article.ContentHash;
        p["$source_path"].Value = article.SourcePath;
        p["$record"].Value = (object?)article.Record ?? DBNull.Value;
        p["$format"].Value = article.Format.ToString();
        p["$title"].Value = (object?)meta.Title ?? DBNull.Value;
        p["$url"].Value = (object?)meta.Url ?? DBNull.Value;
        p["$outlet"].Value = (object?)meta.Outlet ?? DBNull.Value;
        p["$published"].Value = meta.Published is { } d
            ? d.ToString(DateOnlyJsonConverter.Format, CultureInfo.InvariantCulture)
            : DBNull.Value;
        p["$published_evidence"].Value = meta.PublishedEvidence.ToString();
        p["$text"].Value = article.Text;
        p["$text_utf16"].Value = ExactText.IsWellFormed(article.Text) ? DBNull.Value : ExactText.ToBytes(article.Text);
        p["$metadata_json"].Value = JsonSerializer.Serialize(meta, json.ArticleMetadata);
        p["$body_json"].Value = JsonSerializer.Serialize(article.Body, json.IReadOnlyListTextSpan);
        p["$removed_json"].Value = JsonSerializer.Serialize(article.Removed, json.IReadOnlyListRemovedBlock);
        p["$sentences_json"].Value = JsonSerializer.Serialize(annotated.Sentences, json.IReadOnlyListSentence);
        p["$tokens_json"].Value = JsonSerializer.Serialize(annotated.Tokens, json.IReadOnlyListToken);
        p["$entities_json"].Value = JsonSerializer.Serialize(annotated.Entities, json.IReadOnlyListEntityMention);
        p["$dates_json"].Value = JsonSerializer.Serialize(annotated.Dates, json.IReadOnlyListDateMention);
        p["$quantities_json"].Value = JsonSerializer.Serialize(annotated.Quantities, json.IReadOnlyListQuantityMention);
    }

    /// <summary>Reads a row selected with <see cref="Columns"/> in that order.</summary>
    public static AnnotatedArticle Read(SqliteDataReader row)
    {
        var json = StorageJsonContext.Default;
        return new AnnotatedArticle(ReadArticle(row))
        {
            Sentences = Deserialize(row, 15, json.IReadOnlyListSentence),
            Tokens = Deserialize(row, 16, json.IReadOnlyListToken),
            Entities = Deserialize(row, 17, json.IReadOnlyListEntityMention),
            Dates = Deserialize(row, 18, json.IReadOnlyListDateMention),
            Quantities = Deserialize(row, 19, json.IReadOnlyListQuantityMention),
        };
    }

    /// <summary>Reads the article of a row selected with <see cref="ArticleColumns"/> (or <see cref="Columns"/>) in that order.</summary>
    public static Article ReadArticle(SqliteDataReader row)
    {
        var json = StorageJsonContext.Default;
        return new Article
        {
            Id = new ArticleId(row.GetString(0)),
            ContentHash = row.GetString(1),
            SourcePath = row.GetString(2),
            Record = row.IsDBNull(3) ? null : row.GetInt64(3),
            Format = Enum.Parse<SourceFormat>(row.GetString(4)),
            Text = row.IsDBNull(11) ? row.GetString(10) : ExactText.FromBytes((byte[])row.GetValue(11)),
            Metadata = Deserialize(row, 12, json.ArticleMetadata),
            Body = Deserialize(row, 13, json.IReadOnlyListTextSpan),
            Removed = Deserialize(row, 14, json.IReadOnlyListRemovedBlock),
        };
    }

    private static T Deserialize<T>(SqliteDataReader row, int ordinal, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type) =>
        JsonSerializer.Deserialize(row.GetString(ordinal), type)
        ?? throw new JsonException($"Column {row.GetName(ordinal)} holds JSON null.");
}
