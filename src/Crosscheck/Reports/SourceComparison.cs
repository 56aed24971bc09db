using Crosscheck.Model;

namespace Crosscheck.Reports;

/// <summary>
/// What one article of a story reports that no independent source does (facts supported only by
/// its own family), and which settled facts (corroborated or compatible) it leaves out.
/// </summary>
public sealed record SourceComparison(ArticleId ArticleId, IReadOnlyList<Fact> OnlyHere, IReadOnlyList<Fact> Omits)
{
    /// <summary>One comparison per article of the story, in story order. Naming facts are left out.</summary>
    public static IReadOnlyList<SourceComparison> Compute(StoryFindings findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var familyOf = new Dictionary<ArticleId, FamilyId>();
        foreach (var family in findings.Families)
        {
            foreach (var id in family.ArticleIds)
            {
                familyOf.TryAdd(id, family.Id);
            }
        }

        var supporters = new List<HashSet<ArticleId>>(findings.Facts.Count);
        foreach (var fact in findings.Facts)
        {
            var articles = new HashSet<ArticleId>();
            foreach (var variant in fact.Variants)
            {
                foreach (var source in variant.Sources)
                {
                    articles.Add(source.ArticleId);
                }
            }

            supporters.Add(articles);
        }

        FamilyId FamilyOf(ArticleId id) => familyOf.TryGetValue(id, out var family) ? family : FamilyId.FoundedBy(id);

        var result = new List<SourceComparison>(findings.Story.ArticleIds.Count);
        foreach (var article in findings.Story.ArticleIds)
        {
            var own = FamilyOf(article);
            var onlyHere = new List<Fact>();
            var omits = new List<Fact>();
            for (var i = 0; i < findings.Facts.Count; i++)
            {
                var fact = findings.Facts[i];
                if (fact.Kind == FactKind.Naming)
                {
                    continue;
                }

                var supported = supporters[i].Contains(article);
                if (supported && supporters[i].All(id => FamilyOf(id) == own))
                {
                    onlyHere.Add(fact);
                }
                else if (!supported && fact.Status is FactStatus.Corroborated or FactStatus.Compatible)
                {
                    omits.Add(fact);
                }
            }

            result.Add(new SourceComparison(article, onlyHere, omits));
        }

        return result;
    }
}
