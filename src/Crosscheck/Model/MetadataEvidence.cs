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
