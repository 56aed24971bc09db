using Crosscheck.Facts;
using Crosscheck.Model;

namespace Crosscheck.Tests.Facts;

/// <summary>
/// Newswire phrasings the readers must not miss: two-word verbs, the day a strike was called
/// against the day it began, outcomes counted in outbreaks, cancellations and releases, and roles
/// written after a name or inside a tagged name.
/// </summary>
public sealed class NewsPhrasingTests
{
    private static string DatedKey(string sentence, string datePhrase) => StoryFixture.DatedEventKey(sentence, datePhrase, new DateOnly(2022, 9, 12));

    [Theory]
    [InlineData("The old pier gave way on Monday under the weight of the crowd.", "on Monday", "event:disaster")]
    [InlineData("Dock workers walked out on Monday over unpaid wages.", "on Monday", "event:strike")]
    [InlineData("Teachers began a two-day strike on Monday.", "on Monday", "event:strike")]
    [InlineData("The teachers' union called the strike on Monday after pay talks failed.", "on Monday", "event:announcement")]
    [InlineData("The rail union announced a 48-hour walkout on Monday.", "on Monday", "event:announcement")]
    [InlineData("An air strike on Monday destroyed the depot.", "on Monday", "event:attack")]
    [InlineData("The border crossing was shut on Monday after the shooting.", "on Monday", "event:closure")]
    [InlineData("The league suspended the referee on Monday pending an inquiry.", "on Monday", "event:suspension")]
    [InlineData("The two armies swapped captured soldiers on Monday.", "on Monday", "event:exchange")]
    [InlineData("The governor greeted the returning crew at the harbour on Monday.", "on Monday", "event:reception")]
    [InlineData("The port director was taken into custody on Monday, police said.", "on Monday", "event:arrest")]
    [InlineData("The blockade, now in its second week, runs until Monday.", "Monday", "event:end")]
    [InlineData("The festival is due to end on Monday.", "on Monday", "event:end")]
    public void A_dated_event_is_named_by_its_own_verb(string sentence, string datePhrase, string key)
    {
        Assert.Equal(key, DatedKey(sentence, datePhrase));
    }

    [Theory]
    [InlineData("Nine patients have been infected, health officials said.", "Nine patients", 9, "patients", "infected:people")]
    [InlineData("Officials counted 212 cases in the district.", "212 cases", 212, "cases", "infected:people")]
    [InlineData("The carrier cancelled 120 flights at the main airport.", "120 flights", 120, "flights", "cancelled:flight")]
    [InlineData("Rebels freed 18 hostages near the border.", "18 hostages", 18, "hostages", "released:people")]
    [InlineData("Twelve detainees were handed over at the bridge.", "Twelve detainees", 12, "detainees", "released:people")]
    [InlineData("Four people remain unaccounted for.", "Four people", 4, "people", "missing:people")]
    public void A_count_takes_the_outcome_a_reader_would_give_it(string sentence, string phrase, int value, string unit, string key)
    {
        var story = new StoryFixture();
        story.Article("a", sentence).Quantity(phrase, value, QuantityModifier.Exact, unit);

        Assert.Equal(key, Assert.Single(story.SingleArticleClaims(), c => c.Kind == ClaimKind.Quantity).Key);
    }

    [Fact]
    public void Police_holding_detainees_are_still_counting_arrests()
    {
        var story = new StoryFixture();
        story.Article("a", "Police said 40 detainees were being held at the stadium.")
            .Quantity("40 detainees", 40, QuantityModifier.Exact, "detainees");

        Assert.Equal("arrested:people", Assert.Single(story.SingleArticleClaims(), c => c.Kind == ClaimKind.Quantity).Key);
    }

    [Fact]
    public void A_relative_clause_after_the_number_says_what_it_counts()
    {
        var story = new StoryFixture();
        story.Article("a", "The fever has sickened 40 villagers in the valley, three of whom have died.")
            .Quantity("40 villagers", 40, QuantityModifier.Exact, "villagers")
            .Quantity("three", 3, QuantityModifier.Exact, null);

        var quantities = story.SingleArticleClaims().Where(c => c.Kind == ClaimKind.Quantity).Select(c => c.Key + "=" + c.Value);

        Assert.Equal(["infected:people=40", "killed:people=3"], quantities);
    }

    [Fact]
    public void Only_people_are_released_or_infected()
    {
        var story = new StoryFixture();
        story.Article("a", "The agency released 3 percent more water from the dam.")
            .Quantity("3 percent", 3, QuantityModifier.Exact, "percent");

        Assert.DoesNotContain(story.SingleArticleClaims(), c => c.Kind == ClaimKind.Quantity);
    }

    [Theory]
    [InlineData("Talia Oren, president of the dockers' union, spoke first.", "president")]
    [InlineData("Talia Oren, a Kandorian journalist jailed in 2021, was freed.", "journalist")]
    [InlineData("Talia Oren, the Kandorian ambassador, who arrived on Monday, left early.", "ambassador")]
    public void A_role_after_the_name_is_read_with_or_without_an_article(string text, string role)
    {
        var story = new StoryFixture().Entity("p-oren", "Talia Oren", EntityKind.Person);
        story.Article("a", text);

        var claim = Assert.Single(story.SingleArticleClaims(), c => c.Kind == ClaimKind.Attribute);

        Assert.Equal(role, claim.Value);
    }

    [Fact]
    public void A_role_tagged_inside_the_name_and_a_portfolio_tagged_as_a_party_are_roles()
    {
        var story = new StoryFixture()
            .Entity("p-oren", "Reporter Talia Oren", EntityKind.Person)
            .Entity("p-varn", "Ilse Varn", EntityKind.Person)
            .Entity("o-labour", "Labour", EntityKind.Organization);
        story.Article("a", "Reporter Talia Oren asked Labour Minister Ilse Varn about the strike.");

        var roles = story.SingleArticleClaims().Where(c => c.Kind == ClaimKind.Attribute).Select(c => c.Key + "=" + c.Value);

        Assert.Equal(["role:p-oren=reporter", "role:p-varn=labour minister"], roles);
    }

    [Fact]
    public void A_name_in_a_list_after_a_comma_is_not_a_role()
    {
        var story = new StoryFixture()
            .Entity("p-oren", "Talia Oren", EntityKind.Person)
            .Entity("p-varn", "Ilse Varn", EntityKind.Person);
        story.Article("a", "Talia Oren, Ilse Varn and the union leaders met on Monday.");

        Assert.DoesNotContain(story.SingleArticleClaims(), c => c.Kind == ClaimKind.Attribute);
    }
}
