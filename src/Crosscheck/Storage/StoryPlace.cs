using Crosscheck.Model;

namespace Crosscheck.Storage;

/// <summary>A stored story's place in the stored order and its articles in story order, without its findings.</summary>
public sealed record StoryPlace(long Seq, StoryId Id, IReadOnlyList<ArticleId> ArticleIds);
