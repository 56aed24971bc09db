using System.Text;

namespace Crosscheck.Ingest;

/// <summary>
/// A parsed header block shared by WARC records and HTTP responses: a first line (the WARC
/// version or HTTP status line) and <c>Name: value</c> fields, looked up case-insensitively.
/// </summary>
internal sealed class MessageHeaders
{
    private readonly List<KeyValuePair<string, string>> _fields;

    private MessageHeaders(string firstLine, List<KeyValuePair<string, string>> fields)
    {
        FirstLine = firstLine;
        _fields = fields;
    }

    public string FirstLine { get; }

    /// <summary>Parses a header block (without the blank line that ends it); lines without a colon are ignored.</summary>
    public static MessageHeaders Parse(ReadOnlySpan<byte> block)
    {
        string text = Encoding.UTF8.GetString(block);
        var fields = new List<KeyValuePair<string, string>>();
        string first = "";
        bool isFirst = true;
        foreach (var range in text.AsSpan().Split('\n'))
        {
            var line = text.AsSpan(range).TrimEnd('\r');
            if (isFirst)
            {
                first = line.Trim().ToString();
                isFirst = false;
                continue;
            }
            int colon = line.IndexOf(':');
            if (colon > 0)
            {
                fields.Add(new(line[..colon].Trim().ToString(), line[(colon + 1)..].Trim().ToString()));
            }
        }
        return new MessageHeaders(first, fields);
    }

    /// <summary>The first field named <paramref name="name"/> (case-insensitive), or null.</summary>
    public string? Get(string name)
    {
        foreach (var field in _fields)
        {
            if (string.Equals(field.Key, name, StringComparison.OrdinalIgnoreCase))
            {
                return field.Value;
            }
        }
        return null;
    }

    /// <summary>
    /// Finds the blank line ending a header block starting at <paramref name="start"/>, looking at
    /// most <paramref name="maxBytes"/> ahead; returns the block end and where the body starts, or false.
    /// </summary>
    public static bool TryFindEnd(ReadOnlySpan<byte> bytes, int start, int maxBytes, out int blockEnd, out int bodyStart)
    {
        var window = bytes[start..Math.Min(bytes.Length, start + maxBytes)];
        int crlf = window.IndexOf("\r\n\r\n"u8);
        int lf = window.IndexOf("\n\n"u8);
        if (crlf >= 0 && (lf < 0 || crlf <= lf))
        {
            blockEnd = start + crlf;
            bodyStart = blockEnd + 4;
            return true;
        }
        if (lf >= 0)
        {
            blockEnd = start + lf;
            bodyStart = blockEnd + 2;
            return true;
        }
        blockEnd = bodyStart = -1;
        return false;
    }

    /// <summary>The <c>charset</c> parameter of a Content-Type value, unquoted, or null.</summary>
    public static string? Charset(string? contentType)
    {
        if (contentType is null)
        {
            return null;
        }
        foreach (var range in contentType.AsSpan().Split(';'))
        {
            var part = contentType.AsSpan(range).Trim();
            if (part.StartsWith("charset=", StringComparison.OrdinalIgnoreCase))
            {
                var value = part["charset=".Length..].Trim().Trim('"').Trim('\'');
                return value.IsEmpty ? null : value.ToString();
            }
        }
        return null;
    }

    /// <summary>The media type of a Content-Type value (before any parameter), trimmed.</summary>
    public static ReadOnlySpan<char> MediaType(string contentType)
    {
        int semi = contentType.IndexOf(';', StringComparison.Ordinal);
        return (semi < 0 ? contentType.AsSpan() : contentType.AsSpan(0, semi)).Trim();
    }
}
