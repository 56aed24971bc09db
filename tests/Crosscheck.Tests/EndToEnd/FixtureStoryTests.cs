using System.Text.Json;

namespace Crosscheck.Tests.EndToEnd;

/// <summary>
/// The synthetic fixture articles (tests/fixtures/articles, truth in manifest.json) must not join
/// the samples' story, must group by event, and their wire copies must form families.
/// </summary>
public sealed class FixtureStoryTests(AnalyzedCorpus corpus) : IClassFixture<AnalyzedCorpus>
{
    private static readonly Dictionary<string, (string Story, string Family)> Truth = LoadTruth();

    private static Dictionary<string, (string Story, string Family)> LoadTruth()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "fixtures", "articles.manifest.json")));
        var truth = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (var entry in manifest.RootElement.GetProperty("articles").EnumerateObject())
        {
            truth[entry.Name] = (entry.Value.GetProperty("story").GetString()!, entry.Value.GetProperty("family").GetString()!);
        }

        return truth;
    }

    private string IdOf(string file) => corpus.ArticleFromFile(file).GetProperty("id").GetString()!;

    [Fact]
    public void There_are_at_least_twenty_fixtures()
    {
        Assert.True(Truth.Count >= 20);
        Assert.All(Truth.Keys, file => Assert.True(File.Exists(Path.Combine(RepoPaths.Fixtures, file)), file));
    }

    [Fact]
    public void No_fixture_joins_the_sample_story()
    {
        var sampleStory = corpus.StoryOf(corpus.ArticleFromFile("000_66acea157b196537.txt").GetProperty("id").GetString()!);
        var members = sampleStory.GetProperty("articleIds").EnumerateArray().Select(e => e.GetString()!).ToHashSet();
        Assert.All(Truth.Keys, file => Assert.DoesNotContain(IdOf(file), members));
    }

    [Fact]
    public void Wire_copies_form_families()
    {
        foreach (var group in Truth.GroupBy(t => t.Value.Family).Where(g => g.Count() > 1))
        {
            var ids = group.Select(t => IdOf(t.Key)).ToHashSet();
            var story = corpus.StoryOf(ids.First());
            var family = story.GetProperty("families").EnumerateArray()
                .Single(f => f.GetProperty("articleIds").EnumerateArray().Any(e => e.GetString() == ids.First()));
            var members = family.GetProperty("articleIds").EnumerateArray().Select(e => e.GetString()!).ToHashSet();
            Assert.True(ids.SetEquals(members), $"family {group.Key}: expected {string.Join(",", group.Select(g => g.Key))}");
        }
    }

    [Fact]
    public void Independent_reports_are_not_families()
    {
        foreach (var (file, truth) in Truth)
        {
            var id = IdOf(file);
            var story = corpus.StoryOf(id);
            var family = story.GetProperty("families").EnumerateArray()
                .Single(f => f.GetProperty("articleIds").EnumerateArray().Any(e => e.GetString() == id));
            foreach (var member in family.GetProperty("articleIds").EnumerateArray().Select(e => e.GetString()!))
            {
                var other = Truth.Single(t => IdOf(t.Key) == member);
                Assert.True(other.Value.Family == truth.Family, $"{file} wrongly copied from {other.Key}");
            }
        }
    }

    [Fact]
    public void Articles_of_one_event_share_a_story_and_events_do_not_mix()
    {
        foreach (var (file, truth) in Truth)
        {
            var story = corpus.StoryOf(IdOf(file));
            var members = story.GetProperty("articleIds").EnumerateArray().Select(e => e.GetString()!).ToHashSet();
            foreach (var (other, otherTruth) in Truth)
            {
                Assert.True(members.Contains(IdOf(other)) == (otherTruth.Story == truth.Story), $"{file} vs {other}");
            }
        }
    }
}
