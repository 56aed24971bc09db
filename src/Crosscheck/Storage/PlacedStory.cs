using Crosscheck.Model;

namespace Crosscheck.Storage;

/// <summary>
/// A story to store at <paramref name="Seq"/>, its place in the stored order: stories are read
/// back ordered by it, so stories written in different runs interleave as their places say.
/// </summary>
public sealed record PlacedStory(long Seq, StoryFindings Findings);
