using System.Buffers.Binary;

namespace Crosscheck.Storage;

/// <summary>
/// SQLite stores TEXT as UTF-8, which cannot hold a lone UTF-16 surrogate (it would come back as
/// U+FFFD). Such text is additionally kept as raw UTF-16LE code units so it round-trips exactly.
/// </summary>
internal static class ExactText
{
    /// <summary>True when every surrogate in <paramref name="text"/> is part of a valid pair.</summary>
    public static bool IsWellFormed(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return false;
            }
        }

        return true;
    }

    public static byte[] ToBytes(string text)
    {
        var bytes = new byte[text.Length * 2];
        for (var i = 0; i < text.Length; i++)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(i * 2), text[i]);
        }

        return bytes;
    }

    public static string FromBytes(byte[] bytes) =>
        string.Create(bytes.Length / 2, bytes, static (chars, source) =>
        {
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = (char)BinaryPrimitives.ReadUInt16LittleEndian(source.AsSpan(i * 2));
            }
        });
}
