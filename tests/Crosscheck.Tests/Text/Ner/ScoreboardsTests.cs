using Crosscheck.Model;
using Crosscheck.Text.Ner;

namespace Crosscheck.Tests.Text.Ner;

public sealed class ScoreboardsTests
{
    private static List<(string Name, EntityKind Kind)> Apply(string text, params EntityMention[] mentions)
    {
        var list = mentions.ToList();
        Scoreboards.Apply(text, [TestMentions.Words(text)], list);
        return list.Select(m => (m.Span.Of(text), m.Kind)).ToList();
    }

    [Fact]
    public void Batsman_fielder_and_bowler_of_a_batting_line_are_people()
    {
        const string text = "Dara Halvik c Orm Vell b Kelby 74";
        var found = Apply(text, TestMentions.Of(text, "Dara Halvik", EntityKind.Person), TestMentions.Of(text, "Kelby", EntityKind.Place));

        Assert.Equal([("Dara Halvik", EntityKind.Person), ("Orm Vell", EntityKind.Person), ("Kelby", EntityKind.Person)], found);
    }

    [Theory]
    [InlineData("Bo Lind lbw b Tarn 6", new[] { "Bo Lind", "Tarn" })]
    [InlineData("Ana Duro not out 39", new[] { "Ana Duro" })]
    [InlineData("Tavi Rell st Orm b Kelby 7", new[] { "Tavi Rell", "Orm", "Kelby" })]
    public void Other_ways_of_being_out_are_read(string text, string[] players) =>
        Assert.Equal(players, Apply(text).Select(p => p.Name));

    [Fact]
    public void Bowlers_with_their_figures_are_people()
    {
        const string text = "Bowling : Kelby 22-4-70-2 , Tarn 9.3-1-40-3";
        Assert.Equal([("Kelby", EntityKind.Person), ("Tarn", EntityKind.Person)], Apply(text, TestMentions.Of(text, "Kelby", EntityKind.Place)));
    }

    [Theory]
    [InlineData("Kelby beat Tarn by 2 wickets on Sunday 3")]
    [InlineData("Extras ( b-4 lb-8 nb-6 ) 18")]
    [InlineData("Total 340")]
    [InlineData("The score was 2-1-0 after the first half")]
    public void Other_lines_are_left_alone(string text)
    {
        var mentions = Apply(text, TestMentions.Of(text, text.Split(' ')[0], EntityKind.Place));
        Assert.Equal([(text.Split(' ')[0], EntityKind.Place)], mentions);
    }
}
