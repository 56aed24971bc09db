using System.Text.Json;

namespace Crosscheck.Tests.EndToEnd;

/// <summary>
/// Acceptance of the end-to-end issue on the bundled June 2021 sample corpus, through the
/// CLI's JSON. These are the only tests that may name the samples' strings.
/// </summary>
public sealed class SampleStoryTests(AnalyzedCorpus corpus) : IClassFixture<AnalyzedCorpus>
{
    private static readonly string[] SampleFiles =
    [
        "000_66acea157b196537.txt", "001_6d06a955bf583ca6.txt", "002_fa0f7e65801b5e04.txt",
        "003_1d113ee8b3345420.txt", "004_df56e79264cc001f.txt",
    ];

    private string[] SampleIds => SampleFiles.Select(f => corpus.ArticleFromFile(f).GetProperty("id").GetString()!).ToArray();

    private JsonElement SampleStory => corpus.StoryOf(SampleIds[0]);

    [Fact]
    public void Run_succeeds()
    {
        Assert.True(corpus.Run.ExitCode == 0, corpus.Run.StdErr + corpus.Run.StdOut);
    }

    [Fact]
    public void Stories_json_follows_the_documented_schema()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(RepoPaths.PathOf("docs/stories.schema.json")));
        var errors = new Crosscheck.Tests.Reports.SchemaValidator(schema.RootElement.Clone()).Validate(corpus.Json.RootElement);
        Assert.True(errors.Count == 0, string.Join('\n', errors));
    }

    [Fact]
    public void Stories_json_names_the_stages_and_model_that_produced_it()
    {
        var stages = corpus.Json.RootElement.GetProperty("stages").EnumerateArray().Select(s => s.GetString()!).ToList();
        Assert.Contains(stages, s => s.StartsWith("text.ner.", StringComparison.Ordinal));
        Assert.Contains(stages, s => s.StartsWith("facts.crosscheck/", StringComparison.Ordinal));
        Assert.All(stages, s => Assert.Contains('/', s));
    }

    [Fact]
    public void Samples_form_exactly_one_story_and_nothing_else_joins_it()
    {
        var members = SampleStory.GetProperty("articleIds").EnumerateArray().Select(e => e.GetString()!).ToHashSet();
        Assert.Equal(SampleIds.ToHashSet(), members);
    }

    [Fact]
    public void The_two_afp_copies_are_one_family_and_the_others_their_own()
    {
        var families = SampleStory.GetProperty("families").EnumerateArray()
            .Select(f => f.GetProperty("articleIds").EnumerateArray().Select(e => e.GetString()!).ToHashSet())
            .ToList();
        var ids = SampleIds;
        Assert.Equal(4, families.Count);
        Assert.Contains(families, f => f.SetEquals([ids[0], ids[2]]));
        Assert.Contains(families, f => f.SetEquals([ids[1]]));
        Assert.Contains(families, f => f.SetEquals([ids[3]]));
        Assert.Contains(families, f => f.SetEquals([ids[4]]));
    }

    [Theory]
    [InlineData("Support Us")]
    [InlineData("Donations from private persons")]
    [InlineData("TAGS:")]
    [InlineData("Related posts")]
    [InlineData("Enable Read mode")]
    [InlineData("Font Size")]
    [InlineData("follow our Google News channel")]
    [InlineData("Read more:")]
    [InlineData("Pope backs appeal")]
    [InlineData("Top Content Trending")]
    [InlineData("Full Screen")]
    [InlineData("1 / 6")]
    [InlineData("Related article:")]
    [InlineData("EPA / TASS")]
    [InlineData("Subscribe to The Coconuts Podcast")]
    [InlineData("Leave a Reply")]
    [InlineData("Our latest and greatest original videos")]
    [InlineData("Subscribe on")]
    [InlineData("may be disseminated on the condition")]
    [InlineData("Original url:")]
    public void No_site_chrome_survives_in_cleaned_bodies(string chrome)
    {
        foreach (var file in SampleFiles)
        {
            var body = corpus.ArticleFromFile(file).GetProperty("body").GetString()!;
            Assert.DoesNotContain(chrome, body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Bodies_keep_the_reporting()
    {
        Assert.Contains("killed at least 870 civilians", corpus.ArticleFromFile(SampleFiles[0]).GetProperty("body").GetString()!, StringComparison.Ordinal);
        Assert.Contains("Security forces have killed more than 860 people", corpus.ArticleFromFile(SampleFiles[1]).GetProperty("body").GetString()!, StringComparison.Ordinal);
        Assert.Contains("Shoigu said Russia would work", corpus.ArticleFromFile(SampleFiles[3]).GetProperty("body").GetString()!, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_article_has_a_publication_date_read_or_inferred_and_marked()
    {
        foreach (var file in SampleFiles)
        {
            var article = corpus.ArticleFromFile(file);
            Assert.Equal(JsonValueKind.String, article.GetProperty("published").ValueKind);
            Assert.True(article.TryGetProperty("publishedInferred", out var inferred));
            Assert.True(inferred.ValueKind is JsonValueKind.True or JsonValueKind.False);
        }

        Assert.Equal("2021-06-21", corpus.ArticleFromFile(SampleFiles[0]).GetProperty("published").GetString());
        Assert.False(corpus.ArticleFromFile(SampleFiles[0]).GetProperty("publishedInferred").GetBoolean());
        Assert.Equal("2021-06-24", corpus.ArticleFromFile(SampleFiles[1]).GetProperty("published").GetString());
        Assert.True(corpus.ArticleFromFile(SampleFiles[2]).GetProperty("publishedInferred").GetBoolean());
    }

    [Fact]
    public void Outlets_come_from_the_url()
    {
        // Not in the built-in table: a readable name made from the URL's host, its run-together words split.
        Assert.Equal("The Moscow Times", corpus.ArticleFromFile(SampleFiles[0]).GetProperty("outlet").GetString());
    }

    [Fact]
    public void A_user_outlet_file_names_hosts_the_built_in_table_lacks()
    {
        var work = Directory.CreateTempSubdirectory("crosscheck-e2e-outlets-").FullName;
        try
        {
            var outlets = Path.Combine(work, "outlets.json");
            File.WriteAllText(outlets, "{ \"themoscowtimes.com\": \"The Moscow Times\" }");
            var run = CliRunner.Run("analyze", Path.Combine(RepoPaths.Samples, SampleFiles[0]), "--outlets", outlets,
                "--db", Path.Combine(work, "o.db"), "--out", Path.Combine(work, "out"));
            Assert.True(run.ExitCode == 0, run.StdErr);
            using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(work, "out", "stories.json")));
            Assert.Equal("The Moscow Times", json.RootElement.GetProperty("articles")[0].GetProperty("outlet").GetString());
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    [Fact]
    public void Timeline_holds_the_arrival_on_2021_06_20()
    {
        var timeline = SampleStory.GetProperty("timeline").EnumerateArray().ToList();
        Assert.Contains(timeline, e => e.GetProperty("date").GetString() == "2021-06-20"
            && e.GetProperty("text").GetString()!.Contains("arriv", StringComparison.OrdinalIgnoreCase) || e.GetProperty("date").GetString() == "2021-06-20"
            && e.GetProperty("text").GetString()!.Contains("flew", StringComparison.OrdinalIgnoreCase));
        var dates = timeline.Select(e => e.GetProperty("date").GetString()!).ToList();
        Assert.Equal(dates.Order(StringComparer.Ordinal).ToList(), dates);
    }

    [Fact]
    public void Death_toll_has_a_variant_from_each_reporting_source()
    {
        var facts = SampleStory.GetProperty("facts").EnumerateArray().ToList();
        var toll = facts.Single(f => f.GetProperty("variants").EnumerateArray()
            .Any(v => v.GetProperty("value").GetString()!.Contains("870", StringComparison.Ordinal)));
        var values = toll.GetProperty("variants").EnumerateArray().Select(v => v.GetProperty("value").GetString()!).ToList();
        Assert.Contains(values, v => v.Contains("870", StringComparison.Ordinal));
        Assert.Contains(values, v => v.Contains("860", StringComparison.Ordinal));
        Assert.NotEqual("conflicting", toll.GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("119")]
    [InlineData("36")]
    public void Vote_tally_is_corroborated(string number)
    {
        var facts = SampleStory.GetProperty("facts").EnumerateArray().ToList();
        Assert.Contains(facts, f => f.GetProperty("status").GetString() == "corroborated"
            && f.GetProperty("variants").GetArrayLength() == 1
            && f.GetProperty("variants")[0].GetProperty("value").GetString()!.Contains(number, StringComparison.Ordinal)
            && f.GetProperty("independentSources").GetInt32() >= 2);
    }

    [Fact]
    public void Vote_against_is_one()
    {
        var facts = SampleStory.GetProperty("facts").EnumerateArray().ToList();
        Assert.Contains(facts, f => f.GetProperty("subject").GetString()!.Contains("against", StringComparison.OrdinalIgnoreCase)
            && f.GetProperty("variants").EnumerateArray().All(v => v.GetProperty("value").GetString()!.Contains('1', StringComparison.Ordinal)));
    }

    [Fact]
    public void Reports_are_written_per_story()
    {
        var id = SampleStory.GetProperty("id").GetString()!;
        var html = File.ReadAllText(Path.Combine(corpus.Out, "stories", id + ".html"));
        var markdown = File.ReadAllText(Path.Combine(corpus.Out, "stories", id + ".md"));
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" src=", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("# ", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Summary_has_three_to_six_cited_sentences()
    {
        var summary = SampleStory.GetProperty("summary").EnumerateArray().ToList();
        Assert.InRange(summary.Count, 3, 6);
        Assert.All(summary, s => Assert.True(s.GetProperty("articleIds").GetArrayLength() >= 1));
    }
}
