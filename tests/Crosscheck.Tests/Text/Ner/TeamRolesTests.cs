using Crosscheck.Model;
using Crosscheck.Text.Ner;

namespace Crosscheck.Tests.Text.Ner;

public sealed class TeamRolesTests
{
    [Theory]
    [InlineData("The Kelm quarterback Ana Duro threw twice.", "Kelm", EntityKind.Place)]
    [InlineData("Varnby soccer player Bo Lind signed.", "Varnby", EntityKind.Place)]
    [InlineData("Kelm Central senior Mara Tell won the race.", "Kelm Central", EntityKind.Place)]
    [InlineData("He moved to Orm Athletic keeper Tavi Rell.", "Orm Athletic", EntityKind.Person)]
    [InlineData("Kelm defensive end Ana Duro was fined.", "Kelm", EntityKind.Place)]
    [InlineData("Varnby manager Bo Lind was sacked.", "Varnby", EntityKind.Place)]
    public void A_name_before_a_sports_role_and_a_person_is_a_team(string text, string team, EntityKind kind)
    {
        var person = text[(text.IndexOf(team, StringComparison.Ordinal) + team.Length)..].Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .SkipWhile(w => !char.IsUpper(w[0])).Take(2);
        var mentions = new List<EntityMention> { TestMentions.Of(text, team, kind), TestMentions.Of(text, string.Join(' ', person), EntityKind.Person) };

        TeamRoles.Apply(text, mentions, WordClasses.Empty);

        Assert.Equal([EntityKind.Organization, EntityKind.Person], mentions.Select(m => m.Kind));
    }

    [Theory]
    [InlineData("Striker Dara Halvik scored twice.", "Dara Halvik", "Striker")]
    [InlineData("Midfielder Tomas Orm Vell was injured.", "Tomas Orm Vell", "Midfielder")]
    public void A_sports_role_opening_a_person_name_becomes_its_title(string text, string name, string role)
    {
        var mentions = new List<EntityMention> { TestMentions.Of(text, role + " " + name, EntityKind.Person) };

        TeamRoles.RolesOutsideNames(text, mentions);

        Assert.Equal((name, role), (mentions[0].Span.Of(text), mentions[0].Title));
    }

    [Theory]
    [InlineData("Junior Halvik scored twice.", "Junior Halvik", EntityKind.Person)]
    [InlineData("Striker Varnby Rovers lost.", "Striker Varnby Rovers", EntityKind.Organization)]
    public void Two_word_people_and_other_names_keep_their_first_word(string text, string name, EntityKind kind)
    {
        var mentions = new List<EntityMention> { TestMentions.Of(text, name, kind) };

        TeamRoles.RolesOutsideNames(text, mentions);

        Assert.Equal(name, mentions[0].Span.Of(text));
        Assert.Null(mentions[0].Title);
    }

    [Fact]
    public void A_country_keeps_its_place_type()
    {
        const string text = "Kelmia striker Bo Lind scored twice.";
        var mentions = new List<EntityMention> { TestMentions.Of(text, "Kelmia", EntityKind.Place), TestMentions.Of(text, "Bo Lind", EntityKind.Person) };

        TeamRoles.Apply(text, mentions, Classes("kelmian"));

        Assert.Equal(EntityKind.Place, mentions[0].Kind);
    }

    [Theory]
    [InlineData("Kelmia", "kelmian", true)]
    [InlineData("Varnany", "varnan", true)]
    [InlineData("Sorrely", "sorrelian", true)]
    [InlineData("Dornland", "dornish", true)]
    [InlineData("Scotland", "scottish", true)]
    [InlineData("South Kelmia", "kelmian", true)]
    [InlineData("France", "none", true)]
    [InlineData("United States", "none", true)]
    [InlineData("Kelm", "dornish", false)]
    [InlineData("Kelmbury", "kelmian", false)]
    public void A_place_with_a_demonym_is_a_country(string name, string demonym, bool country) =>
        Assert.Equal(country, TeamRoles.IsCountry(name, Classes(demonym)));

    [Fact]
    public void A_demonym_the_training_data_reads_inside_organisations_counts_too() =>
        Assert.True(TeamRoles.IsCountry("Kelmia", new WordClasses(new Dictionary<string, byte>(StringComparer.Ordinal) { ["kelmian"] = 2 })));

    private static WordClasses Classes(string misc) => new(new Dictionary<string, byte>(StringComparer.Ordinal) { [misc] = 4 });

    [Theory]
    [InlineData("The Kelm resident Ana Duro complained.", "Kelm", EntityKind.Place)]
    [InlineData("Dornish striker Bo Lind scored.", "Dornish", EntityKind.Other)]
    [InlineData("The Kelm player, Bo Lind, scored.", "Kelm", EntityKind.Place)]
    [InlineData("Kelm coach and Bo Lind met.", "Kelm", EntityKind.Place)]
    public void Other_words_demonyms_and_gaps_leave_the_name_alone(string text, string name, EntityKind kind)
    {
        var mentions = new List<EntityMention> { TestMentions.Of(text, name, kind), TestMentions.Of(text, "Bo Lind", EntityKind.Person) };
        if (text.Contains("Ana Duro", StringComparison.Ordinal))
        {
            mentions[1] = TestMentions.Of(text, "Ana Duro", EntityKind.Person);
        }

        TeamRoles.Apply(text, mentions, WordClasses.Empty);

        Assert.Equal(kind, mentions[0].Kind);
    }

    [Theory]
    [InlineData("Bo Lind played for Kelm Rovers before the war.", "Kelm Rovers")]
    [InlineData("Ana Duro signed with Varnby in May.", "Varnby")]
    [InlineData("In 1956 he coached Orm Central for a year.", "Orm Central")]
    [InlineData("He was traded to Tarnwick in June.", "Tarnwick")]
    [InlineData("She was drafted by Kelm in 2010.", "Kelm")]
    public void A_place_after_a_verb_that_takes_a_team_is_a_team_in_the_whole_article(string sentence, string team)
    {
        var text = sentence + " He grew up near " + team + ".";
        var mentions = new List<EntityMention>
        {
            TestMentions.Of(text, team, EntityKind.Place),
            TestMentions.Of(text, team, EntityKind.Place, text.IndexOf("near", StringComparison.Ordinal)),
        };

        TeamRoles.Apply(text, mentions, WordClasses.Empty);

        Assert.Equal([EntityKind.Organization, EntityKind.Organization], mentions.Select(m => m.Kind));
    }

    [Theory]
    [InlineData("The unit transferred to Kelm in June.", "Kelm")]
    [InlineData("The painting was loaned to Varnby for a year.", "Varnby")]
    [InlineData("They played in Kelm twice.", "Kelm")]
    [InlineData("Bo Lind played for Kelmia twice.", "Kelmia")]
    [InlineData("He stayed with Varnby friends.", "Varnby")]
    public void Other_verbs_and_countries_keep_the_place(string text, string place)
    {
        var mentions = new List<EntityMention> { TestMentions.Of(text, place, EntityKind.Place) };

        TeamRoles.Apply(text, mentions, Classes("kelmian"));

        Assert.Equal(EntityKind.Place, mentions[0].Kind);
    }

    [Theory]
    [InlineData("Bo Lind signed for Kelmco in May.", EntityKind.Organization)]
    [InlineData("Bo Lind signed with Kelmco in May.", EntityKind.Organization)]
    [InlineData("Bo Lind played for Kelmco in May.", EntityKind.Organization)]
    [InlineData("Bo Lind played with Kelmco in May.", EntityKind.Person)]
    [InlineData("Bo Lind coached Kelmco in May.", EntityKind.Person)]
    public void A_one_word_person_after_a_verb_whose_object_is_no_person_is_a_team(string text, EntityKind kind)
    {
        var mentions = new List<EntityMention> { TestMentions.Of(text, "Bo Lind", EntityKind.Person), TestMentions.Of(text, "Kelmco", EntityKind.Person) };

        TeamRoles.Apply(text, mentions, WordClasses.Empty);

        Assert.Equal([EntityKind.Person, kind], mentions.Select(m => m.Kind));
    }
}
