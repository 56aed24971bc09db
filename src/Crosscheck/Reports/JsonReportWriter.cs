using System.Text.Encodings.Web;
using System.Text.Json;
using Crosscheck.Model;

namespace Crosscheck.Reports;

/// <summary>
/// Writes <c>stories.json</c>: <c>{ "articles": [...], "stories": [...] }</c>, camelCase and
/// indented, streamed with <see cref="Utf8JsonWriter"/>. The contract is
/// <c>docs/stories.schema.json</c>; offsets are half-open UTF-16 indices into each article's
/// original text.
/// </summary>
public static class JsonReportWriter
{
    public const string StageId = "reports.json/1";

    /// <summary>Pending output handed to the stream at a time.</summary>
    private const int FlushBytes = 64 * 1024;

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // A standalone .json file: escape only what JSON requires, so quotes, apostrophes and
        // non-Latin text stay readable. Do not inline this output into HTML unescaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes the report to <paramref name="output"/> (left open).</summary>
    /// <param name="stages">Versioned ids of the stages and model that produced the results, written as <c>stages</c> when given.</param>
    public static void Write(IReadOnlyList<Article> articles, IReadOnlyList<StoryFindings> stories, Stream output, IReadOnlyList<string>? stages = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(stories);
        ArgumentNullException.ThrowIfNull(output);

        var familyOf = new Dictionary<ArticleId, FamilyId>();
        foreach (var story in stories)
        {
            foreach (var family in story.Families)
            {
                foreach (var id in family.ArticleIds)
                {
                    familyOf.TryAdd(id, family.Id);
                }
            }
        }

        Write(articles.Select(a => (a, familyOf.TryGetValue(a.Id, out var family) ? family : (FamilyId?)null)), stories, output, stages);
    }

    /// <summary>
    /// Writes the report to <paramref name="output"/> (left open) as the sequences are enumerated,
    /// once each: memory for one article or story at a time, whatever their number.
    /// </summary>
    /// <param name="articles">Every article the stories cite, each with its wire-copy family id (null when none).</param>
    /// <param name="stages">Versioned ids of the stages and model that produced the results, written as <c>stages</c> when given.</param>
    public static void Write(
        IEnumerable<(Article Article, FamilyId? Family)> articles, IEnumerable<StoryFindings> stories, Stream output, IReadOnlyList<string>? stages = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(stories);
        ArgumentNullException.ThrowIfNull(output);
        using var json = new Utf8JsonWriter(output, Options);
        json.WriteStartObject();
        json.WriteStartArray("articles");
        foreach (var (article, family) in articles)
        {
            WriteArticle(json, article, family);
            FlushFull(json);
        }

        json.WriteEndArray();
        json.WriteStartArray("stories");
        foreach (var story in stories)
        {
            WriteStory(json, story);
            FlushFull(json);
        }

        json.WriteEndArray();
        if (stages is not null)
        {
            WriteStrings(json, "stages", stages);
        }

        json.WriteEndObject();
        json.Flush();
    }

    /// <summary>Hands the pending bytes to the stream once they fill a buffer: the writer never flushes by itself, so it would hold the whole file.</summary>
    private static void FlushFull(Utf8JsonWriter json)
    {
        if (json.BytesPending >= FlushBytes)
        {
            json.Flush();
        }
    }

    private static void WriteArticle(Utf8JsonWriter json, Article article, FamilyId? family)
    {
        var meta = article.Metadata;
        json.WriteStartObject();
        json.WriteString("id", article.Id.Value);
        json.WriteString("path", article.SourcePath);
        json.WriteString("url", meta.Url);
        json.WriteString("outlet", meta.Outlet);
        json.WriteString("title", meta.Title);
        json.WriteString("published", meta.Published is { } date ? ReportLabels.Date(date) : null);
        json.WriteBoolean("publishedInferred", meta.PublishedInferred);
        WriteStrings(json, "authors", meta.Authors);
        WriteStrings(json, "agencies", meta.Agencies);
        json.WriteString("family", family?.Value);
        json.WriteString("body", article.BodyText);
        json.WriteEndObject();
    }

    private static void WriteStory(Utf8JsonWriter json, StoryFindings story)
    {
        json.WriteStartObject();
        json.WriteString("id", story.Story.Id.Value);
        json.WriteString("headline", story.Headline);
        WriteIds(json, "articleIds", story.Story.ArticleIds);

        json.WriteStartArray("families");
        foreach (var family in story.Families)
        {
            json.WriteStartObject();
            json.WriteString("id", family.Id.Value);
            WriteIds(json, "articleIds", family.ArticleIds);
            json.WriteString("origin", family.Origin);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("entities");
        foreach (var entity in story.Entities)
        {
            json.WriteStartObject();
            json.WriteString("id", entity.Id);
            json.WriteString("name", entity.Name);
            json.WriteString("type", ReportLabels.Entity(entity.Kind));
            WriteStrings(json, "aliases", entity.Aliases);
            WriteIds(json, "articleIds", entity.ArticleIds);
            WriteStrings(json, "titles", entity.Titles);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("timeline");
        foreach (var entry in story.Timeline)
        {
            json.WriteStartObject();
            json.WriteString("date", entry.Date.ToString());
            json.WriteString("precision", ReportLabels.Precision(entry.Date.Precision));
            json.WriteString("text", entry.Text);
            WriteSources(json, entry.Sources);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("facts");
        foreach (var fact in story.Facts)
        {
            WriteFact(json, fact);
        }

        json.WriteEndArray();

        json.WriteStartArray("summary");
        foreach (var sentence in story.Summary)
        {
            json.WriteStartObject();
            json.WriteString("text", sentence.Text);
            WriteIds(json, "articleIds", sentence.ArticleIds);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("sourceComparison");
        foreach (var comparison in SourceComparison.Compute(story))
        {
            json.WriteStartObject();
            json.WriteString("articleId", comparison.ArticleId.Value);
            WriteFactIds(json, "onlyHere", comparison.OnlyHere);
            WriteFactIds(json, "omits", comparison.Omits);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteFact(Utf8JsonWriter json, Fact fact)
    {
        json.WriteStartObject();
        json.WriteString("id", fact.Id);
        json.WriteString("kind", ReportLabels.Kind(fact.Kind));
        json.WriteString("subject", fact.Subject);
        json.WriteString("status", ReportLabels.Status(fact.Status));
        json.WriteString("explanation", fact.Explanation);
        json.WriteStartArray("variants");
        foreach (var variant in fact.Variants)
        {
            json.WriteStartObject();
            json.WriteString("value", variant.Value);
            json.WriteString("text", variant.Text);
            WriteSources(json, variant.Sources);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteNumber("independentSources", fact.IndependentSources);
        json.WriteEndObject();
    }

    private static void WriteSources(Utf8JsonWriter json, IReadOnlyList<SourceRef> sources)
    {
        json.WriteStartArray("sources");
        foreach (var source in sources)
        {
            json.WriteStartObject();
            json.WriteString("articleId", source.ArticleId.Value);
            json.WriteNumber("start", source.Span.Start);
            json.WriteNumber("end", source.Span.End);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteIds(Utf8JsonWriter json, string name, IReadOnlyList<ArticleId> ids) => WriteStrings(json, name, ids, id => id.Value);

    private static void WriteFactIds(Utf8JsonWriter json, string name, IReadOnlyList<Fact> facts) => WriteStrings(json, name, facts, fact => fact.Id);

    private static void WriteStrings(Utf8JsonWriter json, string name, IReadOnlyList<string> values) => WriteStrings(json, name, values, value => value);

    /// <summary>Writes <paramref name="name"/> as an array of one string per item.</summary>
    private static void WriteStrings<T>(Utf8JsonWriter json, string name, IReadOnlyList<T> items, Func<T, string> text)
    {
        json.WriteStartArray(name);
        foreach (var item in items)
        {
            json.WriteStringValue(text(item));
        }

        json.WriteEndArray();
    }
}
