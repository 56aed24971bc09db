using Crosscheck.Facts;
using Crosscheck.Model;

namespace Crosscheck.Tests.Facts;

/// <summary>
/// Wire-report phrasings the readers must not miss: a court's order and a weapon's strike as
/// events, plans announced on a day, trailing attributions, homes left without power, people
/// treated in hospital or affected, parts of a toll, shares of a workforce, fines named before the
/// amount and currency conversions, quotes introduced by "saying" and quotes repeated in part.
/// </summary>
public sealed class WireReportPhrasingTests
{
    private static string DatedKey(string sentence, string datePhrase) => StoryFixture.DatedEventKey(sentence, datePhrase, new DateOnly(2023, 4, 17));

    [Theory]
    [InlineData("A court in the port city on Monday ordered the shipping firm to pay its crews.", "on Monday", "event:verdict")]
    [InlineData("The chemicals group was fined by a tribunal on Monday.", "on Monday", "event:verdict")]
    [InlineData("Lawyers for the family welcomed Monday's ruling.", "Monday", "event:verdict")]
    [InlineData("A missile struck the fuel depot on Monday.", "on Monday", "event:attack")]
    [InlineData("A gale swept the islands on Monday, leaving 9,000 homes without power.", "on Monday", "event:disaster")]
    [InlineData("The bank said on Monday it would close 40 branches.", "on Monday", "event:announcement")]
    [InlineData("The mining group announced on Monday that its profit had doubled.", "on Monday", "event:announcement")]
    [InlineData("A drone strike on a wedding party in the hills killed nine guests and wounded 20 others on Monday, the provincial governor said.", "on Monday", "event:attack")]
    public void A_dated_event_is_named_by_its_context(string sentence, string datePhrase, string key)
    {
        Assert.Equal(key, DatedKey(sentence, datePhrase));
    }

    [Theory]
    [InlineData("The ruling party on Monday picked a new leader.", "on Monday")]
    [InlineData("The gale left about 9,000 homes without power on Monday.", "on Monday")]
    public void A_word_out_of_its_context_names_no_such_event(string sentence, string datePhrase)
    {
        var key = DatedKey(sentence, datePhrase);
        Assert.NotEqual("event:verdict", key);
        Assert.NotEqual("event:departure", key);
    }

    [Fact]
    public void A_day_inside_a_quote_does_not_date_an_event_outside_it()
    {
        var key = DatedKey("\"Most lines will be repaired by Friday,\" the engineer said after a visit to the depot.", "Friday");

        Assert.NotEqual("event:arrival", key);
    }

    [Theory]
    [InlineData("The gale left 9,000 homes without power.", "9,000 homes", 9000, "homes", "without power:household")]
    [InlineData("Falling trees cut electricity to 12,000 households.", "12,000 households", 12000, "households", "without power:household")]
    [InlineData("More than 5,000 households in the valley were still without electricity.", "5,000 households", 5000, "households", "without power:household")]
    [InlineData("Thirty people were being treated in hospital.", "Thirty people", 30, "people", "injured:people")]
    [InlineData("About 4,000 passengers had been affected.", "4,000 passengers", 4000, "passengers", "affected:people")]
    [InlineData("The bank will cut 900 jobs.", "900 jobs", 900, "jobs", "jobs:jobs")]
    [InlineData("The insurer will shed 600 positions.", "600 positions", 600, "positions", "jobs:jobs")]
    [InlineData("The cuts amount to about 7 percent of its workforce.", "7 percent", 7, "percent", "share:workforce")]
    [InlineData("The insurer will shed 10 percent of its staff.", "10 percent", 10, "percent", "share:workforce")]
    public void A_count_takes_the_outcome_a_reader_would_give_it(string sentence, string phrase, int value, string unit, string key)
    {
        var story = new StoryFixture();
        story.Article("a", sentence).Quantity(phrase, value, QuantityModifier.Exact, unit);

        Assert.Equal(key, Assert.Single(story.SingleArticleClaims(), c => c.Kind == ClaimKind.Quantity).Key);
    }

    [Theory]
    [InlineData("The shelling killed 30 people, including 8 children, and wounded 52 others.", "8 children")]
    [InlineData("The shelling killed 30 people, among them 8 children, and wounded 52 others.", "8 children")]
    public void A_part_of_a_toll_keeps_its_noun_and_the_toll_s_outcome(string sentence, string part)
    {
        var story = new StoryFixture();
        story.Article("a", sentence)
            .Quantity("30 people", 30, QuantityModifier.Exact, "people")
            .Quantity(part, 8, QuantityModifier.Exact, "children")
            .Quantity("52 others", 52, QuantityModifier.Exact, null);

        var quantities = story.SingleArticleClaims().Where(c => c.Kind == ClaimKind.Quantity).Select(c => c.Key + "=" + c.Value);

        Assert.Equal(["killed:people=30", "killed:children=8", "injured:people=52"], quantities);
    }

    [Fact]
    public void Among_the_dead_names_a_part_of_the_toll()
    {
        var story = new StoryFixture();
        story.Article("a", "Among the dead were 8 children.").Quantity("8 children", 8, QuantityModifier.Exact, "children");

        Assert.Equal("killed:children", Assert.Single(story.SingleArticleClaims(), c => c.Kind == ClaimKind.Quantity).Key);
    }

    [Fact]
    public void Cars_swept_away_are_not_the_toll()
    {
        var story = new StoryFixture();
        story.Article("a", "The flood swept away a dozen cars, killing four people.")
            .Quantity("a dozen cars", 12, QuantityModifier.Exact, "cars")
            .Quantity("four people", 4, QuantityModifier.Exact, "people");

        Assert.Equal("killed:people", Assert.Single(story.SingleArticleClaims(), c => c.Kind == ClaimKind.Quantity).Key);
    }

    [Theory]
    [InlineData("The court ordered the insurer to pay a fine of 3 million euros ($3.4 million) for misleading clients.")]
    [InlineData("The insurer was fined 3 million euros by the court.")]
    public void A_fine_named_before_the_amount_is_one_claim_and_a_conversion_is_none(string sentence)
    {
        var story = new StoryFixture();
        var article = story.Article("a", sentence).Quantity("3 million euros", 3_000_000, QuantityModifier.Exact, "EUR");
        if (sentence.Contains("$3.4 million", StringComparison.Ordinal))
        {
            article.Quantity("$3.4 million", 3_400_000, QuantityModifier.Exact, "USD");
        }

        var money = Assert.Single(story.SingleArticleClaims(), c => c.Kind == ClaimKind.Quantity);
        Assert.Equal("money:EUR:fine", money.Key);
        Assert.Equal("3 million EUR", money.Value);
    }

    [Fact]
    public void A_quote_after_saying_is_the_sentence_subject_s()
    {
        var story = new StoryFixture().Entity("p-dahl", "Mara Dahl", EntityKind.Person);
        story.Article("a", "Union leader Mara Dahl rejected the offer, saying: \"Nobody can feed a family on these wages.\"");

        var quote = Assert.Single(story.SingleArticleClaims(), c => c.Kind == ClaimKind.Quote);
        Assert.Equal("Mara Dahl: nobody can feed a family on these wages", quote.Value);
    }

    [Fact]
    public void A_quote_after_saying_with_two_people_before_it_has_no_speaker()
    {
        var story = new StoryFixture()
            .Entity("p-dahl", "Mara Dahl", EntityKind.Person)
            .Entity("p-holm", "Eric Holm", EntityKind.Person);
        story.Article("a", "Mara Dahl met Eric Holm on the quay, saying: \"Nobody can feed a family on these wages.\"");

        Assert.DoesNotContain(story.SingleArticleClaims(), c => c.Kind == ClaimKind.Quote);
    }

    [Fact]
    public void A_quote_repeated_from_its_start_is_the_same_quote()
    {
        var story = new StoryFixture().Entity("p-dahl", "Mara Dahl", EntityKind.Person);
        story.Article("a", "\"We expect the ferries to run again by Friday, but the island routes may take much longer to reopen,\" Mara Dahl told reporters.");
        story.Article("b", "\"We expect the ferries to run again by Friday,\" Mara Dahl said.");
        var families = new[] { StoryFixture.Family("a"), StoryFixture.Family("b") };

        var findings = new CrossChecker(CrossCheckOptions.Default).Check(story.Story, story.Articles, families, story.Resolution());

        var quote = Assert.Single(findings.Facts, f => f.Kind == FactKind.Quote);
        Assert.Equal(FactStatus.Corroborated, quote.Status);
    }

    [Fact]
    public void Counts_of_one_outcome_within_a_factor_of_two_are_one_question()
    {
        var story = new StoryFixture();
        story.Article("a", "The blast wounded 64 people.").Quantity("64 people", 64, QuantityModifier.Exact, "people");
        story.Article("b", "The blast injured 46 people.").Quantity("46 people", 46, QuantityModifier.Exact, "people");
        story.Article("c", "The blast injured 460 people.").Quantity("460 people", 460, QuantityModifier.Exact, "people");
        var families = new[] { StoryFixture.Family("a"), StoryFixture.Family("b"), StoryFixture.Family("c") };

        var findings = new CrossChecker(CrossCheckOptions.Default).Check(story.Story, story.Articles, families, story.Resolution());

        var injured = findings.Facts.Where(f => f.Subject == "people injured").ToList();
        Assert.Equal(2, injured.Count);
        var conflict = Assert.Single(injured, f => f.Status == FactStatus.Conflicting);
        Assert.Equal(["64", "46"], conflict.Variants.Select(v => v.Value));
    }
}
