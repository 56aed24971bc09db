using System.Globalization;
using System.IO.Compression;

namespace Crosscheck.Ingest;

/// <summary>
/// The parts of a recorded HTTP response Crosscheck needs: status, media type, charset and the
/// entity body with transfer (chunked) and content (gzip, deflate, br) encodings undone.
/// </summary>
internal readonly record struct HttpPayload(int Status, string? ContentType, string? Charset, byte[] Body)
{
    private const int MaxHeaderBytes = 64 * 1024;

    /// <summary>True for <c>text/html</c> or <c>application/xhtml+xml</c>.</summary>
    public bool IsHtml => ContentType is { } type
        && (MessageHeaders.MediaType(type).Equals("text/html", StringComparison.OrdinalIgnoreCase)
            || MessageHeaders.MediaType(type).Equals("application/xhtml+xml", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Parses an HTTP response message; false with a reason when its head or encodings are broken
    /// or the decoded body would exceed <paramref name="maxBytes"/>.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<byte> message, long maxBytes, out HttpPayload payload, out string? problem)
    {
        payload = default;
        if (!MessageHeaders.TryFindEnd(message, 0, MaxHeaderBytes, out int headEnd, out int bodyStart))
        {
            problem = "HTTP response has no end of headers";
            return false;
        }
        var head = MessageHeaders.Parse(message[..headEnd]);
        var statusLine = head.FirstLine.AsSpan();
        int space = statusLine.IndexOf(' ');
        if (!statusLine.StartsWith("HTTP/", StringComparison.OrdinalIgnoreCase) || space < 0
            || statusLine.Length < space + 4
            || !int.TryParse(statusLine.Slice(space + 1, 3), NumberStyles.None, CultureInfo.InvariantCulture, out int status))
        {
            problem = "HTTP response has no valid status line";
            return false;
        }
        byte[] body = message[bodyStart..].ToArray();
        if (head.Get("Transfer-Encoding") is { } transfer && transfer.Contains("chunked", StringComparison.OrdinalIgnoreCase))
        {
            if (!TryDechunk(body, out body))
            {
                problem = "HTTP body is declared chunked but its chunks are malformed";
                return false;
            }
        }
        string? encoding = head.Get("Content-Encoding")?.Trim();
        if (!string.IsNullOrEmpty(encoding) && !encoding.Equals("identity", StringComparison.OrdinalIgnoreCase))
        {
            if (!TryDecompress(body, encoding, maxBytes, out body, out problem))
            {
                return false;
            }
        }
        string? contentType = head.Get("Content-Type");
        payload = new HttpPayload(status, contentType, MessageHeaders.Charset(contentType), body);
        problem = null;
        return true;
    }

    private static bool TryDechunk(byte[] body, out byte[] result)
    {
        using var output = new MemoryStream(body.Length);
        int pos = 0;
        while (true)
        {
            int lineEnd = body.AsSpan(pos).IndexOf((byte)'\n');
            if (lineEnd < 0)
            {
                result = [];
                return false;
            }
            var sizeText = body.AsSpan(pos, lineEnd).TrimEnd((byte)'\r');
            int ext = sizeText.IndexOf((byte)';');
            if (ext >= 0)
            {
                sizeText = sizeText[..ext];
            }
            if (!int.TryParse(System.Text.Encoding.ASCII.GetString(sizeText).Trim(), NumberStyles.AllowHexSpecifier,
                    CultureInfo.InvariantCulture, out int size) || size < 0)
            {
                result = [];
                return false;
            }
            pos += lineEnd + 1;
            if (size == 0)
            {
                result = output.ToArray();
                return true;
            }
            if (size > body.Length - pos)
            {
                result = [];
                return false;
            }
            output.Write(body, pos, size);
            pos += size;
            // The CRLF after the chunk data.
            while (pos < body.Length && body[pos] is (byte)'\r' or (byte)'\n')
            {
                pos++;
            }
        }
    }

    private static bool TryDecompress(byte[] body, string encoding, long maxBytes, out byte[] result, out string? problem)
    {
        result = [];
        using var input = new MemoryStream(body, writable: false);
        Stream decoder;
        if (encoding.Equals("gzip", StringComparison.OrdinalIgnoreCase) || encoding.Equals("x-gzip", StringComparison.OrdinalIgnoreCase))
        {
            decoder = new GZipStream(input, CompressionMode.Decompress);
        }
        else if (encoding.Equals("deflate", StringComparison.OrdinalIgnoreCase))
        {
            decoder = new ZLibStream(input, CompressionMode.Decompress);
        }
        else if (encoding.Equals("br", StringComparison.OrdinalIgnoreCase))
        {
            decoder = new BrotliStream(input, CompressionMode.Decompress);
        }
        else
        {
            problem = $"HTTP Content-Encoding \"{encoding}\" is not supported";
            return false;
        }
        using (decoder)
        {
            try
            {
                using var output = new MemoryStream(body.Length * 4);
                var chunk = new byte[64 * 1024];
                int n;
                while ((n = decoder.Read(chunk)) > 0)
                {
                    if (output.Length + n > maxBytes)
                    {
                        problem = $"HTTP body expands beyond the {maxBytes}-byte record limit";
                        return false;
                    }
                    output.Write(chunk, 0, n);
                }
                result = output.ToArray();
                problem = null;
                return true;
            }
            catch (InvalidDataException ex)
            {
                problem = $"HTTP body is not valid {encoding} ({ex.Message})";
                return false;
            }
        }
    }
}
