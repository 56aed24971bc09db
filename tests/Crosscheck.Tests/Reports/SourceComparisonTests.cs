using Crosscheck.Model;
using Crosscheck.Reports;

namespace Crosscheck.Tests.Reports;

public sealed class SourceComparisonTests
{
    private static readonly ArticleId Wire = new("a-wire"), Copy = new("a-copy"), Other = new("a-other");

    private static Fact Fact(string id, FactStatus status, params ArticleId[] sources) => new(
        id, FactKind.Quantity, id, status,
        [new FactVariant("1", "1", [.. sources.Select(s => new SourceRef(s, new TextSpan(0, 1)))])],
        1, "");

    [Fact]
    public void Only_here_counts_the_family_and_omits_lists_settled_facts_not_reported()
    {
        var findings = new StoryFindings(
            new StoryCluster(new StoryId("s-1"), [Wire, Copy, Other]),
            "Headline",
            [new Family(new FamilyId("f-wire"), [Wire, Copy]), new Family(new FamilyId("f-other"), [Other])],
            [],
            [],
            [
                Fact("wire-only", FactStatus.SingleSource, Wire, Copy),
                Fact("agreed", FactStatus.Corroborated, Wire, Other),
                Fact("other-only", FactStatus.SingleSource, Other),
            ],
            []);

        var byArticle = SourceComparison.Compute(findings).ToDictionary(c => c.ArticleId);

        Assert.Equal(["wire-only"], byArticle[Wire].OnlyHere.Select(f => f.Id));
        Assert.Equal(["wire-only"], byArticle[Copy].OnlyHere.Select(f => f.Id));
        Assert.Equal(["agreed"], byArticle[Copy].Omits.Select(f => f.Id));
        Assert.Equal(["other-only"], byArticle[Other].OnlyHere.Select(f => f.Id));
        Assert.Empty(byArticle[Other].Omits);
        Assert.Empty(byArticle[Wire].Omits);
    }
}
