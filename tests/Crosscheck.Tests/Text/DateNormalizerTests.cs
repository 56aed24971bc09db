using Crosscheck.Model;

namespace Crosscheck.Tests.Text;

public sealed class DateNormalizerTests
{
    /// <summary>
    /// Sentence, anchor ("-" for none), expected mention as "span | value | precision | relative".
    /// 2021-06-21 is a Monday.
    /// </summary>
    public static TheoryData<string, string, string> Spec => new()
    {
        { "The delegation landed on Sunday.", "2021-06-21", "on Sunday | 2021-06-20 | Day | True" },
        { "The summit opened Monday.", "2021-06-21", "Monday | 2021-06-21 | Day | True" },
        { "She met him on Tuesday.", "2021-06-22", "on Tuesday | 2021-06-22 | Day | True" },
        { "The summit will open on Friday.", "2021-06-21", "on Friday | 2021-06-25 | Day | True" },
        { "A forum kicking off Tuesday drew crowds.", "2021-06-21", "Tuesday | 2021-06-22 | Day | True" },
        { "The talks are due to resume Thursday.", "2021-06-21", "Thursday | 2021-06-24 | Day | True" },
        { "He repeated it in Wednesday's session.", "2021-06-24", "Wednesday's | 2021-06-23 | Day | True" },
        { "They met last Monday.", "2021-06-21", "last Monday | 2021-06-14 | Day | True" },
        { "The vote came on June 22, 2021.", "-", "on June 22, 2021 | 2021-06-22 | Day | False" },
        { "Photo taken Tuesday, June 22, 2021.", "2021-06-25", "Tuesday, June 22, 2021 | 2021-06-22 | Day | False" },
        { "It ended 22 June 2021 after talks.", "-", "22 June 2021 | 2021-06-22 | Day | False" },
        { "Filed 2021-06-22 in court.", "-", "2021-06-22 | 2021-06-22 | Day | False" },
        { "The coup came on Feb. 1 after the vote.", "2021-06-21", "on Feb. 1 | 2021-02-01 | Day | True" },
        { "The coup came on Feb. 1 after the vote.", "-", "on Feb. 1 | - | - | True" },
        { "Results came June 20 after a recount.", "2021-06-21", "June 20 | 2021-06-20 | Day | True" },
        { "Talks ran June 22–24 in the capital.", "2021-06-25", "June 22–24 | 2021-06-22..2021-06-24 | Range | True" },
        { "Talks will run June 22-24 in the capital.", "2021-06-21", "June 22-24 | 2021-06-22..2021-06-24 | Range | True" },
        { "Prices fell in June 2021 again.", "-", "in June 2021 | 2021-06 | Month | False" },
        { "Output fell in 2020 sharply.", "-", "in 2020 | 2020 | Year | False" },
        { "Protests began in February.", "2021-06-21", "in February | 2021-02 | Month | True" },
        { "Elections will be held in February.", "2021-06-21", "in February | 2022-02 | Month | True" },
        { "Fighting flared in late February.", "2021-06-21", "in late February | 2021-02 | Month | True" },
        { "Fighting flared in early March.", "2021-06-21", "in early March | 2021-03 | Month | True" },
        { "In May the army moved.", "2021-06-21", "In May | 2021-05 | Month | True" },
        { "Elections were held last November.", "2021-06-21", "last November | 2020-11 | Month | True" },
        { "The talks ended yesterday.", "2021-06-21", "yesterday | 2021-06-20 | Day | True" },
        { "Talks resume tomorrow.", "2021-06-21", "tomorrow | 2021-06-22 | Day | True" },
        { "Sales fell last week.", "2021-06-21", "last week | 2021-06-14..2021-06-20 | Range | True" },
        { "Talks open next week.", "2021-06-21", "next week | 2021-06-28..2021-07-04 | Range | True" },
        { "Sales rose last month.", "2021-06-21", "last month | 2021-05 | Month | True" },
        { "Sales rose last year.", "2021-06-21", "last year | 2020 | Year | True" },
        { "It happened three months ago.", "2021-06-21", "three months ago | 2021-03 | Month | True" },
        { "It happened 10 days ago.", "2021-06-21", "10 days ago | 2021-06-11 | Day | True" },
        { "It happened a few months ago.", "2021-06-21", "a few months ago | 2020-12-21..2021-05-21 | Vague | True" },
        { "Things changed recently.", "2021-06-21", "recently | 2021-03-23..2021-06-21 | Vague | True" },
        { "The delegation landed on Sunday.", "-", "on Sunday | - | - | True" },
        { "Over the past three days prices rose.", "2021-06-21", "the past three days | 2021-06-18..2021-06-21 | Range | True" },
    };

    [Theory]
    [MemberData(nameof(Spec))]
    public void Resolves_spec_table(string sentence, string anchor, string expected)
    {
        var annotated = TextFixtures.Analyze(sentence, anchor == "-" ? null : TextFixtures.Day(anchor));
        var date = Assert.Single(annotated.Dates);
        var actual = string.Join(" | ",
            date.Span.Of(sentence),
            date.Value?.ToString() ?? "-",
            date.Value?.Precision.ToString() ?? "-",
            date.IsRelative.ToString());
        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("Officials may meet again soon.")]
    [InlineData("He was the second person to speak.")]
    [InlineData("The Sun newspaper printed 2,000 copies.")]
    [InlineData("They voted 119-1 in favour.")]
    [InlineData("Prime Minister Theresa May, speaking later, agreed.")]
    public void Finds_no_date_in(string sentence)
    {
        Assert.Empty(TextFixtures.Analyze(sentence, TextFixtures.Day("2021-06-21")).Dates);
    }

    [Theory]
    [InlineData("9999-12-31")]
    [InlineData("0001-01-01")]
    public void Extreme_anchor_does_not_throw(string anchor)
    {
        var annotated = TextFixtures.Analyze("Next year, last month, on Sunday and Feb. 29 they met three years ago.", TextFixtures.Day(anchor));
        TextFixtures.AssertInvariants(annotated);
    }

    /// <summary>
    /// A future cue moves only the days of its own clause: a past-tense clause keeps its day in the
    /// past, a clause with the cue looks ahead, and a present-tense "until" day lies ahead.
    /// 2021-06-24 is a Thursday.
    /// </summary>
    [Theory]
    [InlineData("All trains were halted on Tuesday after the drivers walked out, and the union will meet on Friday.", "2021-06-22", "2021-06-25")]
    [InlineData("The mayor, who resigned on Monday, will leave office on Saturday.", "2021-06-21", "2021-06-26")]
    [InlineData("Ferries stopped running on Wednesday because the port is due to reopen on Sunday.", "2021-06-23", "2021-06-27")]
    public void A_future_cue_moves_only_the_days_of_its_own_clause(string sentence, string past, string ahead)
    {
        var annotated = TextFixtures.Analyze(sentence, TextFixtures.Day("2021-06-24"));

        Assert.Equal([TextFixtures.Day(past), TextFixtures.Day(ahead)], annotated.Dates.Select(d => d.Value!.Value.Start));
    }

    [Theory]
    [InlineData("The blockade lasts until Saturday, organisers say.", "2021-06-26")]
    [InlineData("The blockade lasted until Saturday, organisers said.", "2021-06-19")]
    [InlineData("The agency extended its flood warning until Saturday.", "2021-06-26")]
    [InlineData("The judge adjourned the hearing until Monday.", "2021-06-28")]
    public void An_end_not_yet_reached_lies_ahead(string sentence, string expected)
    {
        var date = Assert.Single(TextFixtures.Analyze(sentence, TextFixtures.Day("2021-06-24")).Dates);

        Assert.Equal(TextFixtures.Day(expected), date.Value!.Value.Start);
    }

    /// <summary>
    /// A day counted from another: "the previous day", "a day later" from the sentence's last day
    /// (else the publication day); "a day after the storm hit" dates the storm from the sentence's
    /// day. 2021-06-24 is a Thursday.
    /// </summary>
    [Theory]
    [InlineData("Dockers voted on Wednesday to reject the offer, made the previous day.", "2021-06-23,2021-06-22")]
    [InlineData("The offer was rejected the previous day.", "2021-06-23")]
    [InlineData("The ferry sank on Monday and divers found the wreck a day later.", "2021-06-21,2021-06-22")]
    [InlineData("The valley was still flooded on Tuesday, a day after the river burst its banks.", "2021-06-22,2021-06-21")]
    [InlineData("Polls opened on Sunday, two days after the last rally.", "2021-06-20,2021-06-18")]
    public void A_day_counted_from_another_day_is_resolved(string sentence, string expected)
    {
        var annotated = TextFixtures.Analyze(sentence, TextFixtures.Day("2021-06-24"));

        Assert.Equal(expected, string.Join(",", annotated.Dates.Select(d => d.Value!.Value.ToString())));
    }

    [Theory]
    [InlineData("The raid, which came two days after the ambush, left the village empty.")]
    [InlineData("Crowds gathered the day before the vote.")]
    public void A_day_counted_from_an_undated_event_is_not_read(string sentence)
    {
        Assert.Empty(TextFixtures.Analyze(sentence, TextFixtures.Day("2021-06-24")).Dates);
    }

    [Theory]
    [InlineData("The minister spoke on Wednesday at the forum.", "2021-06-23")] // Tue anchor: next day beats six days back
    [InlineData("The minister landed on Sunday in the capital.", "2021-06-20")] // two days back beats five ahead
    [InlineData("The minister spoke on Tuesday at the forum.", "2021-06-22")]
    public void Lower_bound_anchor_resolves_weekdays_to_the_nearest_occurrence(string sentence, string expected)
    {
        var article = TextFixtures.Article(sentence, TextFixtures.Day("2021-06-22")) is var a
            ? a with { Metadata = a.Metadata with { PublishedEvidence = MetadataEvidence.Inferred } }
            : throw new InvalidOperationException();
        var date = Assert.Single(TextFixtures.Analyzer.Analyze(article).Dates);
        Assert.Equal(TextFixtures.Day(expected), date.Value!.Value.Start);
    }
}
