namespace Crosscheck.Model;

/// <summary>
/// Metadata a container format states outright (a JSONL crawler record, later RSS or WARC headers).
/// Extract prefers these over what it finds in the text.
/// </summary>
public sealed record SourceHints
{
    public string? Title { get; init; }
    public string? Url { get; init; }
    public string? Outlet { get; init; }
    public DateTimeOffset? Published { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    public string? Language { get; init; }
}
