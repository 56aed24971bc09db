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

    [Fact]
    public void A_lone_name_followed_by_its_is_an_organisation()
    {
        const string text = "Kelmco said on Monday that its sales rose. Kelmco will open a plant.";
        var mentions = new List<EntityMention> { Mention(text, "Kelmco", EntityKind.Person), Mention(text, "Kelmco", EntityKind.Person, 10) };

        ArticleTypeRules.LonePersonWords(text, mentions, WordClasses.Empty);

        Assert.All(mentions, m => Assert.Equal(EntityKind.Organization, m.Kind));
    }

    [Theory]
    [InlineData("Halvik said its plan had failed, and he would resign.")]
    [InlineData("Dara Halvik spoke. Halvik said its plan had failed.")]
    [InlineData("Halvik said the plan had failed.")]
    public void A_person_referred_to_as_he_or_named_in_full_or_without_pronouns_stays_a_person(string text)
    {
        var at = text.LastIndexOf("Halvik", StringComparison.Ordinal);
        var mentions = new List<EntityMention> { new(new TextSpan(at, at + 6), EntityKind.Person, 1f) };
        if (text.StartsWith("Dara", StringComparison.Ordinal))
        {
            mentions.Insert(0, Mention(text, "Dara Halvik", EntityKind.Person));
        }

        ArticleTypeRules.LonePersonWords(text, mentions, WordClasses.Empty);

        Assert.All(mentions, m => Assert.Equal(EntityKind.Person, m.Kind));
    }

    [Fact]
    public void A_name_missed_at_a_sentence_start_is_added_with_its_type()
    {
        const string text = "Kelmco is for sale. Buyers met Kelmco on Monday. The Kelmco Tower and Will Dorn stayed.";
        var mentions = new List<EntityMention>
        {
            Mention(text, "Kelmco", EntityKind.Organization, 20),
            Mention(text, "Kelmco Tower", EntityKind.Place),
            Mention(text, "Will Dorn", EntityKind.Person),
        };

        ArticleTypeRules.MissedRepeats(text, mentions, WordClasses.Empty, CommonWords.Empty);

        Assert.Equal(
            [("Kelmco", 0, EntityKind.Organization), ("Kelmco", 31, EntityKind.Organization), ("Kelmco Tower", 53, EntityKind.Place), ("Will Dorn", 70, EntityKind.Person)],
            mentions.Select(m => (m.Span.Of(text), m.Span.Start, m.Kind)));
    }

    [Fact]
    public void A_common_word_at_a_sentence_start_is_not_added()
    {
        const string text = "Budget talks failed. The Senate passed the Budget Act.";
        var mentions = new List<EntityMention> { Mention(text, "Budget", EntityKind.Other, 10) };
        var classes = new WordClasses(new Dictionary<string, byte>(StringComparer.Ordinal) { ["budget"] = 6 });

        ArticleTypeRules.MissedRepeats(text, mentions, classes, CommonWords.Empty);

        Assert.Single(mentions);
    }

    [Fact]
    public void A_title_naming_nobody_is_not_a_name_but_its_demonym_is_kept()
    {
        const string text = "He came at the invitation of Telandic Defense Minister, the Kelm Argus Leader and the Court of Justice said.";
        var classes = new WordClasses(new Dictionary<string, byte>(StringComparer.Ordinal) { ["telandic"] = 4 });
        var mentions = new List<EntityMention>
        {
            Mention(text, "Telandic Defense Minister", EntityKind.Organization),
            Mention(text, "Kelm Argus Leader", EntityKind.Organization),
            Mention(text, "Court of Justice", EntityKind.Organization),
        };

        ArticleTypeRules.BareTitles(text, mentions, classes);

        Assert.Equal(
            [("Telandic", EntityKind.Other), ("Kelm Argus Leader", EntityKind.Organization), ("Court of Justice", EntityKind.Organization)],
            mentions.Select(m => (m.Span.Of(text), m.Kind)));
    }

    [Fact]
    public void A_lone_name_written_after_the_is_not_a_person()
    {
        const string text = "The Kelmin said there would be no meeting. Officials in the Kelmin declined to comment.";
        var mentions = new List<EntityMention> { Mention(text, "Kelmin", EntityKind.Person), Mention(text, "Kelmin", EntityKind.Person, 10) };

        ArticleTypeRules.LonePersonWords(text, mentions, WordClasses.Empty);

        Assert.All(mentions, m => Assert.Equal(EntityKind.Organization, m.Kind));
    }

    [Fact]
    public void A_name_ending_in_an_organisation_head_is_an_organisation_but_a_venue_stays_a_place()
    {
        const string text = "The Tarnby Hockey Club played at the Varn Music Center, Kelm Defense Ministry said.";
        var mentions = new List<EntityMention>
        {
            Mention(text, "Tarnby Hockey Club", EntityKind.Place),
            Mention(text, "Varn Music Center", EntityKind.Place),
            Mention(text, "Kelm Defense Ministry", EntityKind.Person),
        };

        ArticleTypeRules.OrganisationHeads(text, mentions);

        Assert.Equal([EntityKind.Organization, EntityKind.Place, EntityKind.Organization], mentions.Select(m => m.Kind));
    }

    [Fact]
    public void A_title_abbreviation_is_the_persons_title_not_part_of_the_name()
    {
        const string text = "Rep. Dara Halvik and Mr. Tomas spoke; Mt. Kelm Lodge and Dr. tested nothing.";
        var mentions = new List<EntityMention>
        {
            Mention(text, "Rep. Dara Halvik", EntityKind.Person),
            Mention(text, "Mr. Tomas", EntityKind.Person),
            Mention(text, "Mt. Kelm Lodge", EntityKind.Person),
        };

        ArticleTypeRules.TitlesOutsideNames(text, mentions);

        Assert.Equal([("Dara Halvik", "Rep."), ("Tomas", "Mr."), ("Mt. Kelm Lodge", null)], mentions.Select(m => (m.Span.Of(text), m.Title)));
    }

    [Fact]
    public void A_lone_title_head_is_not_a_name()
    {
        const string text = "The State Attorney General said the General would testify.";
        var mentions = new List<EntityMention> { Mention(text, "General", EntityKind.Person, 25) };

        ArticleTypeRules.BareTitles(text, mentions, WordClasses.Empty);

        Assert.Empty(mentions);
    }
}
