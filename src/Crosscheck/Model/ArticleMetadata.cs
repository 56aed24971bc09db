namespace Crosscheck.Model;

/// <summary>How a metadata value was obtained.</summary>
public enum MetadataEvidence
{
    None,
    /// <summary>Stated by the container (JSONL field, HTML meta tag, a <c>Date:</c> line).</summary>
    Stated,
    /// <summary>Read from the URL (host, or a date in the path).</summary>
    Url,
    /// <summary>Read from the article text (byline, dateline, footer).</summary>
    Text,
    /// <summary>
    /// Inferred from the latest full date the text mentions; not stated anywhere. The article was
    /// published on or after it, so it is a lower bound rather than the day itself.
    /// </summary>
    Inferred,
    /// <summary>Inferred from the publication dates of the other articles of its story.</summary>
    InferredFromStory,
}

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
