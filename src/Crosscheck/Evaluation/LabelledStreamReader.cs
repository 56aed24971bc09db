using System.Globalization;
using System.Text;
using System.Text.Json;
using Crosscheck.Model;

namespace Crosscheck.Evaluation;

/// <summary>
/// Reads a labelled story stream (<see cref="LabelledStreamFormat"/>) and puts it in time order:
/// a stable sort by publication time when every item has one, else input order. A malformed
/// record becomes a <see cref="DiagnosticCodes.BadLabelledRecord"/> diagnostic and is skipped.
/// </summary>
public static class LabelledStreamReader
{
    private static readonly string[] UciHeader = ["ID", "TITLE", "URL", "PUBLISHER", "CATEGORY", "STORY", "HOSTNAME", "TIMESTAMP"];

    /// <summary>Reads <paramref name="path"/> as <paramref name="format"/>.</summary>
    public static LabelledCorpus Read(string path, LabelledStreamFormat format)
    {
        ArgumentNullException.ThrowIfNull(path);
        var text = File.ReadAllText(path, Encoding.UTF8);
        return Parse(text, path, format);
    }

    /// <summary>Parses <paramref name="text"/>; <paramref name="path"/> only names the source in diagnostics.</summary>
    public static LabelledCorpus Parse(string text, string path, LabelledStreamFormat format)
    {
        ArgumentNullException.ThrowIfNull(text);
        var items = new List<LabelledItem>();
        var diagnostics = new List<Diagnostic>();
        if (format == LabelledStreamFormat.Uci)
        {
            ReadUci(text, path, items, diagnostics);
        }
        else
        {
            ReadJsonl(text, path, items, diagnostics);
        }

        if (items.TrueForAll(static i => i.Published is not null))
        {
            // List.Sort is unstable; order by (time, input position) to keep ties in input order.
            var order = new int[items.Count];
            var keys = new (DateTimeOffset, int)[items.Count];
            for (var i = 0; i < items.Count; i++)
            {
                order[i] = i;
                keys[i] = (items[i].Published!.Value, i);
            }

            Array.Sort(keys, order);
            var sorted = new LabelledItem[items.Count];
            for (var i = 0; i < order.Length; i++)
            {
                sorted[i] = items[order[i]];
            }

            return new LabelledCorpus(sorted, diagnostics);
        }

        return new LabelledCorpus(items, diagnostics);
    }

    private static void ReadUci(string text, string path, List<LabelledItem> items, List<Diagnostic> diagnostics)
    {
        var fields = new List<string>(8);
        var position = 0;
        long line = 0;
        var header = true;
        while (position < text.Length)
        {
            line++;
            position = CsvRecord(text, position, fields);
            if (fields.Count == 1 && fields[0].Length == 0)
            {
                continue;
            }

            if (header)
            {
                header = false;
                if (fields.Count >= UciHeader.Length && fields[0] == UciHeader[0])
                {
                    continue;
                }
            }

            if (fields.Count != UciHeader.Length ||
                !long.TryParse(fields[7], NumberStyles.Integer, CultureInfo.InvariantCulture, out var milliseconds) ||
                fields[1].Length == 0 || fields[5].Length == 0)
            {
                diagnostics.Add(Bad(path, line, $"expected {UciHeader.Length} fields (ID,TITLE,URL,PUBLISHER,CATEGORY,STORY,HOSTNAME,TIMESTAMP) with a title, a story and a numeric timestamp; record skipped"));
                continue;
            }

            items.Add(new LabelledItem(
                fields[0], fields[1], "", DateTimeOffset.FromUnixTimeMilliseconds(milliseconds),
                fields[3].Length == 0 ? null : fields[3], fields[5], fields[2].Length == 0 ? null : fields[2],
                fields[4].Length == 0 ? null : fields[4]));
        }
    }

    /// <summary>Reads one RFC 4180 record starting at <paramref name="position"/>; returns the position after it.</summary>
    private static int CsvRecord(string text, int position, List<string> fields)
    {
        fields.Clear();
        var field = new StringBuilder();
        var quoted = false;
        var i = position;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c != '"')
                {
                    field.Append(c);
                }
                else if (i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else
                {
                    quoted = false;
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                i++;
                break;
            }
            else if (c != '\r')
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return i;
    }

    private static void ReadJsonl(string text, string path, List<LabelledItem> items, List<Diagnostic> diagnostics)
    {
        long line = 0;
        var position = 0;
        while (position < text.Length)
        {
            line++;
            var end = text.IndexOf('\n', position);
            if (end < 0)
            {
                end = text.Length;
            }

            var record = text.AsSpan(position, end - position).Trim();
            position = end + 1;
            if (record.IsEmpty)
            {
                continue;
            }

            if (TryItem(record.ToString(), out var item, out var problem))
            {
                items.Add(item);
            }
            else
            {
                diagnostics.Add(Bad(path, line, problem + "; record skipped"));
            }
        }
    }

    private static bool TryItem(string json, out LabelledItem item, out string problem)
    {
        item = null!;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            problem = "not a JSON object: " + e.Message;
            return false;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                problem = "not a JSON object";
                return false;
            }

            var id = Scalar(root, "id");
            var title = Scalar(root, "title") ?? "";
            var text = Scalar(root, "text") ?? "";
            var label = Scalar(root, "label");
            if (id is null || label is null || (title.Length == 0 && text.Length == 0))
            {
                problem = "needs \"id\", \"label\" and a \"title\" or \"text\"";
                return false;
            }

            DateTimeOffset? published = null;
            if (Scalar(root, "published") is { Length: > 0 } stamp)
            {
                if (!DateTimeOffset.TryParse(stamp, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
                {
                    problem = $"\"published\" is not an ISO date-time: {stamp}";
                    return false;
                }

                published = parsed;
            }

            item = new LabelledItem(
                id, title, text, published, Scalar(root, "outlet"), label, Scalar(root, "url") is { Length: > 0 } url ? url : null,
                Scalar(root, "category") is { Length: > 0 } category ? category : null);
            problem = "";
            return true;
        }
    }

    /// <summary>A string or number property as text; null when absent or null.</summary>
    private static string? Scalar(JsonElement root, string name) =>
        !root.TryGetProperty(name, out var value) ? null : value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };

    private static Diagnostic Bad(string path, long line, string message) =>
        new(DiagnosticCodes.BadLabelledRecord, Severity.Warning, message, new DiagnosticLocation(path, line));
}
