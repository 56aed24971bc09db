using Crosscheck.Model;

namespace Crosscheck.Facts;

/// <summary>An entity mention of a sentence together with the story entity it resolved to.</summary>
internal readonly record struct ResolvedMention(EntityMention Mention, StoryEntity Entity)
{
    public TextSpan Span => Mention.Span;

    public ClaimParticipant Participant => new(Entity.Id, Entity.Kind);
}
