using Crosscheck.Model;
using Crosscheck.Text.Ner;

namespace Crosscheck.Tests.Text.Ner;

public sealed class NameTitlesTests
{
    [Fact]
    public void A_title_naming_nobody_is_not_a_name_but_its_demonym_is_kept()
    {
        const string text = "He came at the invitation of Telandic Defense Minister, the Kelm Argus Leader and the Court of Justice said.";
        var classes = new WordClasses(new Dictionary<string, byte>(StringComparer.Ordinal) { ["telandic"] = 4 });
        var mentions = new List<EntityMention>
        {
            TestMentions.Of(text, "Telandic Defense Minister", EntityKind.Organization),
            TestMentions.Of(text, "Kelm Argus Leader", EntityKind.Organization),
            TestMentions.Of(text, "Court of Justice", EntityKind.Organization),
        };

        NameTitles.BareTitles(text, mentions, classes);

        Assert.Equal(
            [("Telandic", EntityKind.Other), ("Kelm Argus Leader", EntityKind.Organization), ("Court of Justice", EntityKind.Organization)],
            mentions.Select(m => (m.Span.Of(text), m.Kind)));
    }

    [Fact]
    public void A_title_abbreviation_is_the_persons_title_not_part_of_the_name()
    {
        const string text = "Rep. Dara Halvik and Mr. Tomas spoke; Mt. Kelm Lodge and Dr. tested nothing.";
        var mentions = new List<EntityMention>
        {
            TestMentions.Of(text, "Rep. Dara Halvik", EntityKind.Person),
            TestMentions.Of(text, "Mr. Tomas", EntityKind.Person),
            TestMentions.Of(text, "Mt. Kelm Lodge", EntityKind.Person),
        };

        NameTitles.TitlesOutsideNames(text, mentions);

        Assert.Equal([("Dara Halvik", "Rep."), ("Tomas", "Mr."), ("Mt. Kelm Lodge", null)], mentions.Select(m => (m.Span.Of(text), m.Title)));
    }

    [Fact]
    public void A_lone_title_head_is_not_a_name()
    {
        const string text = "The State Attorney General said the General would testify.";
        var mentions = new List<EntityMention> { TestMentions.Of(text, "General", EntityKind.Person, 25) };

        NameTitles.BareTitles(text, mentions, WordClasses.Empty);

        Assert.Empty(mentions);
    }

    [Fact]
    public void A_place_holding_a_title_is_cut_before_it_and_the_named_person_split_off()
    {
        const string text = "North Kelm Gov. Dara Halvik met the Varnia Ambassador and Orm Valley.";
        var mentions = new List<EntityMention>
        {
            TestMentions.Of(text, "North Kelm Gov. Dara Halvik", EntityKind.Place),
            TestMentions.Of(text, "Varnia Ambassador", EntityKind.Place),
            TestMentions.Of(text, "Orm Valley", EntityKind.Place),
        };

        NameTitles.TitlesInsidePlaces(text, mentions);

        Assert.Equal(
            [("North Kelm", EntityKind.Place, null), ("Dara Halvik", EntityKind.Person, "Gov."), ("Varnia", EntityKind.Place, null), ("Orm Valley", EntityKind.Place, null)],
            mentions.Select(m => (m.Span.Of(text), m.Kind, m.Title)));
    }
}
