using Crosscheck.Facts;
using Crosscheck.Model;

namespace Crosscheck.Tests.Facts;

/// <summary>
/// Phrasings of data releases, markets, weather, shipwrecks and match reports: indicator levels
/// and the level they changed from, forecasts and targets that are no measurement, share moves,
/// temperature readings, burned areas, a vessel's load, crowds, bodies and survivors, people forced
/// from home, match scores, passive killings, figures that "showed", parades and finals, and a
/// quote in a sentence with no speech verb.
/// </summary>
public sealed class DataAndSportPhrasingTests
{
    private static IReadOnlyList<Claim> SentenceClaims(string sentence)
    {
        var story = new StoryFixture();
        story.Article("a", sentence);
        return story.SingleArticleClaims();
    }

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

    [Fact]
    public void An_indicator_s_level_and_the_level_it_changed_from_are_two_questions()
    {
        var keys = QuantityKeys(
            "Annual inflation in the republic rose to 5.1 percent in May from 4.6 percent in April, the agency said.",
            ("5.1 percent", 5.1m, QuantityModifier.Exact, "percent"),
            ("4.6 percent", 4.6m, QuantityModifier.Exact, "percent"));

        Assert.Equal(["rate:inflation=5.1", "rate:inflation:previous=4.6"], keys);
    }

    [Fact]
    public void An_indicator_s_peak_is_not_its_level()
    {
        var keys = QuantityKeys(
            "Inflation, which peaked at 10.1 percent in October, has since eased to 6.7 percent.",
            ("10.1 percent", 10.1m, QuantityModifier.Exact, "percent"),
            ("6.7 percent", 6.7m, QuantityModifier.Exact, "percent"));

        Assert.Equal(["rate:inflation:peak=10.1", "rate:inflation=6.7"], keys);
    }

    [Theory]
    [InlineData("The jobless rate fell to 8.3 percent in the spring.", "8.3 percent", 8.3, "rate:unemployment=8.3")]
    [InlineData("Consumer prices were 3.2 percent higher than a year earlier.", "3.2 percent", 3.2, "rate:inflation=3.2")]
    [InlineData("Fuel prices jumped 14.5 percent over the year.", "14.5 percent", 14.5, "rate:inflation:fuel=14.5")]
    [InlineData("Official data showed inflation easing to 2.7 percent.", "2.7 percent", 2.7, "rate:inflation=2.7")]
    [InlineData("The bank left its key rate at 4.75 percent.", "4.75 percent", 4.75, "rate:interest=4.75")]
    [InlineData("The airline's shares fell 3.4 percent in early trading.", "3.4 percent", 3.4, "rate:shares=3.4")]
    [InlineData("The airline's shares fell by 3.4 percent in early trading.", "3.4 percent", 3.4, "rate:shares=3.4")]
    public void A_percentage_after_an_indicator_is_its_level(string sentence, string phrase, decimal value, string key)
    {
        Assert.Equal([key], QuantityKeys(sentence, (phrase, value, QuantityModifier.Exact, "percent")));
    }

    [Theory]
    [InlineData("Economists had expected inflation to slow to 3.9 percent.", "3.9 percent", 3.9)]
    [InlineData("Inflation is far above the bank's 2 percent target.", "2 percent", 2)]
    [InlineData("The bank raised its key rate by 0.5 percent.", "0.5 percent", 0.5)]
    public void A_forecast_a_target_or_a_change_is_no_level(string sentence, string phrase, decimal value)
    {
        Assert.Empty(QuantityKeys(sentence, (phrase, value, QuantityModifier.Exact, "percent")));
    }

    [Fact]
    public void A_temperature_reading_is_a_claim_and_its_conversion_is_none()
    {
        var keys = QuantityKeys(
            "Thermometers in the valley hit 44.1 degrees Celsius (111.4 Fahrenheit) on Monday.",
            ("44.1 degrees", 44.1m, QuantityModifier.Exact, "degrees"),
            ("111.4", 111.4m, QuantityModifier.Exact, null));

        Assert.Equal(["temperature:celsius=44.1"], keys);
        Assert.Equal(["temperature:celsius=43.7"], QuantityKeys("The town reached 43.7C by noon.", ("43.7", 43.7m, QuantityModifier.Exact, null)));
    }

    [Theory]
    [InlineData("The heat broke the old record of 43.9C set in 2003.", "43.9")]
    [InlineData("Temperatures will stay above 40C until Friday.", "40")]
    public void A_temperature_that_is_no_reading_is_no_claim(string sentence, string phrase)
    {
        Assert.Empty(QuantityKeys(sentence, (phrase, decimal.Parse(phrase, System.Globalization.CultureInfo.InvariantCulture), QuantityModifier.Exact, null)));
    }

    [Theory]
    [InlineData("The blaze has burned 3,200 hectares of pine forest.", "burned:hectare=3200")]
    [InlineData("Some 3,200 hectares were scorched.", "burned:hectare=3200")]
    [InlineData("The farm covers 3,200 hectares.", null)]
    public void An_area_counts_only_as_land_a_fire_took(string sentence, string? key)
    {
        var keys = QuantityKeys(sentence, ("3,200 hectares", 3200, QuantityModifier.Exact, "hectares"));

        Assert.Equal(key is null ? [] : [key], keys);
    }

    [Theory]
    [InlineData("A dinghy carrying 40 people sank near the reef, and 12 people were missing.", "40 people", 40, "people", "aboard:people=40")]
    [InlineData("Rescuers recovered nine bodies from the wreck.", "nine bodies", 9, "bodies", "killed:people=9")]
    [InlineData("Fishermen pulled 17 survivors from the sea.", "17 survivors", 17, "survivors", "rescued:people=17")]
    [InlineData("About 600 villagers were forced to leave their homes.", "600 villagers", 600, "villagers", "displaced:people=600")]
    [InlineData("The striker scored twice in front of 52,000 fans.", "52,000 fans", 52000, "fans", "attendance:people=52000")]
    [InlineData("The hosts won before a crowd of 31,000.", "31,000", 31000, null, "attendance:people=31000")]
    [InlineData("Thousands of fans marched through the city.", "Thousands of fans", 1000, "fans", "protested:people=1000")]
    public void A_count_takes_what_a_reader_would_say_it_counts(string sentence, string phrase, decimal value, string? unit, string key)
    {
        var keys = QuantityKeys(sentence, (phrase, value, QuantityModifier.Exact, unit));

        Assert.Contains(key, keys);
        Assert.DoesNotContain(keys, k => k.StartsWith("missing:", StringComparison.Ordinal) && k.EndsWith("=40", StringComparison.Ordinal));
    }

    [Fact]
    public void Villages_evacuated_are_no_count_of_people()
    {
        Assert.Empty(QuantityKeys("Five villages were evacuated.", ("Five villages", 5, QuantityModifier.Exact, "villages")));
    }

    [Theory]
    [InlineData("The hosts beat the champions 2-0 in the semi-final.", "2-0")]
    [InlineData("The champions lost 0-2 to the hosts in the semi-final.", "2-0")]
    [InlineData("The hosts won by four goals to two.", "4-2")]
    public void A_match_result_is_one_score_with_the_winner_s_goals_first(string sentence, string value)
    {
        var score = Assert.Single(SentenceClaims(sentence), c => c.Key == ScoreReader.Key);

        Assert.Equal(value, score.Value);
    }

    [Theory]
    [InlineData("The chamber voted 61-39 to pass the bill.")]
    [InlineData("Nurses work a 9-5 shift on weekdays.")]
    public void A_tally_or_a_span_of_hours_is_no_score(string sentence)
    {
        Assert.DoesNotContain(SentenceClaims(sentence), c => c.Key == ScoreReader.Key);
    }

    [Theory]
    [InlineData("Two guards were killed on Sunday during a fire at the depot.", "on Sunday", "event:death")]
    [InlineData("Official figures on Tuesday showed exports falling.", "on Tuesday", "event:release")]
    [InlineData("The trade figures were published on Tuesday.", "on Tuesday", "event:release")]
    [InlineData("The club will parade the trophy on Sunday.", "on Sunday", "event:parade")]
    [InlineData("The hosts won the final on Saturday.", "on Saturday", "event:match")]
    [InlineData("Rain is forecast to continue until Sunday.", "Sunday", "event:forecast")]
    [InlineData("The strike runs until Sunday.", "Sunday", "event:end")]
    public void A_dated_event_is_named_by_its_words(string sentence, string datePhrase, string key)
    {
        Assert.Equal(key, StoryFixture.DatedEventKey(sentence, datePhrase, new DateOnly(2024, 5, 12)));
    }

    [Fact]
    public void A_quote_with_no_speech_verb_is_the_words_of_the_person_the_sentence_opens_with()
    {
        var story = new StoryFixture().Entity("p-voss", "Mara Voss", EntityKind.Person);
        story.Article("a", "Coach Mara Voss dedicated the title to her late father, \"who taught me everything about this game\".");

        var quote = Assert.Single(story.SingleArticleClaims(), c => c.Kind == ClaimKind.Quote);
        Assert.Equal("Mara Voss: who taught me everything about this game", quote.Value);
    }

    [Fact]
    public void A_quote_with_no_speech_verb_and_two_people_has_no_speaker()
    {
        var story = new StoryFixture()
            .Entity("p-voss", "Mara Voss", EntityKind.Person)
            .Entity("p-holm", "Eric Holm", EntityKind.Person);
        story.Article("a", "Mara Voss thanked Eric Holm for a season \"that none of us will ever forget\".");

        Assert.DoesNotContain(story.SingleArticleClaims(), c => c.Kind == ClaimKind.Quote);
    }

    [Fact]
    public void An_exact_figure_two_families_give_is_corroborated_beside_a_bound_that_fits_it()
    {
        var story = new StoryFixture();
        story.Article("a", "At least 14 people died in the shipwreck.").Quantity("At least 14 people", 14, QuantityModifier.AtLeast, "people");
        story.Article("b", "Rescuers recovered 14 bodies.").Quantity("14 bodies", 14, QuantityModifier.Exact, "bodies");
        story.Article("c", "Fourteen people died.").Quantity("Fourteen people", 14, QuantityModifier.Exact, "people");
        var families = new[] { StoryFixture.Family("a"), StoryFixture.Family("b"), StoryFixture.Family("c") };

        var findings = new CrossChecker(CrossCheckOptions.Default).Check(story.Story, story.Articles, families, story.Resolution());

        Assert.Equal(FactStatus.Corroborated, Assert.Single(findings.Facts, f => f.Subject == "people killed").Status);
    }

    [Fact]
    public void A_share_move_above_a_bound_with_decimals_fits_it_and_two_scores_conflict()
    {
        var story = new StoryFixture();
        story.Article("a", "The carrier's shares fell 6.2 percent. The hosts beat the visitors 3-1 in the final.")
            .Quantity("6.2 percent", 6.2m, QuantityModifier.Exact, "percent");
        story.Article("b", "The carrier's shares closed more than 6 percent lower. The visitors lost 2-1 in the final.")
            .Quantity("more than 6 percent", 6, QuantityModifier.MoreThan, "percent");
        var families = new[] { StoryFixture.Family("a"), StoryFixture.Family("b") };

        var findings = new CrossChecker(CrossCheckOptions.Default).Check(story.Story, story.Articles, families, story.Resolution());

        Assert.Equal(FactStatus.Compatible, Assert.Single(findings.Facts, f => f.Subject == "shares move").Status);
        Assert.Equal(FactStatus.Conflicting, Assert.Single(findings.Facts, f => f.Subject == "match score").Status);
    }
}
