using System.Text.Json;
using Crosscheck.Model;
using Crosscheck.Reports;
using Crosscheck.Tests.Storage;

namespace Crosscheck.Tests.Reports;

public sealed class JsonReportWriterTests
{
    private static JsonDocument Render(IReadOnlyList<Article> articles, IReadOnlyList<StoryFindings> stories)
    {
        using var stream = new MemoryStream();
        JsonReportWriter.Write(articles, stories, stream);
        return JsonDocument.Parse(stream.ToArray());
    }

    private static SchemaValidator Schema()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(RepoPaths.PathOf("docs/stories.schema.json")));
        return new SchemaValidator(schema.RootElement.Clone());
    }

    [Fact]
    public void Rendered_report_validates_against_the_schema()
    {
        using var report = Render(TestCorpus.Articles, [TestCorpus.Story()]);

        Assert.Empty(Schema().Validate(report.RootElement));
    }

    [Fact]
    public void Empty_report_validates_against_the_schema()
    {
        using var report = Render([], []);

        Assert.Empty(Schema().Validate(report.RootElement));
        Assert.Equal(0, report.RootElement.GetProperty("stories").GetArrayLength());
    }

    [Theory]
    [InlineData("{\"articles\": [], \"stories\": [], \"extra\": 1}", "unexpected property")]
    [InlineData("{\"articles\": []}", "missing required \"stories\"")]
    [InlineData("{\"articles\": [{\"id\": 1}], \"stories\": []}", "expected string")]
    public void Validator_rejects_documents_that_break_the_contract(string json, string expected)
    {
        using var document = JsonDocument.Parse(json);
        Assert.Contains(Schema().Validate(document.RootElement), e => e.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Validator_rejects_a_wrong_status_and_a_bad_date()
    {
        using var report = Render(TestCorpus.Articles, [TestCorpus.Story()]);
        var text = report.RootElement.GetRawText()
            .Replace("\"single-source\"", "\"SingleSource\"", StringComparison.Ordinal)
            .Replace("\"2026-03-11\"", "\"11/03/2026\"", StringComparison.Ordinal);
        using var broken = JsonDocument.Parse(text);

        var errors = Schema().Validate(broken.RootElement);

        Assert.Contains(errors, e => e.Contains("SingleSource", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("11/03/2026", StringComparison.Ordinal));
    }

    [Fact]
    public void Articles_carry_metadata_family_and_cleaned_body()
    {
        var story = TestCorpus.Story();
        using var report = Render(TestCorpus.Articles, [story]);
        var articles = report.RootElement.GetProperty("articles");

        var ledger = articles[0];
        Assert.Equal(TestCorpus.Ledger.Id.Value, ledger.GetProperty("id").GetString());
        Assert.Equal("feeds/ledger.txt", ledger.GetProperty("path").GetString());
        Assert.Equal("Northern Ledger", ledger.GetProperty("outlet").GetString());
        Assert.Equal("2026-03-11", ledger.GetProperty("published").GetString());
        Assert.False(ledger.GetProperty("publishedInferred").GetBoolean());
        Assert.Equal(["Ann Quill"], ledger.GetProperty("authors").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(story.Families[0].Id.Value, ledger.GetProperty("family").GetString());
        Assert.Equal(TestCorpus.Ledger.Article.BodyText, ledger.GetProperty("body").GetString());
        Assert.DoesNotContain("newsletter", ledger.GetProperty("body").GetString(), StringComparison.Ordinal);

        var herald = articles[2];
        Assert.Equal(JsonValueKind.Null, herald.GetProperty("published").ValueKind);
        Assert.Equal(JsonValueKind.Null, herald.GetProperty("url").ValueKind);
        Assert.Equal(["AP"], herald.GetProperty("agencies").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(story.Families[1].Id.Value, herald.GetProperty("family").GetString());
    }

    [Fact]
    public void Unclustered_articles_have_a_null_family()
    {
        using var report = Render(TestCorpus.Articles, []);
        Assert.All(report.RootElement.GetProperty("articles").EnumerateArray(),
            a => Assert.Equal(JsonValueKind.Null, a.GetProperty("family").ValueKind));
    }

    [Fact]
    public void Story_offsets_point_at_the_quoted_text_in_the_original()
    {
        using var report = Render(TestCorpus.Articles, [TestCorpus.Story()]);
        var story = report.RootElement.GetProperty("stories")[0];
        var texts = TestCorpus.All.ToDictionary(a => a.Id.Value, a => a.Text);

        var checkedSources = 0;
        foreach (var fact in story.GetProperty("facts").EnumerateArray())
        {
            foreach (var variant in fact.GetProperty("variants").EnumerateArray())
            {
                foreach (var source in variant.GetProperty("sources").EnumerateArray())
                {
                    var text = texts[source.GetProperty("articleId").GetString()!];
                    var start = source.GetProperty("start").GetInt32();
                    var end = source.GetProperty("end").GetInt32();
                    Assert.Equal(variant.GetProperty("text").GetString(), text[start..end]);
                    checkedSources++;
                }
            }
        }

        Assert.Equal(9, checkedSources);
        Assert.Equal("conflicting", story.GetProperty("facts")[0].GetProperty("status").GetString());
        Assert.Equal("single-source", story.GetProperty("facts")[2].GetProperty("status").GetString());
        Assert.Equal("quote", story.GetProperty("facts")[2].GetProperty("kind").GetString());
        Assert.Equal("person", story.GetProperty("entities")[0].GetProperty("type").GetString());
        Assert.Equal("2026-03-10", story.GetProperty("timeline")[0].GetProperty("date").GetString());
        Assert.Equal("day", story.GetProperty("timeline")[0].GetProperty("precision").GetString());
        Assert.Equal("AP", story.GetProperty("families")[1].GetProperty("origin").GetString());
        Assert.Equal(2, story.GetProperty("facts")[0].GetProperty("independentSources").GetInt32());
    }

    [Fact]
    public void Non_latin_text_and_quotes_are_written_readably()
    {
        var article = TestCorpus.Build("Überschwemmung \"<b>\" isn't", "Вода поднялась на 2 метра. 14 homes", "Zeitung", null, null,
            MetadataEvidence.None, "x.txt", null, SourceFormat.Text, [], []);
        using var stream = new MemoryStream();
        JsonReportWriter.Write([article.Article], [], stream);
        var raw = System.Text.Encoding.UTF8.GetString(stream.ToArray());

        Assert.Contains("Вода поднялась", raw, StringComparison.Ordinal);
        Assert.Contains("Überschwemmung \\\"<b>\\\" isn't", raw, StringComparison.Ordinal);
        using var parsed = JsonDocument.Parse(raw);
        Assert.Equal("Überschwemmung \"<b>\" isn't", parsed.RootElement.GetProperty("articles")[0].GetProperty("title").GetString());
    }

    [Fact]
    public void Output_reaches_the_stream_while_articles_are_still_coming()
    {
        using var stream = new MemoryStream();
        var article = TestCorpus.Articles[0];
        var reachedMidway = 0L;

        // Enough articles for several buffers; the stream's length is read half-way through.
        IEnumerable<(Article, FamilyId?)> Articles()
        {
            for (var i = 0; i < 2000; i++)
            {
                if (i == 1000)
                {
                    reachedMidway = stream.Length;
                }

                yield return (article, null);
            }
        }

        JsonReportWriter.Write(Articles(), [], stream);

        Assert.True(reachedMidway > 0, "nothing was written before the last article");
        Assert.True(stream.Length - reachedMidway > 0);
        using var parsed = JsonDocument.Parse(stream.ToArray());
        Assert.Equal(2000, parsed.RootElement.GetProperty("articles").GetArrayLength());
    }
}
