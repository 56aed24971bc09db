using Crosscheck.Facts;
using Crosscheck.Model;

namespace Crosscheck.Tests.Facts;

public sealed class FactJudgeTests
{
    private static readonly FamilyIndex Families = new([new Family(new FamilyId("f-w"), [new("a-w1"), new("a-w2")])]);

    private static Claim Count(string article, int start, decimal value, QuantityModifier modifier) =>
        new(ClaimKind.Quantity, "killed:people", QuantityClaimReader.Describe(value, modifier), "n", new ArticleId(article), new TextSpan(start, start + 10), new TextSpan(start, start + 1))
        {
            Subject = "people killed",
            Number = value,
            Modifier = modifier,
        };

    private static Claim Dated(string article, DateValue date) =>
        new(ClaimKind.DatedEvent, "event:vote", date.ToString(), "d", new ArticleId(article), new TextSpan(0, 10), new TextSpan(0, 1))
        {
            Subject = "vote",
            Date = date,
        };

    private static Fact Judge(params Claim[] claims)
    {
        var aligned = new FactAligner(CrossCheckOptions.Default).Align(claims);
        return new FactJudge(CrossCheckOptions.Default).Judge("f1", Assert.Single(aligned), Families);
    }

    [Fact]
    public void Different_exact_numbers_conflict()
    {
        var fact = Judge(Count("a-w1", 0, 52, QuantityModifier.Exact), Count("a-x", 0, 48, QuantityModifier.Exact));

        Assert.Equal(FactStatus.Conflicting, fact.Status);
        Assert.Equal("52 vs 48 for the people killed: 1 vs 1 independent sources", fact.Explanation);
    }

    [Fact]
    public void An_approximation_fits_an_exact_number_within_ten_percent()
    {
        var fact = Judge(Count("a-w1", 0, 52, QuantityModifier.About), Count("a-x", 0, 48, QuantityModifier.Exact));

        Assert.Equal(FactStatus.Compatible, fact.Status);
    }

    [Fact]
    public void Wire_copies_disagreeing_among_themselves_are_still_one_source()
    {
        var fact = Judge(Count("a-w1", 0, 52, QuantityModifier.Exact), Count("a-w2", 0, 50, QuantityModifier.Exact));

        Assert.Equal(FactStatus.SingleSource, fact.Status);
        Assert.Equal(1, fact.IndependentSources);
    }

    [Fact]
    public void Reprints_do_not_corroborate_each_other()
    {
        var fact = Judge(Count("a-w1", 0, 52, QuantityModifier.Exact), Count("a-w2", 0, 52, QuantityModifier.Exact));

        Assert.Equal(FactStatus.SingleSource, fact.Status);
        Assert.Equal(2, Assert.Single(fact.Variants).Sources.Count);
    }

    [Fact]
    public void A_range_containing_the_day_is_compatible_and_a_different_day_conflicts()
    {
        var day = DateValue.Day(new DateOnly(2022, 9, 7));
        var range = new DateValue(new DateOnly(2022, 9, 5), new DateOnly(2022, 9, 9), DatePrecision.Range);

        Assert.Equal(FactStatus.Compatible, Judge(Dated("a-w1", day), Dated("a-x", range)).Status);
        Assert.Equal(FactStatus.Conflicting, Judge(Dated("a-w1", day), Dated("a-x", DateValue.Day(new DateOnly(2022, 9, 8)))).Status);
    }

    [Fact]
    public void Counts_of_very_different_size_answer_different_questions()
    {
        var aligned = new FactAligner(CrossCheckOptions.Default).Align(
            [Count("a-w1", 0, 870, QuantityModifier.AtLeast), Count("a-x", 0, 3, QuantityModifier.Exact), Count("a-y", 0, 860, QuantityModifier.MoreThan)]);

        Assert.Equal(2, aligned.Count);
        Assert.Equal(["at least 870", "more than 860"], aligned[0].Variants.Select(v => v.Value));
    }

    [Fact]
    public void Events_a_week_apart_are_different_events_not_a_conflict()
    {
        var aligned = new FactAligner(CrossCheckOptions.Default).Align(
            [Dated("a-w1", DateValue.Day(new DateOnly(2022, 9, 1))), Dated("a-x", DateValue.Day(new DateOnly(2022, 9, 8)))]);

        Assert.Equal(2, aligned.Count);
    }
}
