using System.Security.Cryptography;
using System.Text;

namespace Crosscheck.Model;

/// <summary>Stable article id, derived from the content hash of the source record.</summary>
public readonly record struct ArticleId(string Value)
{
    public static ArticleId FromContentHash(string contentHash) => new("a-" + contentHash[..12]);

    public override string ToString() => Value;
}

/// <summary>Stable story id, derived from the id of the article that founded the story.</summary>
public readonly record struct StoryId(string Value)
{
    public static StoryId FoundedBy(ArticleId founder) => new("s-" + founder.Value[2..]);

    public override string ToString() => Value;
}

/// <summary>Stable wire-copy family id, derived from the id of the family's earliest member.</summary>
public readonly record struct FamilyId(string Value)
{
    public static FamilyId FoundedBy(ArticleId founder) => new("f-" + founder.Value[2..]);

    public override string ToString() => Value;
}

/// <summary>Content hashing shared by every reader, so one record always gets one id.</summary>
public static class ContentHash
{
    /// <summary>Lower-case hex SHA-256 of the bytes.</summary>
    public static string Of(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>Lower-case hex SHA-256 of the UTF-8 encoding of the text.</summary>
    public static string Of(string text) => Of(Encoding.UTF8.GetBytes(text));
}
