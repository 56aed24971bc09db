using Crosscheck.Model;
using Crosscheck.Text.Ner;

namespace Crosscheck.Tests.Text.Ner;

public sealed class ResultsLinesTests
{
    private static List<(string Name, EntityKind Kind)> Apply(string text, params EntityMention[] mentions) => Apply(text, WordClasses.Empty, mentions);

    private static List<(string Name, EntityKind Kind)> Apply(string text, WordClasses classes, params EntityMention[] mentions)
    {
        var list = mentions.ToList();
        ResultsLines.Apply(text, [TestMentions.Words(text)], list, classes);
        return list.Select(m => (m.Span.Of(text), m.Kind)).ToList();
    }

    [Fact]
    public void Places_with_a_score_in_a_results_line_are_teams_and_lose_the_score()
    {
        const string text = "Varnby 2 Kelmore Rovers 1";
        var found = Apply(text, TestMentions.Of(text, "Varnby", EntityKind.Place), TestMentions.Of(text, "Kelmore Rovers 1", EntityKind.Other));

        Assert.Equal([("Varnby", EntityKind.Organization), ("Kelmore Rovers", EntityKind.Organization)], found);
    }

    [Fact]
    public void A_country_with_a_score_stays_a_place()
    {
        const string text = "Kelmia 2 Varnby 1";
        var classes = new WordClasses(new Dictionary<string, byte>(StringComparer.Ordinal) { ["kelmian"] = 4 });
        var found = Apply(text, classes, TestMentions.Of(text, "Kelmia", EntityKind.Place), TestMentions.Of(text, "Varnby", EntityKind.Place));

        Assert.Equal([("Kelmia", EntityKind.Place), ("Varnby", EntityKind.Organization)], found);
    }

    [Fact]
    public void A_standings_row_names_a_team()
    {
        const string text = "Varnby 12 9 2 1 30 9 29";
        Assert.Equal([("Varnby", EntityKind.Organization)], Apply(text, TestMentions.Of(text, "Varnby", EntityKind.Place)));
    }

    [Fact]
    public void A_team_the_model_missed_in_a_standings_row_is_added()
    {
        const string text = "Varnby 12 9 2 1 30 9 29";
        Assert.Equal([("Varnby", EntityKind.Organization)], Apply(text));
    }

    [Fact]
    public void Teams_after_a_label_and_between_scores_are_found()
    {
        const string text = "Kelmian first division : Varnby Rovers 2 Orm 1";
        var classes = new WordClasses(new Dictionary<string, byte>(StringComparer.Ordinal) { ["kelmian"] = 4 });
        var found = Apply(text, classes, TestMentions.Of(text, "Kelmian", EntityKind.Other), TestMentions.Of(text, "Varnby Rovers", EntityKind.Place));

        Assert.Equal([("Kelmian", EntityKind.Other), ("Varnby Rovers", EntityKind.Organization), ("Orm", EntityKind.Organization)], found);
    }

    [Fact]
    public void A_line_with_words_in_lower_case_adds_nothing()
    {
        const string text = "Varnby won 2 and Orm 1";
        Assert.Empty(Apply(text));
    }

    [Fact]
    public void A_player_with_scores_stays_a_person()
    {
        const string text = "Tomas Halvik 67 68 70 205";
        Assert.Equal([("Tomas Halvik", EntityKind.Person)], Apply(text, TestMentions.Of(text, "Tomas Halvik", EntityKind.Person)));
    }

    [Theory]
    [InlineData("Varnby beat Kelmore 2 1")]
    [InlineData("Anil Devar 110 Varnby")]
    [InlineData("Varnby 2")]
    public void Running_text_and_single_scores_are_not_results_lines(string text)
    {
        Assert.False(ResultsLines.IsResultsLine(text, TestMentions.Words(text)));
        Assert.Equal([("Varnby", EntityKind.Place)], Apply(text, TestMentions.Of(text, "Varnby", EntityKind.Place)));
    }

    [Fact]
    public void Two_names_each_followed_by_a_score_make_a_results_line()
    {
        const string text = "Varnby 3 Kelmore 0";
        Assert.True(ResultsLines.IsResultsLine(text, TestMentions.Words(text)));
    }
}
