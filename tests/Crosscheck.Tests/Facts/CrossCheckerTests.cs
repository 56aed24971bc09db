using Crosscheck.Facts;
using Crosscheck.Model;

namespace Crosscheck.Tests.Facts;

public sealed class CrossCheckerTests
{
    private static StoryFindings Check()
    {
        var story = FloodStory.Build();
        return new CrossChecker(CrossCheckOptions.Default).Check(story.Story, story.Articles, FloodStory.Families, story.Resolution());
    }

    private static Fact Single(StoryFindings findings, Func<Fact, bool> match)
    {
        var found = findings.Facts.Where(match).ToList();
        Assert.True(found.Count == 1, $"expected one fact, got {found.Count}: " + string.Join("; ", findings.Facts.Select(f => f.Subject + " = " + f.Explanation)));
        return found[0];
    }

    [Fact]
    public void A_quote_repeated_in_part_by_another_source_is_corroborated()
    {
        var story = new StoryFixture().Entity("e-ferro", "Ana Ferro", EntityKind.Person);
        story.Article("a", "\"The defendant abused the trust of the whole city,\" Ana Ferro said as she read the verdict.");
        story.Article("b", "Ana Ferro said the mayor had \"abused the trust of the whole city\".");
        story.Article("c", "\"The trial was fair,\" Ana Ferro said.");
        var families = new[] { StoryFixture.Family("a"), StoryFixture.Family("b"), StoryFixture.Family("c") };

        var findings = new CrossChecker(CrossCheckOptions.Default).Check(story.Story, story.Articles, families, story.Resolution());

        var quote = Single(findings, f => f.Kind == FactKind.Quote && f.Variants.Any(v => v.Value.Contains("abused", StringComparison.Ordinal)));
        Assert.Equal(FactStatus.Corroborated, quote.Status);
        Assert.Equal(["Ana Ferro: the defendant abused the trust of the whole city", "Ana Ferro: abused the trust of the whole city"], quote.Variants.Select(v => v.Value));
        Assert.Equal(2, quote.IndependentSources);
        Assert.EndsWith("some quoting it in part", quote.Explanation, StringComparison.Ordinal);
        Assert.DoesNotContain(findings.Facts, f => f.Kind == FactKind.Quote && f.Status == FactStatus.Corroborated && f.Variants.Any(v => v.Value.Contains("fair", StringComparison.Ordinal)));
    }

    [Fact]
    public void Lower_bounds_on_a_death_toll_are_compatible()
    {
        var fact = Single(Check(), f => f.Subject == "people killed");

        Assert.Equal(FactStatus.Compatible, fact.Status);
        Assert.Equal(["at least 120", "more than 110"], fact.Variants.Select(v => v.Value));
        Assert.Equal(2, fact.IndependentSources);
        Assert.Contains("both lower bounds", fact.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Different_days_for_one_arrival_conflict_and_the_wire_pair_counts_once()
    {
        var fact = Single(Check(), f => f.Kind == FactKind.Date && f.Subject.StartsWith("arrival", StringComparison.Ordinal));

        Assert.Equal(FactStatus.Conflicting, fact.Status);
        Assert.Equal(2, fact.IndependentSources);
        var friday = Assert.Single(fact.Variants, v => v.Value == "2024-05-17");
        var saturday = Assert.Single(fact.Variants, v => v.Value == "2024-05-18");
        Assert.Equal(2, friday.Sources.Count);
        Assert.Single(saturday.Sources);
        Assert.Equal("Friday (2024-05-17) vs Saturday (2024-05-18) for the arrival (Ostland, Veltrin): 1 vs 1 independent sources", fact.Explanation);
    }

    [Fact]
    public void A_tally_in_three_phrasings_is_corroborated_per_component()
    {
        var findings = Check();
        foreach (var (subject, value) in new[] { ("vote in favour", "14"), ("vote against", "2"), ("vote abstentions", "3") })
        {
            var fact = Single(findings, f => f.Subject.StartsWith(subject, StringComparison.Ordinal));
            Assert.Equal(FactStatus.Corroborated, fact.Status);
            Assert.Equal(value, Assert.Single(fact.Variants).Value);
            Assert.Equal(3, fact.IndependentSources);
            Assert.Equal(4, fact.Variants[0].Sources.Count);
        }

        Assert.DoesNotContain(findings.Facts, f => f.Subject.Contains("vote", StringComparison.Ordinal) && f.Subject.Contains("count", StringComparison.Ordinal));
    }

    [Fact]
    public void A_claim_only_in_the_wire_family_is_single_source()
    {
        var findings = Check();
        var fact = Single(findings, f => f.Subject == "people injured");

        Assert.Equal(FactStatus.SingleSource, fact.Status);
        Assert.Equal(1, fact.IndependentSources);
        Assert.Equal(2, fact.Variants[0].Sources.Count);

        var position = Single(findings, f => f.Subject == "Ostland's vote");
        Assert.Equal("abstained", Assert.Single(position.Variants).Value);
        Assert.Equal(FactStatus.SingleSource, position.Status);
    }

    [Fact]
    public void A_meeting_is_one_dated_interaction_not_also_a_dated_event()
    {
        var findings = Check();
        var met = Single(findings, f => f.Kind == FactKind.Event && f.Subject.Contains(" met ", StringComparison.Ordinal));
        Assert.Equal(FactStatus.Corroborated, met.Status);
        Assert.Equal(2, met.IndependentSources);
        Assert.Equal("2024-05-18", Assert.Single(met.Variants).Value);

        Assert.DoesNotContain(findings.Facts, f => f.Kind == FactKind.Date && f.Subject.StartsWith("meeting", StringComparison.Ordinal));
    }

    [Fact]
    public void A_quote_is_attributed_through_a_pronoun_and_corroborated()
    {
        var fact = Single(Check(), f => f.Kind == FactKind.Quote);

        Assert.Equal("quote by Tomas Varga", fact.Subject);
        Assert.Equal(FactStatus.Corroborated, fact.Status);
        Assert.Equal(2, fact.IndependentSources);
    }

    [Fact]
    public void A_spelling_used_by_one_source_is_a_single_source_naming_fact()
    {
        var fact = Single(Check(), f => f.Kind == FactKind.Naming);

        Assert.Equal(FactStatus.SingleSource, fact.Status);
        Assert.Equal("The Globe writes 'Lena Kirsh' for 'Lena Kirsch'", fact.Explanation);
        Assert.Equal(["Lena Kirsch", "Lena Kirsh"], fact.Variants.Select(v => v.Value));
    }

    [Fact]
    public void Facts_are_ordered_conflicting_single_compatible_corroborated_with_ids_by_first_appearance()
    {
        var facts = Check().Facts;
        var ranks = facts.Select(f => f.Status switch
        {
            FactStatus.Conflicting => 0,
            FactStatus.SingleSource => 1,
            FactStatus.Compatible => 2,
            _ => 3,
        }).ToList();

        Assert.Equal(ranks.Order(), ranks);
        Assert.Equal(facts.Count, facts.Select(f => f.Id).Distinct().Count());
        Assert.Equal("f1", facts.First(f => f.Kind == FactKind.Date && f.Subject.StartsWith("arrival", StringComparison.Ordinal)).Id);
    }

    [Fact]
    public void Timeline_is_sorted_and_merges_articles_reporting_one_event()
    {
        var findings = Check();
        var timeline = findings.Timeline;

        Assert.Equal(timeline.OrderBy(e => e.Date.Start), timeline);
        var friday = Assert.Single(timeline, e => e.Date.Start == FloodStory.Friday);
        Assert.Equal(2, friday.Sources.Count);
        Assert.StartsWith("Ostland's prime minister arrived in Veltrin on Friday", friday.Text, StringComparison.Ordinal);
        Assert.All(timeline, e => Assert.True(e.Text.Length <= 200));
        var meeting = Assert.Single(timeline, e => e.Text.StartsWith("Tomas Varga met", StringComparison.Ordinal));
        Assert.Equal(3, meeting.Sources.Select(s => s.ArticleId).Distinct().Count());
    }

    [Fact]
    public void Headline_names_what_the_other_articles_write_about()
    {
        var story = new StoryFixture();
        story.Article("c", "The prince defended his friendship with the financier in a televised interview on Saturday.",
            title: "Royal arrogance, unmasked");
        story.Article("n", "In the interview the prince of Ostland said he regretted nothing about his friendship with the financier.",
            title: "Prince of Ostland defends financier friendship in interview");
        var synthesizer = new StorySynthesizer(CrossCheckOptions.Default);

        Assert.Equal("Prince of Ostland defends financier friendship in interview", synthesizer.Headline(story.Articles));
    }

    [Fact]
    public void Summary_has_three_to_six_cited_sentences_and_headline_drops_outlet()
    {
        var story = FloodStory.Build();
        var findings = new CrossChecker(CrossCheckOptions.Default).Check(story.Story, story.Articles, FloodStory.Families, story.Resolution());

        Assert.Equal("Ostland leader visits Veltrin for flood talks", findings.Headline);
        Assert.InRange(findings.Summary.Count, 3, 6);
        var texts = story.Articles.ToDictionary(a => a.Id, a => a.Text);
        foreach (var sentence in findings.Summary)
        {
            Assert.Contains(sentence.Source.ArticleId, sentence.ArticleIds);
            Assert.Equal(sentence.Text, sentence.Source.Span.Of(texts[sentence.Source.ArticleId]));
        }

        Assert.Equal(findings.Summary.Count, findings.Summary.Select(s => s.Text).Distinct().Count());
        var wireSentence = findings.Summary.FirstOrDefault(s => s.Source.ArticleId == StoryFixture.Id("w1") || s.Source.ArticleId == StoryFixture.Id("w2"));
        if (wireSentence is not null)
        {
            Assert.Contains(StoryFixture.Id("w1"), wireSentence.ArticleIds);
            Assert.Contains(StoryFixture.Id("w2"), wireSentence.ArticleIds);
        }
    }
}
