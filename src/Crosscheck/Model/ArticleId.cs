namespace Crosscheck.Model;

/// <summary>Stable article id, derived from the content hash of the source record.</summary>
public readonly record struct ArticleId(string Value)
{
    public static ArticleId FromContentHash(string contentHash) => new("a-" + contentHash[..12]);

    public override string ToString() => Value;
}
