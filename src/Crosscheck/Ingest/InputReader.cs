using System.Runtime.CompilerServices;
using System.Text;
using Crosscheck.Model;

namespace Crosscheck.Ingest;

/// <summary>
/// Reads files and directories into <see cref="RawDocument"/>s, detecting the format (text, HTML,
/// JSONL, RSS/Atom feed, WARC) from content. Bad input becomes a <see cref="Diagnostic"/> and the run continues.
/// </summary>
public sealed class InputReader
{
    public const string StageId = "ingest.read/2";

    private readonly IngestOptions _options;
    private readonly JsonlRecordReader _jsonl;
    private readonly FeedReader _feeds;
    private readonly WarcReader _warc;

    public InputReader(IngestOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxBytes);
        _options = options;
        _jsonl = new JsonlRecordReader(options);
        _feeds = new FeedReader(options);
        _warc = new WarcReader(options);
    }

    /// <summary>
    /// Reads each path in order: a file, or a directory walked recursively in ordinal order.
    /// Yields one item per document or problem.
    /// </summary>
    public IAsyncEnumerable<IngestItem> ReadAsync(IReadOnlyList<string> paths, CancellationToken cancellationToken) =>
        ReadAsync(InputPlan.Of(paths), cancellationToken);

    /// <summary>Reads the planned files in order. Yields one item per document or problem.</summary>
    public async IAsyncEnumerable<IngestItem> ReadAsync(
        InputPlan plan,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        foreach (var entry in plan.Entries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (entry.Diagnostic is { } pathProblem)
            {
                yield return IngestItem.Of(pathProblem);
                continue;
            }
            string file = entry.File!;
            var (bytes, readProblem) = await ReadBytesAsync(file, cancellationToken).ConfigureAwait(false);
            if (readProblem is not null)
            {
                yield return IngestItem.Of(readProblem);
            }
            if (bytes is null)
            {
                continue;
            }
            foreach (var item in Decode(file, bytes!))
            {
                yield return item;
            }
        }
    }

    private async Task<(byte[]? Bytes, Diagnostic? Problem)> ReadBytesAsync(string path, CancellationToken cancellationToken)
    {
        var location = new DiagnosticLocation(path);
        try
        {
            var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024,
                FileOptions.Asynchronous | FileOptions.SequentialScan);
            await using (stream.ConfigureAwait(false))
            {
                if (stream.Length > _options.MaxBytes)
                {
                    return (null, TooLarge(location, stream.Length));
                }
                var buffer = new byte[stream.Length];
                int read = 0;
                while (read < buffer.Length)
                {
                    int n = await stream.ReadAsync(buffer.AsMemory(read), cancellationToken).ConfigureAwait(false);
                    if (n == 0)
                    {
                        break;
                    }
                    read += n;
                }
                if (read < buffer.Length)
                {
                    Array.Resize(ref buffer, read);
                }
                else if (stream.ReadByte() >= 0)
                {
                    return (null, new Diagnostic(DiagnosticCodes.Unreadable, Severity.Error,
                        "file changed size while being read; skipped, read it again when it is complete", location));
                }
                return IsGzipName(path) ? Gunzip(buffer, _options.MaxBytes, location, salvageWarc: true) : (buffer, null);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return (null, new Diagnostic(DiagnosticCodes.Unreadable, Severity.Error,
                $"file cannot be read ({ex.Message}); skipped, check that it exists and is readable", location));
        }
    }

    /// <summary>True for a <c>.gz</c> file name (e.g. <c>page.html.gz</c>), which is read decompressed.</summary>
    public static bool IsGzipName(string path) => path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Decompresses a gzip file's bytes, refusing output over <paramref name="maxBytes"/> (a
    /// decompression bomb) and reporting a corrupt or truncated stream as a diagnostic.
    /// </summary>
    public static (byte[]? Bytes, Diagnostic? Problem) Gunzip(byte[] compressed, long maxBytes, DiagnosticLocation location) =>
        Gunzip(compressed, maxBytes, location, salvageWarc: false);

    /// <summary>
    /// As <see cref="Gunzip(byte[], long, DiagnosticLocation)"/>; with <paramref name="salvageWarc"/>, a WARC
    /// whose gzip stream breaks part-way keeps the bytes decoded before the break (both results are set).
    /// </summary>
    private static (byte[]? Bytes, Diagnostic? Problem) Gunzip(byte[] compressed, long maxBytes, DiagnosticLocation location, bool salvageWarc)
    {
        ArgumentNullException.ThrowIfNull(compressed);
        using var output = new MemoryStream(compressed.Length * 4);
        try
        {
            using var input = new MemoryStream(compressed, writable: false);
            using var gzip = new System.IO.Compression.GZipStream(input, System.IO.Compression.CompressionMode.Decompress);
            var chunk = new byte[64 * 1024];
            int n;
            while ((n = gzip.Read(chunk)) > 0)
            {
                if (output.Length + n > maxBytes)
                {
                    return (null, new Diagnostic(DiagnosticCodes.TooLarge, Severity.Error,
                        $"gzip content expands beyond the {maxBytes}-byte limit; skipped, split it or raise the limit", location));
                }
                output.Write(chunk, 0, n);
            }
            return (output.ToArray(), null);
        }
        catch (InvalidDataException ex) when (salvageWarc && FormatDetector.IsWarc(output.GetBuffer().AsSpan(0, (int)output.Length)))
        {
            return (output.ToArray(), new Diagnostic(DiagnosticCodes.Unreadable, Severity.Error,
                $"gzip stream is corrupt after {output.Length} decompressed bytes ({ex.Message}); the WARC records before it are read, the rest is lost, re-download the file",
                location));
        }
        catch (InvalidDataException ex)
        {
            return (null, new Diagnostic(DiagnosticCodes.Unreadable, Severity.Error,
                $"file is named .gz but is not a valid gzip stream ({ex.Message}); skipped, decompress or re-download it", location));
        }
    }

    /// <summary>
    /// Checks and decodes one file's (already decompressed) bytes into documents and diagnostics,
    /// as <see cref="ReadAsync(InputPlan, CancellationToken)"/> does for each file it reads.
    /// </summary>
    public IReadOnlyList<IngestItem> DecodeBytes(string path, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(bytes);
        return Decode(path, bytes);
    }

    private Diagnostic TooLarge(DiagnosticLocation location, long length) =>
        new(DiagnosticCodes.TooLarge, Severity.Error,
            $"file is {length} bytes, over the {_options.MaxBytes}-byte limit; skipped, split it or raise the limit",
            location);

    /// <summary>Checks and decodes one file's bytes into documents and diagnostics.</summary>
    internal List<IngestItem> Decode(string path, byte[] bytes)
    {
        var output = new List<IngestItem>(1);
        var location = new DiagnosticLocation(path);
        int bom = TextDecoding.DetectBom(bytes, out var bomEncoding);
        var payload = bytes.AsSpan(bom);
        if (IsAllWhitespaceAscii(payload))
        {
            output.Add(IngestItem.Of(new Diagnostic(DiagnosticCodes.Empty, Severity.Error,
                "file is empty or holds only white space; skipped", location)));
            return output;
        }
        if (FormatDetector.IsWarc(payload))
        {
            _warc.Read(path, bytes, bom, output);
            return output;
        }
        bool utf16 = bomEncoding is UnicodeEncoding;
        if (!utf16 && TextDecoding.LooksBinary(payload))
        {
            output.Add(IngestItem.Of(new Diagnostic(DiagnosticCodes.Binary, Severity.Error,
                "file looks binary (NUL bytes or mostly control characters), not text, HTML or JSONL; skipped", location)));
            return output;
        }
        string text;
        long invalidAt = -1;
        if (utf16)
        {
            try
            {
                text = bomEncoding!.GetString(payload);
            }
            catch (DecoderFallbackException)
            {
                output.Add(IngestItem.Of(new Diagnostic(DiagnosticCodes.InvalidEncoding, Severity.Error,
                    "file has a UTF-16 byte-order mark but invalid UTF-16 content; skipped, re-save it as UTF-8", location)));
                return output;
            }
        }
        else if (!TextDecoding.TryDecodeUtf8(payload, out text, out invalidAt))
        {
            // Sniff the structure from a lossless single-byte view; only HTML may fall back to another charset.
            text = Encoding.Latin1.GetString(payload);
        }
        var format = FormatDetector.Detect(text);
        if (format == SourceFormat.Html)
        {
            if (HtmlDecoding.Decode(bytes, null, location, 0, output) is { } html)
            {
                output.Add(IngestItem.Of(new RawDocument(path, null, SourceFormat.Html, html, ContentHash.Of(bytes))));
            }
            return output;
        }
        if (format == SourceFormat.Feed)
        {
            _feeds.Read(path, bytes, output);
            return output;
        }
        if (invalidAt >= 0)
        {
            output.Add(IngestItem.Of(new Diagnostic(DiagnosticCodes.InvalidEncoding, Severity.Error,
                $"{format switch { SourceFormat.Jsonl => "JSONL", SourceFormat.Json => "JSON", _ => "text" }} is not valid UTF-8 at byte {invalidAt + bom}; skipped, re-save the file as UTF-8",
                location with { ByteOffset = invalidAt + bom })));
            return output;
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            output.Add(IngestItem.Of(new Diagnostic(DiagnosticCodes.Empty, Severity.Error,
                "file holds only white space; skipped", location)));
            return output;
        }
        if (format == SourceFormat.Jsonl && !utf16)
        {
            _jsonl.Read(path, bytes, bom, output);
            return output;
        }
        if (format == SourceFormat.Json && !utf16)
        {
            _jsonl.ReadDocument(path, bytes, bom, output);
            return output;
        }
        output.Add(IngestItem.Of(new RawDocument(path, null, SourceFormat.Text, text, ContentHash.Of(bytes))));
        return output;
    }

    private static bool IsAllWhitespaceAscii(ReadOnlySpan<byte> bytes)
    {
        foreach (byte b in bytes)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0B or 0x0C))
            {
                return false;
            }
        }
        return true;
    }
}
