using Crosscheck.Model;
using Crosscheck.Text.Ner;

namespace Crosscheck.Tests.Text.Ner;

public sealed class ArticleTypeRulesTests
{
    private static EntityMention Mention(string text, string name, EntityKind kind, int from = 0)
    {
        var start = text.IndexOf(name, from, StringComparison.Ordinal);
        return new EntityMention(new TextSpan(start, start + name.Length), kind, 1f);
    }

    [Fact]
    public void A_place_name_plus_a_demonym_ending_is_misc()
    {
        const string text = "Varnia rejected the plan. Varnian officials and Varnians at home said it breaks Varnia's law.";
        var mentions = new List<EntityMention>
        {
            Mention(text, "Varnia", EntityKind.Place),
            Mention(text, "Varnian", EntityKind.Place),
            Mention(text, "Varnians", EntityKind.Organization),
        };

        ArticleTypeRules.Demonyms(text, mentions, WordClasses.Empty);

        Assert.Equal([EntityKind.Place, EntityKind.Other, EntityKind.Other], mentions.Select(m => m.Kind));
    }

    [Fact]
    public void A_demonym_of_a_place_the_training_data_knows_is_misc_without_the_place_in_the_article()
    {
        const string text = "Kelmish troops crossed the border.";
        var classes = new WordClasses(new Dictionary<string, byte>(StringComparer.Ordinal) { ["kelm"] = 3 });
        var mentions = new List<EntityMention> { Mention(text, "Kelmish", EntityKind.Place) };

        ArticleTypeRules.Demonyms(text, mentions, classes);

        Assert.Equal(EntityKind.Other, mentions[0].Kind);
    }

    [Fact]
    public void A_name_that_merely_ends_like_a_demonym_keeps_its_type()
    {
        const string text = "Talks in Varnia and in Morlan ended; Varniana Lodge hosted them.";
        var mentions = new List<EntityMention>
        {
            Mention(text, "Varnia", EntityKind.Place),
            Mention(text, "Morlan", EntityKind.Place),
            Mention(text, "Varniana Lodge", EntityKind.Organization),
        };

        ArticleTypeRules.Demonyms(text, mentions, WordClasses.Empty);

        Assert.Equal([EntityKind.Place, EntityKind.Place, EntityKind.Organization], mentions.Select(m => m.Kind));
    }
}
