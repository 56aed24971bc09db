namespace Crosscheck.Model;

/// <summary>
/// An extracted article. <see cref="Text"/> is the text exactly as Extract produced it (for plain
/// text input, the file itself); every span anywhere in Crosscheck is a half-open UTF-16 offset
/// into it. <see cref="Body"/> lists the paragraphs kept after site chrome was removed.
/// </summary>
public sealed record Article
{
    public required ArticleId Id { get; init; }
    public required string SourcePath { get; init; }
    public long? Record { get; init; }
    public required SourceFormat Format { get; init; }
    public required string ContentHash { get; init; }
    public required string Text { get; init; }
    public required ArticleMetadata Metadata { get; init; }
    /// <summary>Body paragraphs, sorted, non-overlapping, inside <see cref="Text"/>. Excludes title, byline and chrome.</summary>
    public required IReadOnlyList<TextSpan> Body { get; init; }
    /// <summary>Spans classified as site chrome and dropped from the body, with the reason.</summary>
    public IReadOnlyList<RemovedBlock> Removed { get; init; } = [];

    /// <summary>The cleaned body: the kept paragraphs joined by blank lines.</summary>
    public string BodyText => string.Join("\n\n", Body.Select(s => s.Of(Text)));
}
