using Crosscheck.Facts;
using Crosscheck.Model;

namespace Crosscheck.Tests.Facts;

public sealed class ClaimExtractorTests
{
    private static IReadOnlyList<Claim> Claims(StoryFixture story, string key)
    {
        var article = story.Articles.Single(a => a.Id == StoryFixture.Id(key));
        return new ClaimExtractor(CrossCheckOptions.Default).Extract(article, story.Resolution());
    }

    private static string Component(IReadOnlyList<Claim> claims, string key) => claims.Single(c => c.Key == key).Value;

    [Fact]
    public void Tally_spread_over_two_sentences_reads_each_component_and_the_lone_objector()
    {
        var story = new StoryFixture()
            .Entity("e-forum", "Harbour Assembly", EntityKind.Organization)
            .Entity("e-norvik", "Norvik", EntityKind.Place)
            .Entity("e-teland", "Teland", EntityKind.Place);
        story.Article("a",
            "The Harbour Assembly adopted a resolution on fishing quotas. " +
            "It was approved by 61 members, with 12 abstaining including Teland. " +
            "Only one member, Norvik, voted against it.");

        var claims = Claims(story, "a");

        Assert.Equal("61", Component(claims, "vote:for"));
        Assert.Equal("12", Component(claims, "vote:abstain"));
        Assert.Equal("1", Component(claims, "vote:against"));
        Assert.Equal("against", Component(claims, "vote:position|e-norvik"));
        Assert.Equal("abstained", Component(claims, "vote:position|e-teland"));
        Assert.All(claims.Where(c => c.Kind == ClaimKind.Vote), c => Assert.Equal("e-forum", c.Anchor));
    }

    [Theory]
    [InlineData("The board passed the motion 9 in favour to 1 against (Teland), with 2 abstentions.", "9", "1", "2")]
    [InlineData("The board backed the motion by a vote of 9-1-2 on a show of hands.", "9", "1", "2")]
    [InlineData("The motion passed by 9 votes to 1, and 2 members abstained.", "9", "1", "2")]
    [InlineData("Board members voted 9 to 1 on Friday to pass the motion, with 2 abstentions.", "9", "1", "2")]
    public void Tally_phrasings_agree(string sentence, string yes, string no, string abstain)
    {
        var story = new StoryFixture().Entity("e-teland", "Teland", EntityKind.Place);
        story.Article("a", sentence);

        var claims = Claims(story, "a");

        Assert.Equal(yes, Component(claims, "vote:for"));
        Assert.Equal(no, Component(claims, "vote:against"));
        Assert.Equal(abstain, Component(claims, "vote:abstain"));
    }

    [Fact]
    public void Numbers_without_an_outcome_word_are_not_claims_and_human_nouns_fold_into_people()
    {
        var story = new StoryFixture();
        story.Article("a",
                "The 64-year-old governor toured 3 districts. " +
                "Police detained about 40 protesters near the square. " +
                "Officials said 12 civilians were wounded.")
            .Quantity("64-year", 64, QuantityModifier.Exact, "year")
            .Quantity("3 districts", 3, QuantityModifier.Exact, "districts")
            .Quantity("about 40 protesters", 40, QuantityModifier.About, "protesters")
            .Quantity("12 civilians", 12, QuantityModifier.Exact, "civilians");

        var claims = Claims(story, "a").Where(c => c.Kind == ClaimKind.Quantity).ToList();

        Assert.Equal(["arrested:people", "injured:people"], claims.Select(c => c.Key));
        Assert.Equal(["about 40", "12"], claims.Select(c => c.Value));
        Assert.Equal("about 40 protesters", claims[0].Text);
    }

    [Theory]
    [InlineData("The board approved the plan by 9 to 1 votes.")]
    [InlineData("Turnout in the vote rose by 3 to 5 percent.")]
    public void By_n_to_m_is_a_tally_only_when_nothing_follows_that_makes_it_a_range(string sentence)
    {
        var story = new StoryFixture();
        story.Article("a", sentence);

        Assert.DoesNotContain(Claims(story, "a"), c => c.Key == "vote:against");
    }

    [Fact]
    public void A_number_takes_the_outcome_of_its_own_clause()
    {
        var story = new StoryFixture();
        story.Article("a", "Four miners died and 17 were injured in the blast.")
            .Quantity("Four miners", 4, QuantityModifier.Exact, "miners")
            .Quantity("17", 17, QuantityModifier.Exact, null);

        var claims = Claims(story, "a").Where(c => c.Kind == ClaimKind.Quantity).ToList();

        Assert.Equal(["killed:people", "injured:people"], claims.Select(c => c.Key));
        Assert.Equal(["4", "17"], claims.Select(c => c.Value));
    }

    [Fact]
    public void An_event_word_dates_the_date_nearest_to_it_in_a_two_date_sentence()
    {
        var story = new StoryFixture().Entity("e-lake", "Lake Orm", EntityKind.Place);
        story.Article("a", "The captain of the boat that capsized on Lake Orm on Saturday was arrested on Sunday.")
            .Date("on Saturday", new DateOnly(2024, 5, 4))
            .Date("on Sunday", new DateOnly(2024, 5, 5));

        var events = Claims(story, "a").Where(c => c.Kind == ClaimKind.DatedEvent).ToList();

        Assert.Equal(["event:disaster", "event:arrest"], events.Select(e => e.Key));
        Assert.Equal(["2024-05-04", "2024-05-05"], events.Select(e => e.Value));
    }

    [Fact]
    public void A_possessive_date_dates_the_noun_after_it()
    {
        var story = new StoryFixture().Entity("e-ilona", "Ilona Varek", EntityKind.Person);
        story.Article("a", "Ilona Varek won a second term with 54 percent of the vote in Sunday's election.")
            .Date("Sunday", new DateOnly(2024, 6, 2));

        var dated = Assert.Single(Claims(story, "a"), c => c.Kind == ClaimKind.DatedEvent);

        Assert.Equal("event:election", dated.Key);
    }

    [Theory]
    [InlineData("The army ousted the democratically elected government of Ilona Varek on February 1, claiming fraud.", "on February 1", "event:takeover")]
    [InlineData("Gunmen reportedly killed 12 villagers in Orm on Sunday.", "on Sunday", "event:attack")]
    public void A_participle_describing_a_noun_does_not_name_the_event(string sentence, string date, string key)
    {
        var story = new StoryFixture().Entity("e-ilona", "Ilona Varek", EntityKind.Person).Entity("e-orm", "Orm", EntityKind.Place);
        story.Article("a", sentence).Date(date, new DateOnly(2024, 2, 1));

        var dated = Assert.Single(Claims(story, "a"), c => c.Kind == ClaimKind.DatedEvent);

        Assert.Equal(key, dated.Key);
    }

    [Fact]
    public void A_money_amount_is_a_claim_about_what_it_pays_for()
    {
        var story = new StoryFixture();
        story.Article("a", "The two governments signed a $2.5 billion port agreement. Each minister earns $90,000.")
            .Quantity("$2.5 billion", 2_500_000_000m, QuantityModifier.Exact, "USD")
            .Quantity("$90,000", 90_000m, QuantityModifier.Exact, "USD");

        var claim = Assert.Single(Claims(story, "a"), c => c.Kind == ClaimKind.Quantity);

        Assert.Equal("money:USD:deal", claim.Key);
        Assert.Equal("2.5 billion USD", claim.Value);
        Assert.Equal("deal amount", claim.Subject);
    }

    [Theory]
    [InlineData(2_500_000_000, QuantityModifier.Exact, "2.5 billion USD")]
    [InlineData(40_000_000, QuantityModifier.AtLeast, "at least 40 million USD")]
    [InlineData(12_500, QuantityModifier.About, "about 12,500 USD")]
    public void Money_values_read_with_their_scale(long value, QuantityModifier modifier, string expected)
    {
        Assert.Equal(expected, QuantityClaimReader.DescribeMoney(value, modifier, "USD"));
    }

    [Fact]
    public void Turnout_is_a_counted_outcome()
    {
        var story = new StoryFixture();
        story.Article("a", "Turnout fell to 61 percent, the lowest since independence.")
            .Quantity("61 percent", 61, QuantityModifier.Exact, "percent");

        var claim = Assert.Single(Claims(story, "a"), c => c.Kind == ClaimKind.Quantity);

        Assert.Equal("turnout:percent", claim.Key);
        Assert.Equal("61", claim.Value);
    }

    [Fact]
    public void Dated_event_takes_the_class_of_the_nearest_event_word_over_a_statement_verb()
    {
        var story = new StoryFixture()
            .Entity("e-ana", "Ana Ferro", EntityKind.Person)
            .Entity("e-port", "Port Lisk", EntityKind.Place);
        story.Article("a", "Officials said Ana Ferro landed in Port Lisk on Tuesday. The ministry said on Wednesday that talks would follow.")
            .Date("on Tuesday", new DateOnly(2023, 3, 14))
            .Date("on Wednesday", new DateOnly(2023, 3, 15));

        var events = Claims(story, "a").Where(c => c.Kind == ClaimKind.DatedEvent).ToList();

        Assert.Equal(["event:arrival", "event:statement"], events.Select(e => e.Key));
        Assert.Equal("2023-03-14", events[0].Value);
        Assert.Equal(["e-ana", "e-port"], events[0].Participants.Select(p => p.EntityId));
    }

    [Fact]
    public void A_schedule_of_dates_and_places_gives_no_dated_claims_but_a_two_date_sentence_does()
    {
        var story = new StoryFixture()
            .Entity("e-lisk", "Port Lisk", EntityKind.Place)
            .Entity("e-orm", "Ormsby", EntityKind.Place);
        story.Article("a",
            "The band opens the tour in Port Lisk on July 19 and closes it in Ormsby on August 30. " +
            "Dates: July 19 – Port Lisk @ Harbour Hall  July 22 – Ormsby @ Arena  July 26 – Vell @ Dome  August 2 – Kest @ Park")
            .Date("on July 19", new DateOnly(2023, 7, 19))
            .Date("on August 30", new DateOnly(2023, 8, 30))
            .Date("July 19 –", new DateOnly(2023, 7, 19))
            .Date("July 22", new DateOnly(2023, 7, 22))
            .Date("July 26", new DateOnly(2023, 7, 26))
            .Date("August 2", new DateOnly(2023, 8, 2));

        var events = Claims(story, "a").Where(c => c.Kind == ClaimKind.DatedEvent).ToList();

        Assert.Equal(["2023-07-19", "2023-08-30"], events.Select(e => e.Value));
    }

    [Fact]
    public void Interaction_targets_the_person_not_the_possessing_country_and_quotes_need_a_speaker()
    {
        var story = new StoryFixture()
            .Entity("e-ana", "Ana Ferro", EntityKind.Person, "Ferro")
            .Entity("e-bo", "Bo Lind", EntityKind.Person)
            .Entity("e-teland", "Teland", EntityKind.Place);
        story.Article("a",
            "Ana Ferro met Teland's foreign minister Bo Lind in the capital. " +
            "\"The border will stay open for trade,\" Ferro told reporters. " +
            "A placard read \"no more walls between our towns\" outside.");

        var claims = Claims(story, "a");

        var met = claims.Single(c => c.Kind == ClaimKind.Interaction);
        Assert.Equal("met|e-ana|e-bo", met.Key);
        var quote = claims.Single(c => c.Kind == ClaimKind.Quote);
        Assert.Equal("e-ana", quote.Anchor);
        Assert.Equal("Ana Ferro: the border will stay open for trade", quote.Value);
    }

    [Theory]
    [InlineData("Ana Ferro met Telandic Defence Minister Bo Lind in the capital.", "e-telandic", EntityKind.Other)]
    [InlineData("Ana Ferro met Teland Prime Minister Bo Lind in the capital.", "e-teland", EntityKind.Place)]
    public void Interaction_skips_a_nationality_or_country_qualifying_the_person(string sentence, string qualifierId, EntityKind qualifierKind)
    {
        var story = new StoryFixture()
            .Entity("e-ana", "Ana Ferro", EntityKind.Person)
            .Entity("e-bo", "Bo Lind", EntityKind.Person)
            .Entity(qualifierId, qualifierKind == EntityKind.Place ? "Teland" : "Telandic", qualifierKind);
        story.Article("a", sentence);

        var met = Claims(story, "a").Single(c => c.Kind == ClaimKind.Interaction);

        Assert.Equal("met|e-ana|e-bo", met.Key);
    }

    [Fact]
    public void Entity_completing_a_role_is_not_the_actor()
    {
        var story = new StoryFixture()
            .Entity("e-ana", "Ana Ferro", EntityKind.Person)
            .Entity("e-guard", "Coast Guard", EntityKind.Organization)
            .Entity("e-bo", "Bo Lind", EntityKind.Person);
        story.Article("a", "Ana Ferro toured the harbour. The commander of the Coast Guard also met with Bo Lind.");

        var met = Claims(story, "a").Where(c => c.Kind == ClaimKind.Interaction).ToList();

        Assert.DoesNotContain(met, c => c.Key.Contains("e-guard", StringComparison.Ordinal));
        Assert.Contains(met, c => c.Key == "met|e-ana|e-bo");
    }

    [Fact]
    public void Every_claim_span_lies_inside_its_sentence()
    {
        var story = FloodStory.Build();
        var extractor = new ClaimExtractor(CrossCheckOptions.Default);
        var resolution = story.Resolution();
        foreach (var article in story.Articles)
        {
            foreach (var claim in extractor.Extract(article, resolution))
            {
                Assert.True(claim.Sentence.Contains(claim.Span), $"{claim.Key} {claim.Span} outside {claim.Sentence}");
                Assert.Equal(claim.Text, claim.Span.Of(article.Text));
            }
        }
    }
}
