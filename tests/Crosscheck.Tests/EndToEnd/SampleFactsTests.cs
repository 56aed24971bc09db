using System.Text.Json;

namespace Crosscheck.Tests.EndToEnd;

/// <summary>
/// Acceptance of the cross-checking issue on the bundled sample story, read from the CLI's
/// stories.json. End-to-end tests are the only tests that may name the samples' strings.
/// </summary>
public sealed class SampleFactsTests(AnalyzedCorpus corpus) : IClassFixture<AnalyzedCorpus>
{
    private const string WireCopyA = "000_66acea157b196537.txt";
    private const string Warsaw = "001_6d06a955bf583ca6.txt";
    private const string WireCopyB = "002_fa0f7e65801b5e04.txt";
    private const string Ap = "003_1d113ee8b3345420.txt";
    private const string Coconuts = "004_df56e79264cc001f.txt";

    private string IdOf(string file) => corpus.ArticleFromFile(file).GetProperty("id").GetString()!;

    private List<JsonElement> Facts => corpus.StoryOf(IdOf(WireCopyA)).GetProperty("facts").EnumerateArray().ToList();

    private static string Status(JsonElement fact) => fact.GetProperty("status").GetString()!;

    private static string Subject(JsonElement fact) => fact.GetProperty("subject").GetString()!;

    private static List<JsonElement> Variants(JsonElement fact) => fact.GetProperty("variants").EnumerateArray().ToList();

    private static HashSet<string> SourcesOf(JsonElement variant) =>
        variant.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("articleId").GetString()!).ToHashSet();

    [Fact]
    public void General_assembly_vote_day_conflicts_with_the_wire_pair_counting_once()
    {
        var vote = Facts.Single(f => Status(f) == "conflicting" && Variants(f).Any(v => v.GetProperty("value").GetString() == "2021-06-18"));
        var friday = Variants(vote).Single(v => v.GetProperty("value").GetString() == "2021-06-18");
        var saturday = Variants(vote).Single(v => v.GetProperty("value").GetString() == "2021-06-19");
        Assert.Equal(new HashSet<string> { IdOf(WireCopyA), IdOf(WireCopyB) }, SourcesOf(friday));
        Assert.Contains(IdOf(Coconuts), SourcesOf(saturday));
        Assert.Equal(2, vote.GetProperty("independentSources").GetInt32());
        Assert.Contains("Friday (2021-06-18) vs Saturday (2021-06-19)", vote.GetProperty("explanation").GetString()!, StringComparison.Ordinal);
    }

    [Fact]
    public void Russia_abstention_is_reported_by_both_wire_copies_and_only_them()
    {
        var russia = Facts.Single(f => Subject(f) == "Russia's vote");
        Assert.Equal("single-source", Status(russia));
        var variant = Assert.Single(Variants(russia));
        Assert.Equal("abstained", variant.GetProperty("value").GetString());
        Assert.Equal(new HashSet<string> { IdOf(WireCopyA), IdOf(WireCopyB) }, SourcesOf(variant));
    }

    [Theory]
    [InlineData("Patrushev", "2021-06-21")]
    [InlineData("Mikheev", "2021-06-21")]
    [InlineData("Shoigu", "2021-06-22")]
    public void Each_meeting_is_present_with_its_day_and_sources(string name, string day)
    {
        var meeting = Facts.Single(f => f.GetProperty("kind").GetString() == "event"
            && Subject(f).Contains(" met ", StringComparison.Ordinal) && Subject(f).Contains(name, StringComparison.Ordinal));
        var dated = Variants(meeting).Single(v => v.GetProperty("value").GetString() == day);
        Assert.NotEmpty(SourcesOf(dated));
        Assert.NotEqual("conflicting", Status(meeting));
    }

    [Fact]
    public void Rosoboronexport_meeting_is_corroborated_by_two_families()
    {
        var meeting = Facts.Single(f => Subject(f).Contains(" met ", StringComparison.Ordinal) && Subject(f).Contains("Mikheev", StringComparison.Ordinal));
        Assert.Equal("corroborated", Status(meeting));
        Assert.Equal(new HashSet<string> { IdOf(WireCopyB), IdOf(Coconuts) }, SourcesOf(Variants(meeting).Single()));
    }

    [Fact]
    public void Patrushev_meeting_is_dated_by_a_source_that_names_him()
    {
        var meeting = Facts.Single(f => Subject(f).Contains(" met ", StringComparison.Ordinal) && Subject(f).Contains("Patrushev", StringComparison.Ordinal));
        Assert.Contains(IdOf(Warsaw), SourcesOf(Variants(meeting).Single(v => v.GetProperty("value").GetString() == "2021-06-21")));
    }

    [Fact]
    public void Ages_and_adjectival_durations_are_not_counted_facts()
    {
        var counted = Facts.Where(f => f.GetProperty("kind").GetString() != "attribute").ToList();
        Assert.DoesNotContain(counted, f => Variants(f).Any(v => v.GetProperty("text").GetString()!.Contains("year-old", StringComparison.Ordinal)));
        Assert.DoesNotContain(Facts, f => Variants(f).Any(v => v.GetProperty("text").GetString()!.Contains("three-year", StringComparison.Ordinal)));
        Assert.DoesNotContain(Facts, f => Subject(f).Contains("year", StringComparison.Ordinal));
    }

    [Fact]
    public void The_ousted_leaders_age_is_an_attribute_of_her()
    {
        var age = Facts.Single(f => f.GetProperty("kind").GetString() == "attribute" && Subject(f) == "age of Aung San Suu Kyi");
        Assert.Equal("75", Assert.Single(Variants(age)).GetProperty("value").GetString());
        Assert.Equal("single-source", Status(age));
    }

    [Fact]
    public void A_quote_said_by_it_is_not_attributed_to_the_junta_leader()
    {
        Assert.DoesNotContain(Facts, f => f.GetProperty("kind").GetString() == "quote"
            && Variants(f).Any(v => v.GetProperty("value").GetString()!.Contains("invitation of russian defense minister", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_mi_aung_hlaing_spelling_is_a_naming_discrepancy()
    {
        Assert.Contains(Facts, f => f.GetProperty("kind").GetString() == "naming"
            && Variants(f).Any(v => v.GetProperty("value").GetString() == "Mi Aung Hlaing")
            && SourcesOf(Variants(f).Single(v => v.GetProperty("value").GetString() == "Mi Aung Hlaing")).SetEquals([IdOf(Warsaw)]));
    }

    [Fact]
    public void Death_toll_is_compatible_and_the_tally_corroborated()
    {
        var toll = Facts.Single(f => Variants(f).Any(v => v.GetProperty("value").GetString() == "at least 870"));
        Assert.Equal("compatible", Status(toll));
        foreach (var count in (string[])["119", "1", "36"])
        {
            Assert.Contains(Facts, f => Status(f) == "corroborated" && Subject(f).StartsWith("vote", StringComparison.Ordinal)
                && Variants(f).Single().GetProperty("value").GetString() == count);
        }
    }

    [Fact]
    public void Facts_command_prints_the_stored_conflict_with_its_sources()
    {
        var storyId = corpus.StoryOf(IdOf(WireCopyA)).GetProperty("id").GetString()!;
        var run = CliRunner.Run("facts", storyId, "--status", "conflicting", "--db", corpus.Db);

        Assert.True(run.ExitCode == 0, run.StdErr);
        Assert.Contains("[conflicting]", run.StdOut, StringComparison.Ordinal);
        Assert.Contains("Friday (2021-06-18) vs Saturday (2021-06-19)", run.StdOut, StringComparison.Ordinal);
        Assert.Contains(IdOf(Coconuts), run.StdOut, StringComparison.Ordinal);
        Assert.DoesNotContain("[corroborated]", run.StdOut, StringComparison.Ordinal);
        Assert.Equal(1, CliRunner.Run("facts", "s-nosuchstory", "--db", corpus.Db).ExitCode);
    }
}
