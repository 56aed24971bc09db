using System.Text.Json;

namespace Crosscheck.Tests.EndToEnd;

/// <summary>
/// Acceptance of entity resolution (language-core issue) on the bundled sample story, read from
/// the CLI's stories.json. End-to-end tests are the only tests that may name the samples' strings.
/// </summary>
public sealed class SampleEntityTests(AnalyzedCorpus corpus) : IClassFixture<AnalyzedCorpus>
{
    private const string FirstSample = "000_66acea157b196537.txt";

    private List<JsonElement> Entities =>
        corpus.StoryOf(corpus.ArticleFromFile(FirstSample).GetProperty("id").GetString()!)
            .GetProperty("entities").EnumerateArray().ToList();

    private static IEnumerable<string> NamesOf(JsonElement entity) =>
        entity.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()!).Prepend(entity.GetProperty("name").GetString()!);

    /// <summary>The one entity that has this name or alias, written exactly so.</summary>
    private JsonElement EntityCalled(string name) =>
        Assert.Single(Entities, e => NamesOf(e).Contains(name, StringComparer.Ordinal));

    private static string IdOf(JsonElement entity) => entity.GetProperty("id").GetString()!;

    [Theory]
    [InlineData("Min Aung Hlaing", "Aung Hlaing")]
    [InlineData("Min Aung Hlaing", "Mi Aung Hlaing")]
    [InlineData("Alexander Mikheyev", "Alexander A. Mikheev")]
    [InlineData("Rosoboronexport", "Rosonboronexport")]
    [InlineData("National League for Democracy", "NLD")]
    public void Name_variants_are_one_entity(string name, string variant)
    {
        Assert.Equal(IdOf(EntityCalled(name)), IdOf(EntityCalled(variant)));
    }

    [Fact]
    public void Titled_forms_of_the_junta_leader_join_his_entity_as_titles()
    {
        var leader = EntityCalled("Min Aung Hlaing");

        Assert.Equal("person", leader.GetProperty("type").GetString());
        var titles = leader.GetProperty("titles").EnumerateArray().Select(t => t.GetString()!).ToList();
        Assert.Contains(titles, t => t.StartsWith("Senior Gen", StringComparison.Ordinal));
        Assert.Single(Entities, e => NamesOf(e).Any(n => n.Contains("Aung Hlaing", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("Alexander Mikheyev", "person")]
    [InlineData("National League for Democracy", "organization")]
    public void Resolved_entities_have_the_right_kind(string name, string kind)
    {
        Assert.Equal(kind, EntityCalled(name).GetProperty("type").GetString());
    }

    [Theory]
    [InlineData("Aung San Suu Kyi", "Min Aung Hlaing")]
    [InlineData("Russian Security Council", "UN Security Council")]
    public void Similar_names_of_different_entities_stay_apart(string one, string other)
    {
        Assert.NotEqual(IdOf(EntityCalled(one)), IdOf(EntityCalled(other)));
    }

    [Theory]
    [InlineData("Min Aung Hlaing", "Aung San Suu Kyi", "Vladimir Putin", "Nikolai Patrushev", "Alexander A. Mikheev", "Sergei Shoigu", "Alexander Fomin", "Kyaw Moe Tun")]
    [InlineData("National League for Democracy", "UN General Assembly", "Association of Southeast Asian Nations", "Russian Security Council",
        "Rosoboronexport", "UN Security Council", "State Administrative Council", "MRTV", "RIA Novosti", "Kremlin", "Tatmadaw")]
    [InlineData("Myanmar", "Moscow", "Russia", "China", "Belarus", "Jakarta", "Indonesia", "Naypyidaw", "Southeast Asia")]
    public void Every_person_organisation_and_place_of_the_samples_is_found(params string[] names)
    {
        var found = Entities.SelectMany(NamesOf).ToHashSet(StringComparer.Ordinal);

        Assert.All(names, n => Assert.Contains(n, found));
    }
}
