namespace Crosscheck.Model;

/// <summary>Title, outlet, date and authors of an article, each with how it was found.</summary>
public sealed record ArticleMetadata
{
    public string? Title { get; init; }
    /// <summary>Where the title stands in <see cref="Article.Text"/>, if it does.</summary>
    public TextSpan? TitleSpan { get; init; }
    public string? Url { get; init; }
    public string? Outlet { get; init; }
    public MetadataEvidence OutletEvidence { get; init; }
    public DateOnly? Published { get; init; }
    public MetadataEvidence PublishedEvidence { get; init; }
    public bool PublishedInferred => PublishedEvidence is MetadataEvidence.Inferred or MetadataEvidence.InferredFromStory;
    /// <summary>Named people in the byline.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];
    /// <summary>Wire agencies named in bylines, datelines or credits (AFP, AP, Reuters, ...).</summary>
    public IReadOnlyList<string> Agencies { get; init; } = [];
    public string? Language { get; init; }
}
