namespace Crosscheck.Model;

/// <summary>An entity resolved across a story's articles.</summary>
public sealed record StoryEntity(
    string Id,
    string Name,
    EntityKind Kind,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<ArticleId> ArticleIds,
    IReadOnlyList<SourceRef> Mentions,
    IReadOnlyList<string> Titles);
