using Crosscheck.Facts;
using Crosscheck.Model;

namespace Crosscheck.Tests.Facts;

/// <summary>
/// Phrasings of kidnappings, thefts and break-ins, and referendums: abductions and releases as
/// dated events, suspects counted as people, stolen money and ransoms, a referendum's yes and no
/// shares and its electorate, quotes that run across two sentences or follow a verb of naming, a
/// title two families give beside its bare head noun, and where a trailing attribution's speaker
/// spoke from.
/// </summary>
public sealed class CaptivityTheftAndBallotPhrasingTests
{
    private static List<string> QuantityKeys(string sentence, params (string Phrase, decimal Value, QuantityModifier Modifier, string? Unit)[] quantities)
    {
        var story = new StoryFixture();
        var article = story.Article("a", sentence);
        foreach (var (phrase, value, modifier, unit) in quantities)
        {
            article.Quantity(phrase, value, modifier, unit);
        }

        return story.SingleArticleClaims().Where(c => c.Kind == ClaimKind.Quantity).Select(c => c.Key + "=" + c.Value).ToList();
    }

    private static StoryFindings Check(StoryFixture story, params string[] keys) =>
        new CrossChecker(CrossCheckOptions.Default).Check(story.Story, story.Articles, keys.Select(k => StoryFixture.Family(k)).ToList(), story.Resolution());

    [Theory]
    [InlineData("The two aid workers were abducted on Monday near the border.", "on Monday", "event:kidnapping")]
    [InlineData("Gunmen kidnapped a priest on Monday.", "on Monday", "event:kidnapping")]
    [InlineData("Hackers breached the insurer's servers on Monday.", "on Monday", "event:attack")]
    [InlineData("The insurer was hit by a cyberattack on Monday.", "on Monday", "event:attack")]
    [InlineData("The three sailors walked free on Monday.", "on Monday", "event:release")]
    [InlineData("The dockers walked out on Monday.", "on Monday", "event:strike")]
    public void Abductions_break_ins_and_releases_are_dated_events(string sentence, string datePhrase, string key)
    {
        Assert.Equal(key, StoryFixture.DatedEventKey(sentence, datePhrase, new DateOnly(2024, 5, 13)));
    }

    [Fact]
    public void An_event_named_as_the_reason_for_arrests_is_not_dated_by_them()
    {
        var story = new StoryFixture();
        story.Article("a", "The police said on Tuesday they had detained four men in connection with the abduction the previous day.")
            .Date("on Tuesday", new DateOnly(2024, 5, 14))
            .Date("the previous day", new DateOnly(2024, 5, 13));

        var dated = story.SingleArticleClaims().Where(c => c.Kind == ClaimKind.DatedEvent).Select(c => c.Key + "=" + c.Value).ToList();

        Assert.Equal(["event:statement=2024-05-14", "event:arrest=2024-05-13"], dated);
    }

    [Theory]
    [InlineData("Police arrested six suspects in the capital.", "six suspects", "suspects", "arrested:people=6")]
    [InlineData("Six engineers were freed by the gang.", "Six engineers", "engineers", "released:people=6")]
    public void Suspects_and_trades_are_counted_as_people(string sentence, string phrase, string unit, string key)
    {
        Assert.Contains(key, QuantityKeys(sentence, (phrase, 6, QuantityModifier.Exact, unit)));
    }

    [Theory]
    [InlineData("Thieves stole 3.2 million euros from the depot.", "3.2 million euros", "EUR", "money:EUR:stolen")]
    [InlineData("More than 3.2 million euros was stolen from the depot.", "More than 3.2 million euros", "EUR", "money:EUR:stolen")]
    [InlineData("The insurer lost 3.2 million euros when hackers broke into its network.", "3.2 million euros", "EUR", "money:EUR:stolen")]
    [InlineData("The family paid 3.2 million euros for his release.", "3.2 million euros", "EUR", "money:EUR:ransom")]
    public void Stolen_money_and_the_price_of_a_release_are_claims(string sentence, string phrase, string unit, string key)
    {
        var keys = QuantityKeys(sentence, (phrase, 3_200_000, phrase.StartsWith("More", StringComparison.Ordinal) ? QuantityModifier.MoreThan : QuantityModifier.Exact, unit));

        Assert.Equal(key, Assert.Single(keys).Split('=')[0]);
    }

    [Fact]
    public void A_loss_with_no_theft_is_no_claim()
    {
        Assert.Empty(QuantityKeys("The insurer lost 3.2 million euros in the third quarter.", ("3.2 million euros", 3_200_000, QuantityModifier.Exact, "EUR")));
    }

    [Theory]
    [InlineData("In the referendum, 61.2 percent voted yes.", "61.2 percent", "share:yes=61.2")]
    [InlineData("The vote ended with 61.2 percent for the No side.", "61.2 percent", "share:no=61.2")]
    [InlineData("Officials put the No vote at 61.2 percent.", "61.2 percent", "share:no=61.2")]
    [InlineData("The Yes campaign won the referendum with 61.2 percent of the vote.", "61.2 percent", "share:yes=61.2")]
    public void A_referendum_share_belongs_to_the_side_named_with_it(string sentence, string phrase, string key)
    {
        Assert.Equal([key], QuantityKeys(sentence, (phrase, 61.2m, QuantityModifier.Exact, "percent")));
    }

    [Fact]
    public void A_percentage_in_a_vote_with_no_side_is_no_share()
    {
        var keys = QuantityKeys("There was no vote on the plan, which needs 61.2 percent to pass.", ("61.2 percent", 61.2m, QuantityModifier.Exact, "percent"));

        Assert.DoesNotContain(keys, k => k.StartsWith("share:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Turnout was 44 percent of the 2.4 million registered voters.", "2.4 million registered voters", "voters")]
    [InlineData("About half of the 2.4 million voters on the rolls took part in the referendum.", "2.4 million voters", "voters")]
    [InlineData("Turnout was 44 percent of the 2.4 million registered voters.", "2.4 million", null)]
    public void Voters_entitled_to_vote_are_the_electorate(string sentence, string phrase, string? unit)
    {
        Assert.Contains("registered:voters=2400000", QuantityKeys(sentence, (phrase, 2_400_000, QuantityModifier.Exact, unit)));
    }

    [Fact]
    public void A_quote_that_runs_across_two_sentences_is_read_whole()
    {
        var story = new StoryFixture().Entity("p-varga", "Ilse Varga", EntityKind.Person, "Varga");
        story.Article("a", "Ilse Varga spoke after the vote. \"Nobody will lose a single coin here. Every saver will be repaid in full,\" Varga said.");

        var quote = Assert.Single(story.SingleArticleClaims(), c => c.Kind == ClaimKind.Quote);
        Assert.Equal("Ilse Varga: nobody will lose a single coin here every saver will be repaid in full", quote.Value);
    }

    [Theory]
    [InlineData("Ilse Varga called the result \"a dark day for the whole republic\" and left the hall.")]
    [InlineData("Ilse Varga described the outcome as \"a dark day for the whole republic\".")]
    public void A_quote_after_a_verb_of_naming_is_the_subject_s_words(string text)
    {
        var story = new StoryFixture().Entity("p-varga", "Ilse Varga", EntityKind.Person);
        story.Article("a", text);

        var quote = Assert.Single(story.SingleArticleClaims(), c => c.Kind == ClaimKind.Quote);
        Assert.Equal("Ilse Varga: a dark day for the whole republic", quote.Value);
    }

    [Theory]
    [InlineData("opposition leader", "opposition leader", "leader", FactStatus.Corroborated)]
    [InlineData("former governor", "former governor", "governor", FactStatus.Compatible)]
    [InlineData("deputy leader", "deputy leader", "leader", FactStatus.Compatible)]
    public void A_title_two_families_give_is_corroborated_beside_its_bare_head_noun(string a, string b, string c, FactStatus status)
    {
        var story = new StoryFixture().Entity("p-varga", "Ilse Varga", EntityKind.Person);
        story.Article("a", $"Ilse Varga, the {a}, spoke on the radio.");
        story.Article("b", $"Ilse Varga, the {b}, spoke to reporters.");
        story.Article("c", $"Ilse Varga, the {c}, left the country.");

        var fact = Assert.Single(Check(story, "a", "b", "c").Facts, f => f.Kind == FactKind.Attribute);
        Assert.Equal(status, fact.Status);
    }

    [Fact]
    public void The_place_a_speaker_spoke_from_is_not_where_the_event_happened()
    {
        var story = new StoryFixture()
            .Entity("pl-dorvik", "Dorvik", EntityKind.Place)
            .Entity("pl-varna", "Varna", EntityKind.Place);
        story.Article("a", "Police detained four men in Dorvik on Tuesday.").Date("on Tuesday", new DateOnly(2024, 5, 14));
        story.Article("b", "Police detained four men on Tuesday, a spokesman in Varna said.").Date("on Tuesday", new DateOnly(2024, 5, 14));

        var arrests = Check(story, "a", "b").Facts.Where(f => f.Kind == FactKind.Date && f.Subject.StartsWith("arrest", StringComparison.Ordinal)).ToList();

        // Varna is only where the spokesman spoke: the two arrests are one.
        Assert.Contains(arrests, f => f.Status == FactStatus.Corroborated && f.Variants.Single().Value == "2024-05-14");
    }
}
