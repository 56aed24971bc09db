namespace Crosscheck.Model;

/// <summary>Stable story id, derived from the id of the article that founded the story.</summary>
public readonly record struct StoryId(string Value)
{
    public static StoryId FoundedBy(ArticleId founder) => new("s-" + founder.Value[2..]);

    public override string ToString() => Value;
}
