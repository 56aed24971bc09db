using System.Globalization;
using System.Text.Json;
using Crosscheck.Model;

namespace Crosscheck.Ingest;

/// <summary>
/// Reads news-please style JSONL (<c>title</c>, <c>maintext</c> or <c>text</c>, <c>date_publish</c>,
/// <c>url</c>, <c>source_domain</c>, <c>authors</c>, <c>language</c>): one document per line, or a
/// diagnostic for a line that is not a JSON object or has no text. Other lines are unaffected.
/// Whole JSON documents with the same fields (one article object, or an array of them) are read
/// by <see cref="ReadDocument"/>.
/// </summary>
internal sealed class JsonlRecordReader(IngestOptions options)
{
    private static readonly string[] DateFormats =
    [
        "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd", "yyyy/MM/dd HH:mm:ss", "yyyy/MM/dd",
    ];

    /// <summary>Reads every line of <paramref name="bytes"/> (already validated as UTF-8), skipping <paramref name="start"/> BOM bytes.</summary>
    public void Read(string path, byte[] bytes, int start, List<IngestItem> output)
    {
        long lineNumber = 0;
        int pos = start;
        while (pos < bytes.Length)
        {
            int newline = Array.IndexOf(bytes, (byte)'\n', pos);
            int end = newline < 0 ? bytes.Length : newline;
            lineNumber++;
            var line = new ReadOnlyMemory<byte>(bytes, pos, end - pos);
            if (!line.IsEmpty && line.Span[^1] == (byte)'\r')
            {
                line = line[..^1];
            }
            if (!IsBlank(line.Span))
            {
                ReadLine(path, lineNumber, pos, line, output);
            }
            pos = end + 1;
        }
    }

    private static bool IsBlank(ReadOnlySpan<byte> line)
    {
        foreach (byte b in line)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r'))
            {
                return false;
            }
        }
        return true;
    }

    private void ReadLine(string path, long lineNumber, long byteOffset, ReadOnlyMemory<byte> line, List<IngestItem> output)
    {
        var location = new DiagnosticLocation(path, lineNumber, byteOffset);
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(line, new JsonDocumentOptions { MaxDepth = options.MaxJsonDepth });
        }
        catch (JsonException ex)
        {
            output.Add(IngestItem.Of(new Diagnostic(DiagnosticCodes.BadJsonLine, Severity.Error,
                $"line {lineNumber} is not a JSON object ({Shorten(ex.Message)}); line skipped, fix or remove it",
                location)));
            return;
        }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                output.Add(IngestItem.Of(new Diagnostic(DiagnosticCodes.BadJsonLine, Severity.Error,
                    $"line {lineNumber} is not a JSON object (found {root.ValueKind.ToString().ToLowerInvariant()}); line skipped",
                    location)));
                return;
            }
            ReadRecord(path, SourceFormat.Jsonl, root, lineNumber, $"line {lineNumber}", location, line.Span, output);
        }
    }

    /// <summary>
    /// Reads a whole JSON document: one article object (news-please writes one file per article) or
    /// an array of them. Anything else gets one diagnostic naming the file.
    /// </summary>
    public void ReadDocument(string path, byte[] bytes, int start, List<IngestItem> output)
    {
        var location = new DiagnosticLocation(path);
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(new ReadOnlyMemory<byte>(bytes, start, bytes.Length - start), new JsonDocumentOptions { MaxDepth = options.MaxJsonDepth });
        }
        catch (JsonException ex)
        {
            output.Add(IngestItem.Of(new Diagnostic(DiagnosticCodes.BadJsonLine, Severity.Error,
                $"file is not valid JSON ({Shorten(ex.Message)}); skipped", location)));
            return;
        }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind == JsonValueKind.Object)
            {
                ReadRecord(path, SourceFormat.Json, root, null, "the JSON object", location, bytes.AsSpan(start), output);
                return;
            }
            if (root.ValueKind != JsonValueKind.Array)
            {
                output.Add(IngestItem.Of(new Diagnostic(DiagnosticCodes.BadJsonLine, Severity.Error,
                    $"file is JSON but holds a {root.ValueKind.ToString().ToLowerInvariant()}, not an article object or an array of them; skipped",
                    location)));
                return;
            }
            long item = 0;
            foreach (var element in root.EnumerateArray())
            {
                item++;
                if (element.ValueKind != JsonValueKind.Object)
                {
                    output.Add(IngestItem.Of(new Diagnostic(DiagnosticCodes.BadJsonLine, Severity.Error,
                        $"item {item} of the JSON array is not an object; item skipped", location)));
                    continue;
                }
                ReadRecord(path, SourceFormat.Json, element, item, $"item {item} of the JSON array", location, System.Text.Encoding.UTF8.GetBytes(element.GetRawText()), output);
            }
        }
    }

    /// <summary>One news-please style object: a document, or a diagnostic when it has no text.</summary>
    private static void ReadRecord(
        string path, SourceFormat format, JsonElement root, long? record, string where, DiagnosticLocation location, ReadOnlySpan<byte> content,
        List<IngestItem> output)
    {
        string? text = StringField(root, "maintext");
        if (string.IsNullOrWhiteSpace(text))
        {
            text = StringField(root, "text");
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            output.Add(IngestItem.Of(new Diagnostic(DiagnosticCodes.NoText, Severity.Error,
                $"{where} has no \"maintext\" or \"text\" field with content; skipped",
                location)));
            return;
        }
        string? dateText = StringField(root, "date_publish");
        var published = PublishedDate.Read(dateText, TryParseDate, $"{where}: date_publish", "date", location, output);
        var hints = new SourceHints
        {
            Title = Clean(StringField(root, "title")),
            Url = Clean(StringField(root, "url")),
            Outlet = Clean(StringField(root, "source_domain")),
            Published = published,
            Authors = Authors(root),
            Language = Clean(StringField(root, "language")),
        };
        output.Add(IngestItem.Of(new RawDocument(path, record, format, text, ContentHash.Of(content), hints)));
    }

    /// <summary>Parses "2021-06-21 10:00:00" (read as UTC) or ISO 8601 with or without an offset.</summary>
    internal static bool TryParseDate(string value, out DateTimeOffset date)
    {
        var style = DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces;
        return DateTimeOffset.TryParseExact(value, DateFormats, CultureInfo.InvariantCulture, style, out date)
            || DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, style, out date);
    }

    private static string? StringField(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static List<string> Authors(JsonElement root)
    {
        var authors = new List<string>();
        if (!root.TryGetProperty("authors", out var value))
        {
            return authors;
        }
        if (value.ValueKind == JsonValueKind.String && Clean(value.GetString()) is { } single)
        {
            authors.Add(single);
        }
        else if (value.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in value.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String && Clean(item.GetString()) is { } name)
                {
                    authors.Add(name);
                }
            }
        }
        return authors;
    }

    private static string Shorten(string message) => message.Length <= 120 ? message : message[..117] + "...";
}
