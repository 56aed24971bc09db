using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace Crosscheck.Ingest;

/// <summary>
/// Byte-level checks and decoding shared by every reader: BOM detection, binary sniffing,
/// strict UTF-8 validation and HTML charset sniffing. Stateless; encodings are immutable.
/// </summary>
internal static partial class TextDecoding
{
    /// <summary>How many leading bytes are inspected by <see cref="LooksBinary"/>.</summary>
    public const int BinarySniffBytes = 8192;

    /// <summary>How many leading bytes are searched for an HTML charset declaration.</summary>
    public const int CharsetSniffBytes = 4096;

    public static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextDecoding()
    {
        // Idempotent registration of legacy code pages (windows-125x, KOI8-R, Shift_JIS, ...).
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    /// <summary>Detects a byte-order mark; returns its length (0 if none) and the encoding it names.</summary>
    public static int DetectBom(ReadOnlySpan<byte> bytes, out Encoding? encoding)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            encoding = StrictUtf8;
            return 3;
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            encoding = new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
            return 2;
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            encoding = new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);
            return 2;
        }
        encoding = null;
        return 0;
    }

    /// <summary>
    /// True when the first <see cref="BinarySniffBytes"/> bytes hold a NUL byte or more than 10%
    /// control characters other than tab, line feed, carriage return, form feed and escape.
    /// </summary>
    public static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var head = bytes.Length > BinarySniffBytes ? bytes[..BinarySniffBytes] : bytes;
        if (head.IsEmpty)
        {
            return false;
        }
        int control = 0;
        foreach (byte b in head)
        {
            if (b == 0)
            {
                return true;
            }
            if ((b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0C or 0x0B or 0x1B)) || b == 0x7F)
            {
                control++;
            }
        }
        return control * 10 > head.Length;
    }

    /// <summary>Decodes strict UTF-8; on failure returns false and the byte offset of the first invalid sequence.</summary>
    public static bool TryDecodeUtf8(ReadOnlySpan<byte> bytes, out string text, out long invalidByteOffset)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            text = StrictUtf8.GetString(bytes);
            invalidByteOffset = -1;
            return true;
        }
        text = "";
        invalidByteOffset = FirstInvalidUtf8(bytes);
        return false;
    }

    private static long FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        int i = 0;
        while (i < bytes.Length)
        {
            if (Rune.DecodeFromUtf8(bytes[i..], out _, out int consumed) != OperationStatus.Done)
            {
                return i;
            }
            i += consumed;
        }
        return -1;
    }

    /// <summary>
    /// The charset declared by <c>&lt;meta charset&gt;</c> or <c>http-equiv</c> content in the first
    /// <see cref="CharsetSniffBytes"/> bytes, or null.
    /// </summary>
    public static string? SniffHtmlCharset(ReadOnlySpan<byte> bytes)
    {
        var head = bytes.Length > CharsetSniffBytes ? bytes[..CharsetSniffBytes] : bytes;
        string ascii = Encoding.Latin1.GetString(head);
        var match = MetaCharset().Match(ascii);
        return match.Success ? match.Groups["cs"].Value : null;
    }

    /// <summary>Resolves a declared charset name; ISO-8859-1 and ASCII mean windows-1252, as browsers do.</summary>
    public static Encoding? ResolveCharset(string name)
    {
        string n = name.Trim().ToUpperInvariant();
        if (n is "ISO-8859-1" or "LATIN1" or "US-ASCII" or "ASCII" or "ISO8859-1")
        {
            n = "WINDOWS-1252";
        }
        if (n is "UTF8")
        {
            n = "UTF-8";
        }
        try
        {
            return Encoding.GetEncoding(n);
        }
        catch (ArgumentException)
        {
            // Unknown charset name: the caller reports it and falls back.
            return null;
        }
    }

    public static Encoding Windows1252 => Encoding.GetEncoding(1252);

    [GeneratedRegex("""<meta\b[^>]*?charset\s*=\s*["']?\s*(?<cs>[A-Za-z0-9_\-:.]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();
}
