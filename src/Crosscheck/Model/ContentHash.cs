using System.Security.Cryptography;
using System.Text;

namespace Crosscheck.Model;

/// <summary>Content hashing shared by every reader, so one record always gets one id.</summary>
public static class ContentHash
{
    /// <summary>Lower-case hex SHA-256 of the bytes.</summary>
    public static string Of(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>Lower-case hex SHA-256 of the UTF-8 encoding of the text.</summary>
    public static string Of(string text) => Of(Encoding.UTF8.GetBytes(text));
}
