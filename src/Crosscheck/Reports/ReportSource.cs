using Crosscheck.Model;

namespace Crosscheck.Reports;

/// <summary>One numbered source of a story report: an article and the family (wire copy group) it belongs to.</summary>
/// <param name="Number">1-based citation number: <c>[Number]</c> in the rendered reports.</param>
/// <param name="Article">The article, or null when the findings name an article that was not supplied.</param>
/// <param name="FamilyId">The story family containing the article, if any.</param>
/// <param name="FamilyOrigin">The agency behind that family, if known.</param>
public sealed record ReportSource(int Number, ArticleId ArticleId, Article? Article, FamilyId? FamilyId, string? FamilyOrigin)
{
    public string? Outlet => Article?.Metadata.Outlet;

    /// <summary>The article title, else its id.</summary>
    public string Title => Article?.Metadata.Title is { Length: > 0 } title ? title : ArticleId.Value;

    public string? Url => Article?.Metadata.Url;

    public DateOnly? Published => Article?.Metadata.Published;

    public bool PublishedInferred => Article?.Metadata.PublishedInferred ?? false;
}
