using Crosscheck.Facts;
using Crosscheck.Model;

namespace Crosscheck.Tests.Facts;

/// <summary>
/// Readers' rules for junk and attribution: attributes are not counts, a quote's speaker is the
/// subject of its speech verb, members listed after a position share it, and interactions take
/// their day from the sentence or a neighbouring one.
/// </summary>
public sealed class ClaimRuleTests
{
    private static IReadOnlyList<Claim> Claims(StoryFixture story, string key)
    {
        var article = story.Articles.Single(a => a.Id == StoryFixture.Id(key));
        return new ClaimExtractor(CrossCheckOptions.Default).Extract(article, story.Resolution());
    }

    [Theory]
    [InlineData("Police detained the 64-year-old mayor in the raid.", "64-year-old", 64)]
    [InlineData("The arrested activist could face a three-year prison sentence.", "three-year", 3)]
    [InlineData("The ferry sank after a 12-hour search for the missing crew.", "12-hour", 12)]
    [InlineData("The detained governor, aged 58, denied wrongdoing.", "58", 58)]
    public void Ages_and_adjectival_durations_are_not_counts(string sentence, string phrase, int value)
    {
        var story = new StoryFixture();
        story.Article("a", sentence).Quantity(phrase, value, QuantityModifier.Exact, null);

        Assert.DoesNotContain(Claims(story, "a"), c => c.Kind == ClaimKind.Quantity);
    }

    [Fact]
    public void A_prison_term_is_still_a_sentenced_count_and_a_toll_is_still_a_toll()
    {
        var story = new StoryFixture();
        story.Article("a", "The court sentenced him to 7 years in prison. At least 40 people were killed in the floods.")
            .Quantity("7 years", 7, QuantityModifier.Exact, "years")
            .Quantity("At least 40 people", 40, QuantityModifier.AtLeast, "people");

        var claims = Claims(story, "a");

        Assert.Contains(claims, c => c.Key == "sentenced:year" && c.Value == "7");
        Assert.Contains(claims, c => c.Key == "killed:people" && c.Value == "at least 40");
    }

    [Fact]
    public void A_quote_said_by_it_is_not_given_to_the_person_of_the_sentence()
    {
        var story = new StoryFixture()
            .Entity("e-ana", "Ana Ferro", EntityKind.Person)
            .Entity("e-radio", "State Radio", EntityKind.Organization);
        story.Article("a",
            "Ana Ferro left the capital on a special flight, State Radio said. " +
            "She was travelling at \"the request of the northern governors,\" it said, adding she had been welcomed.");

        Assert.DoesNotContain(Claims(story, "a"), c => c.Kind == ClaimKind.Quote);
    }

    [Fact]
    public void He_added_goes_to_the_previous_speaker_not_the_person_named_after_the_quote()
    {
        var story = new StoryFixture()
            .Entity("e-ana", "Ana Ferro", EntityKind.Person, "Ferro")
            .Entity("e-bo", "Bo Lind", EntityKind.Person, "Lind");
        story.Article("a",
            "\"We see this port as the heart of our trade with the north,\" Lind said. " +
            "He added that \"the new berths will open before the winter storms\" and praised Ana Ferro for her patience.");

        var quotes = Claims(story, "a").Where(c => c.Kind == ClaimKind.Quote).ToList();
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("e-bo", q.Anchor));
    }

    [Fact]
    public void According_to_a_place_or_a_nameless_spokesperson_gives_no_speaker()
    {
        var story = new StoryFixture()
            .Entity("e-ana", "Ana Ferro", EntityKind.Person)
            .Entity("e-teland", "Teland", EntityKind.Place);
        story.Article("a",
            "Ana Ferro is in Teland for talks, according to Teland state media, days after calls to \"open every border crossing at once\". " +
            "Ana Ferro met officials to discuss \"closer cooperation on river trade routes\" a spokesperson said.");

        Assert.DoesNotContain(Claims(story, "a"), c => c.Kind == ClaimKind.Quote);
    }

    [Fact]
    public void Members_listed_after_a_position_share_it_but_a_possessor_in_an_appositive_does_not()
    {
        var story = new StoryFixture()
            .Entity("e-forum", "Harbour Assembly", EntityKind.Organization)
            .Entity("e-teland", "Teland", EntityKind.Place)
            .Entity("e-norvik", "Norvik", EntityKind.Place)
            .Entity("e-osta", "Osta", EntityKind.Place);
        story.Article("a", "The Harbour Assembly resolution was approved by 61 members, with 12 abstaining including Teland, Norvik’s main ally, and Osta.");

        var claims = Claims(story, "a");

        Assert.Equal("abstained", claims.Single(c => c.Key == "vote:position|e-teland").Value);
        Assert.Equal("abstained", claims.Single(c => c.Key == "vote:position|e-osta").Value);
        Assert.DoesNotContain(claims, c => c.Key == "vote:position|e-norvik");
    }

    [Fact]
    public void Interactions_are_dated_by_their_sentence_or_a_neighbour_and_roles_stand_for_the_previous_person()
    {
        var story = new StoryFixture()
            .Entity("e-ana", "Ana Ferro", EntityKind.Person)
            .Entity("e-bo", "Bo Lind", EntityKind.Person)
            .Entity("e-cy", "Cy Moro", EntityKind.Person)
            .Entity("e-norcorp", "Norcorp", EntityKind.Organization)
            .Entity("e-teland", "Teland", EntityKind.Place);
        story.Article("a",
                "Ana Ferro met with Bo Lind on Monday in the capital. " +
                "The army chief also met with Cy Moro, director of Norcorp. " +
                "Ana Ferro met the head of Teland’s shipping firm Norcorp, Cy Moro, to discuss trade. " +
                "Later, Teland’s president did not meet Bo Lind.")
            .Date("on Monday", new DateOnly(2024, 3, 4));

        var met = Claims(story, "a").Where(c => c.Kind == ClaimKind.Interaction).ToList();

        var lind = Assert.Single(met, c => c.Key == "met|e-ana|e-bo");
        Assert.Equal("2024-03-04", lind.Value);
        Assert.Null(lind.DateSource);
        var moro = met.Where(c => c.Key == "met|e-ana|e-cy").ToList();
        Assert.Equal(2, moro.Count);
        Assert.Equal("2024-03-04", moro[0].Value);
        Assert.NotNull(moro[0].DateSource);
        Assert.Equal(InteractionReader.Undated, moro[1].Value);
        Assert.DoesNotContain(met, c => c.Key.Contains("e-norcorp", StringComparison.Ordinal) || c.Key.Contains("e-teland", StringComparison.Ordinal));
    }
}
