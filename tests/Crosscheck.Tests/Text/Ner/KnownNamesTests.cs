using Crosscheck.Model;
using Crosscheck.Text.Ner;

namespace Crosscheck.Tests.Text.Ner;

public sealed class KnownNamesTests
{
    [Fact]
    public void A_name_tagged_whole_often_enough_as_one_type_is_learned()
    {
        var names = KnownNames.Learn(
        [
            Sentence("Kelmco B-ORG said O"),
            Sentence("shares O of O Kelmco B-ORG fell O"),
            Sentence("Kelmco B-ORG Tower I-ORG opened O"),
            Sentence("Varnby B-LOC and O Varnby B-PER met O Varnby B-LOC , O Varnby B-PER"),
            Sentence("Dornish B-MISC food O ; O Dornish B-MISC wine O"),
            Sentence("Lake B-LOC Orm I-LOC froze O"),
        ]);

        Assert.True(names.TryGetKind("Kelmco", out var kind));
        Assert.Equal(EntityKind.Organization, kind);
        Assert.False(names.TryGetKind("Kelmco Tower", out _)); // tagged once
        Assert.False(names.TryGetKind("Varnby", out _)); // two places, two persons: no type has 70%
        Assert.False(names.TryGetKind("Dornish", out _)); // misc is never listed
        Assert.False(names.TryGetKind("Orm", out _)); // a word inside a name is not the name
        Assert.Equal(1, names.Count);
    }

    [Fact]
    public void The_share_counts_every_type_of_the_name()
    {
        var names = KnownNames.Learn(
        [
            Sentence("Harlow B-LOC Harlow B-LOC Harlow B-LOC Harlow B-ORG"),
            Sentence("Tessin B-LOC Tessin B-LOC Tessin B-MISC Tessin B-MISC"),
        ]);

        Assert.True(names.TryGetKind("Harlow", out var kind));
        Assert.Equal(EntityKind.Place, kind);
        Assert.False(names.TryGetKind("Tessin", out _));
    }

    [Fact]
    public void Listed_names_retype_mentions_but_not_titled_persons_or_misc()
    {
        const string text = "According to Kelmco, Lord Harlow and the Harlow Pact met Orm Bay in Kelm\nCity.";
        var names = new KnownNames(new Dictionary<string, EntityKind>(StringComparer.Ordinal)
        {
            ["Kelmco"] = EntityKind.Organization,
            ["Harlow"] = EntityKind.Place,
            ["Harlow Pact"] = EntityKind.Organization,
            ["Kelm City"] = EntityKind.Place,
        });
        var mentions = new List<EntityMention>
        {
            TestMentions.Of(text, "Kelmco", EntityKind.Place),
            TestMentions.Of(text, "Harlow", EntityKind.Person) with { Title = "Lord" },
            TestMentions.Of(text, "Harlow Pact", EntityKind.Other),
            TestMentions.Of(text, "Orm Bay", EntityKind.Person),
            TestMentions.Of(text, "Kelm\nCity", EntityKind.Organization),
        };

        names.Retype(text, mentions);

        Assert.Equal(
            [EntityKind.Organization, EntityKind.Person, EntityKind.Other, EntityKind.Person, EntityKind.Place],
            mentions.Select(m => m.Kind));
    }

    [Theory]
    [InlineData("New Kelm", true)]
    [InlineData("NEW KELM", true)]
    [InlineData("New  Kelm", true)]
    [InlineData("New\nKelm", true)]
    [InlineData("new kelm", false)]
    [InlineData("New KELM", false)]
    [InlineData("KELMCO", false)]
    public void A_name_in_capitals_or_with_other_spaces_is_found(string written, bool found)
    {
        var names = new KnownNames(new Dictionary<string, EntityKind>(StringComparer.Ordinal) { ["New Kelm"] = EntityKind.Place, ["KELMCO"] = EntityKind.Organization });

        Assert.Equal(found, names.TryGetKind(written, out var kind) && kind == EntityKind.Place);
    }

    /// <summary>"word TAG word TAG ..." as a sentence (BIO tags).</summary>
    private static ConllSentence Sentence(string pairs)
    {
        var parts = pairs.Split(' ');
        var words = new string[parts.Length / 2];
        var tags = new int[parts.Length / 2];
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = parts[2 * i];
            tags[i] = Array.IndexOf(Enumerable.Range(0, NerTags.Count).Select(NerTags.Name).ToArray(), parts[(2 * i) + 1]);
        }

        return new ConllSentence(words, tags, 0);
    }
}
