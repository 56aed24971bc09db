using System.Text;
using Crosscheck.Model;

namespace Crosscheck.Ingest;

/// <summary>
/// Decodes HTML bytes as a browser would: a byte-order mark wins, then a transport charset (an
/// HTTP <c>Content-Type</c> parameter), then a <c>&lt;meta charset&gt;</c> declaration, then
/// UTF-8, falling back to windows-1252 with a diagnostic. Shared by the file and WARC readers.
/// </summary>
internal static class HtmlDecoding
{
    /// <summary>
    /// Decodes <paramref name="bytes"/>; returns null (with an error diagnostic) only for a UTF-16
    /// byte-order mark followed by invalid UTF-16. <paramref name="baseByteOffset"/> is added to
    /// byte offsets in diagnostics (the position of <paramref name="bytes"/> in its file).
    /// </summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, string? transportCharset, DiagnosticLocation location,
        long baseByteOffset, List<IngestItem> output)
    {
        int bom = TextDecoding.DetectBom(bytes, out var bomEncoding);
        var payload = bytes[bom..];
        if (bomEncoding is UnicodeEncoding)
        {
            try
            {
                return bomEncoding.GetString(payload);
            }
            catch (DecoderFallbackException)
            {
                output.Add(IngestItem.Of(new Diagnostic(DiagnosticCodes.InvalidEncoding, Severity.Error,
                    "HTML has a UTF-16 byte-order mark but invalid UTF-16 content; skipped, re-save it as UTF-8", location)));
                return null;
            }
        }
        bool valid = TextDecoding.TryDecodeUtf8(payload, out string utf8, out long invalidAt);
        long invalidOffset = baseByteOffset + bom + invalidAt;
        if (bomEncoding is not null)
        {
            // A UTF-8 BOM overrides any declaration, as in browsers.
            return valid ? utf8 : FallBack1252(payload, invalidOffset, "the UTF-8 byte-order mark", location, output);
        }
        string? declared = transportCharset ?? TextDecoding.SniffHtmlCharset(payload);
        var encoding = declared is null ? null : TextDecoding.ResolveCharset(declared);
        if (declared is not null && encoding is null)
        {
            output.Add(IngestItem.Of(new Diagnostic(DiagnosticCodes.InvalidEncoding, Severity.Warning,
                $"declared charset \"{declared}\" is unknown; decoded as UTF-8 or windows-1252 instead", location)));
        }
        if (encoding is not null && encoding.CodePage != Encoding.UTF8.CodePage)
        {
            return encoding.GetString(payload);
        }
        return valid
            ? utf8
            : FallBack1252(payload, invalidOffset, declared is null ? "no declared charset (UTF-8 assumed)" : "the declared UTF-8 charset", location, output);
    }

    private static string FallBack1252(ReadOnlySpan<byte> payload, long invalidOffset, string assumption, DiagnosticLocation location, List<IngestItem> output)
    {
        output.Add(IngestItem.Of(new Diagnostic(DiagnosticCodes.InvalidEncoding, Severity.Warning,
            $"HTML is not valid UTF-8 at byte {invalidOffset} despite {assumption}; decoded as windows-1252, check the characters",
            location with { ByteOffset = invalidOffset })));
        return TextDecoding.Windows1252.GetString(payload);
    }
}
