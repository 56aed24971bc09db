namespace Crosscheck.Model;

/// <summary>
/// The entities of a set of articles (typically one story), with a lookup from each mention to
/// the entity it was resolved to.
/// </summary>
public sealed class EntityResolution
{
    private readonly Dictionary<(ArticleId Article, TextSpan Span), StoryEntity> _byMention;

    public EntityResolution(IReadOnlyList<StoryEntity> entities, IReadOnlyList<NamingVariant> namingVariants)
    {
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(namingVariants);
        Entities = entities;
        NamingVariants = namingVariants;
        _byMention = [];
        foreach (var entity in entities)
        {
            foreach (var mention in entity.Mentions)
            {
                _byMention[(mention.ArticleId, mention.Span)] = entity;
            }
        }
    }

    public IReadOnlyList<StoryEntity> Entities { get; }

    public IReadOnlyList<NamingVariant> NamingVariants { get; }

    /// <summary>Finds the entity a mention (by its exact span) was resolved to.</summary>
    public bool TryGetEntity(ArticleId article, TextSpan mentionSpan, out StoryEntity entity) =>
        _byMention.TryGetValue((article, mentionSpan), out entity!);
}
