using Crosscheck.Model;

namespace Crosscheck.Stories;

/// <summary>
/// A story a <see cref="StoryClusterer"/> holds (see <see cref="StoryClusterer.Held"/>).
/// </summary>
/// <param name="Story">Its id and members in arrival order (no members once merged away).</param>
/// <param name="Ordinal">How many stories the stream founded before it: the stories' order.</param>
/// <param name="MergedAway">True when it was folded into an older story and is no longer one.</param>
public sealed record HeldStory(StoryCluster Story, int Ordinal, bool MergedAway);
