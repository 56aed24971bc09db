namespace Crosscheck.Model;

/// <summary>Articles that report one event. <see cref="ArticleIds"/> are in arrival order.</summary>
public sealed record StoryCluster(StoryId Id, IReadOnlyList<ArticleId> ArticleIds);
