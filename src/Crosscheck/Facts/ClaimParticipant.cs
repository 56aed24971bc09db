using Crosscheck.Model;

namespace Crosscheck.Facts;

/// <summary>A resolved entity taking part in a claim.</summary>
/// <param name="EntityId">The <see cref="StoryEntity.Id"/> the mention resolved to.</param>
/// <param name="Kind">The entity's kind.</param>
public readonly record struct ClaimParticipant(string EntityId, EntityKind Kind);
