using System.Globalization;
using Crosscheck.Model;

namespace Crosscheck.Ingest;

/// <summary>
/// Reads a WARC file (already decompressed): one <see cref="SourceFormat.Html"/> document per
/// <c>response</c> record holding a 2xx HTTP response with an HTML body (record = 1-based record
/// number, URL hint = <c>WARC-Target-URI</c>; the capture date is not a publication date, so none
/// is set). A broken record is a diagnostic naming its number and byte offset, and reading goes on
/// at the next <c>WARC/</c> version line; other records are counted in one Info diagnostic.
/// </summary>
internal sealed class WarcReader(IngestOptions options)
{
    /// <summary>A WARC header block longer than this is treated as corrupt.</summary>
    private const int MaxHeaderBytes = 64 * 1024;

    /// <summary>Reads every record of <paramref name="bytes"/> from <paramref name="start"/> (after any BOM).</summary>
    public void Read(string path, byte[] bytes, int start, List<IngestItem> output)
    {
        long record = 0;
        int skipped = 0;
        int pos = start;
        while (true)
        {
            while (pos < bytes.Length && bytes[pos] is (byte)'\r' or (byte)'\n')
            {
                pos++;
            }
            if (pos >= bytes.Length)
            {
                break;
            }
            record++;
            // The location's record slot prints as "line", so the record number goes in the message.
            var location = new DiagnosticLocation(path, null, pos);
            string where = $"record {record}";
            if (!bytes.AsSpan(pos).StartsWith("WARC/"u8))
            {
                output.Add(Problem(DiagnosticCodes.BadWarcRecord, $"{where}: no WARC version line where a record should start; skipped to the next record", location));
                pos = NextRecord(bytes, pos + 1);
                continue;
            }
            if (!MessageHeaders.TryFindEnd(bytes, pos, MaxHeaderBytes, out int headerEnd, out int blockStart))
            {
                output.Add(Problem(DiagnosticCodes.BadWarcRecord, $"{where}: header has no end (blank line) within {MaxHeaderBytes} bytes; skipped to the next record", location));
                pos = NextRecord(bytes, pos + 1);
                continue;
            }
            var header = MessageHeaders.Parse(bytes.AsSpan(pos, headerEnd - pos));
            if (!long.TryParse(header.Get("Content-Length"), NumberStyles.None, CultureInfo.InvariantCulture, out long length))
            {
                output.Add(Problem(DiagnosticCodes.BadWarcRecord, $"{where}: no valid Content-Length header; skipped to the next record", location));
                pos = NextRecord(bytes, blockStart);
                continue;
            }
            long remaining = bytes.Length - blockStart;
            if (length > remaining)
            {
                output.Add(Problem(DiagnosticCodes.WarcRecordTruncated,
                    $"{where}: Content-Length {length} exceeds the {remaining} remaining bytes; record skipped (the file is probably truncated; re-download it)", location));
                pos = NextRecord(bytes, blockStart);
                continue;
            }
            int next = blockStart + (int)length;
            if (!Terminated(bytes, next) && NextRecord(bytes, blockStart) is int inner && inner < next)
            {
                output.Add(Problem(DiagnosticCodes.WarcRecordTruncated,
                    $"{where}: Content-Length {length} runs past the next record at byte {inner}; record skipped (it is probably truncated)", location));
                pos = inner;
                continue;
            }
            if (length > options.MaxWarcRecordBytes)
            {
                output.Add(Problem(DiagnosticCodes.WarcRecordTruncated,
                    $"{where}: Content-Length {length} is over the {options.MaxWarcRecordBytes}-byte record limit; record skipped, raise the limit to read it", location));
                pos = next;
                continue;
            }
            if (!ReadResponse(path, record, header, bytes.AsSpan(blockStart, (int)length), blockStart, where, location, output))
            {
                skipped++;
            }
            pos = next;
        }
        if (skipped > 0)
        {
            output.Add(IngestItem.Of(new Diagnostic(DiagnosticCodes.WarcRecordsSkipped, Severity.Info,
                $"{skipped} of {record} WARC records are not HTML responses (warcinfo, request, metadata, redirect or non-HTML response); skipped",
                new DiagnosticLocation(path))));
        }
    }

    /// <summary>Adds a document for an HTML response record; false when the record is not one (counted as skipped).</summary>
    private bool ReadResponse(string path, long record, MessageHeaders header, ReadOnlySpan<byte> block, long blockOffset,
        string where, DiagnosticLocation location, List<IngestItem> output)
    {
        if (!string.Equals(header.Get("WARC-Type"), "response", StringComparison.OrdinalIgnoreCase)
            || header.Get("Content-Type") is not { } blockType
            || !MessageHeaders.MediaType(blockType).Equals("application/http", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        if (!HttpPayload.TryParse(block, options.MaxWarcRecordBytes, out var http, out string? problem))
        {
            output.Add(Problem(DiagnosticCodes.BadWarcRecord, $"{where}: {problem}; record skipped", location));
            return true;
        }
        if (http.Status is < 200 or > 299 || !http.IsHtml || http.Body.Length == 0)
        {
            return false;
        }
        if (HtmlDecoding.Decode(http.Body, http.Charset, location, blockOffset, output) is not { } html)
        {
            return true;
        }
        var hints = new SourceHints { Url = header.Get("WARC-Target-URI")?.Trim('<', '>', ' ') };
        output.Add(IngestItem.Of(new RawDocument(path, record, SourceFormat.Html, html, ContentHash.Of(http.Body), hints)));
        return true;
    }

    /// <summary>True when a record block ending at <paramref name="end"/> is followed by its blank-line terminator or the end of the file.</summary>
    private static bool Terminated(byte[] bytes, int end) =>
        end == bytes.Length || bytes.AsSpan(end).StartsWith("\r\n\r\n"u8) || bytes.AsSpan(end).StartsWith("\n\n"u8);

    /// <summary>The start of the next line beginning <c>WARC/</c> at or after <paramref name="from"/>, or the end.</summary>
    private static int NextRecord(byte[] bytes, int from)
    {
        if (from >= bytes.Length)
        {
            return bytes.Length;
        }
        int at = bytes.AsSpan(from).IndexOf("\nWARC/"u8);
        return at < 0 ? bytes.Length : from + at + 1;
    }

    private static IngestItem Problem(string code, string message, DiagnosticLocation location) =>
        IngestItem.Of(new Diagnostic(code, Severity.Error, message, location));
}
