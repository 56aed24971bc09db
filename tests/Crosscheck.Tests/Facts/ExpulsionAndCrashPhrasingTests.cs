using Crosscheck.Facts;
using Crosscheck.Model;

namespace Crosscheck.Tests.Facts;

/// <summary>
/// Phrasings of diplomatic expulsions and road or rail crashes: an expulsion ordered on a day, the
/// diplomats it counts, a vehicle that "plunged into" or "fell into" a ravine, and the people "on
/// board" it, who are its load and no toll.
/// </summary>
public sealed class ExpulsionAndCrashPhrasingTests
{
    private static string DatedKey(string sentence, string datePhrase) => StoryFixture.DatedEventKey(sentence, datePhrase, new DateOnly(2025, 2, 6));

    private static List<string> QuantityKeys(string sentence, string phrase, decimal value, string? unit)
    {
        var story = new StoryFixture();
        story.Article("a", sentence).Quantity(phrase, value, QuantityModifier.Exact, unit);
        return story.SingleArticleClaims().Where(c => c.Kind == ClaimKind.Quantity).Select(c => c.Key + "=" + c.Value).ToList();
    }

    [Theory]
    [InlineData("Marnesia on Thursday ordered the expulsion of six Brenish diplomats, the ministry said.", "on Thursday", "event:expulsion")]
    [InlineData("Marnesia expelled six Brenish diplomats on Thursday.", "on Thursday", "event:expulsion")]
    [InlineData("The regulator on Thursday ordered the closure of the plant.", "on Thursday", "event:announcement")]
    public void An_ordered_expulsion_is_the_expulsion_itself(string sentence, string datePhrase, string key)
    {
        Assert.Equal(key, DatedKey(sentence, datePhrase));
    }

    [Theory]
    [InlineData("Marnesia expelled six Brenish diplomats on Thursday.", "six Brenish diplomats", "diplomats")]
    [InlineData("Marnesia ordered the expulsion of six diplomats.", "six diplomats", "diplomats")]
    public void Expelled_diplomats_are_counted_as_people(string sentence, string phrase, string unit)
    {
        Assert.Equal(["expelled:people=6"], QuantityKeys(sentence, phrase, 6, unit));
    }

    [Theory]
    [InlineData("A minibus plunged into a ravine near Osk on Sunday, the police said.", "on Sunday")]
    [InlineData("A lorry fell into the river near Osk on Sunday.", "on Sunday")]
    [InlineData("The truck plummeted off a bridge on Sunday.", "on Sunday")]
    public void A_vehicle_plunging_or_falling_into_a_ravine_is_a_disaster(string sentence, string datePhrase)
    {
        Assert.Equal("event:disaster", DatedKey(sentence, datePhrase));
    }

    [Theory]
    [InlineData("A minibus with 23 people on board overturned on the pass, killing four.", "23 people", "people")]
    [InlineData("A ferry with 23 passengers aboard sank, and four people died.", "23 passengers", "passengers")]
    public void People_on_board_are_the_load_not_the_toll(string sentence, string phrase, string unit)
    {
        var keys = QuantityKeys(sentence, phrase, 23, unit);

        Assert.Equal(["aboard:people=23"], keys);
    }

    [Fact]
    public void A_day_counted_from_an_event_dates_that_event_not_the_statement_before_it()
    {
        var story = new StoryFixture();
        story.Article("a", "Marnesia on Thursday expelled six diplomats, the ministry said in a statement, a day after two army officers were arrested on suspicion of spying.")
            .Date("on Thursday", new DateOnly(2025, 2, 6))
            .Date("a day after", new DateOnly(2025, 2, 5));

        var dated = story.SingleArticleClaims().Where(c => c.Kind == ClaimKind.DatedEvent).Select(c => c.Key + "=" + c.Value).ToList();

        Assert.Equal(["event:expulsion=2025-02-06", "event:arrest=2025-02-05"], dated);
    }

    [Fact]
    public void Shares_that_fell_are_no_disaster()
    {
        var story = new StoryFixture();
        story.Article("a", "Shares in the carmaker fell 4 percent on Sunday.").Date("on Sunday", new DateOnly(2025, 2, 9));

        Assert.DoesNotContain(story.SingleArticleClaims(), c => c.Key == "event:disaster");
    }
}
