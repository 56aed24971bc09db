using System.Text.Json;
using System.Text.RegularExpressions;
using Crosscheck.Model;

namespace Crosscheck.Ingest;

/// <summary>Detects the format of decoded content from the content itself, not the file name.</summary>
internal static partial class FormatDetector
{
    /// <summary>How many non-blank lines are sampled to decide whether a file is JSONL.</summary>
    private const int JsonlSampleLines = 50;

    /// <summary>How many leading characters are searched for HTML tags.</summary>
    private const int HtmlSniffChars = 64 * 1024;

    /// <summary>
    /// JSONL if the first non-blank line is a JSON object and
    /// lines look like objects (at least half: a crawler file with a corrupt line is still JSONL); HTML if the text starts with a doctype or <c>&lt;html&gt;</c> or has
    /// substantial tag structure; otherwise plain text.
    /// </summary>
    public static SourceFormat Detect(string text)
    {
        if (IsJsonl(text))
        {
            return SourceFormat.Jsonl;
        }
        return IsHtml(text) ? SourceFormat.Html : SourceFormat.Text;
    }

    private static bool IsJsonl(string text)
    {
        int sampled = 0;
        int objects = 0;
        bool first = true;
        foreach (var range in text.AsSpan().Split('\n'))
        {
            var line = text.AsSpan(range).Trim();
            if (line.IsEmpty)
            {
                continue;
            }
            bool shaped = line[0] == '{' && line[^1] == '}';
            if (first)
            {
                if (!shaped || !IsJsonObject(line.ToString()))
                {
                    return false;
                }
                first = false;
            }
            sampled++;
            if (shaped)
            {
                objects++;
            }
            if (sampled >= JsonlSampleLines)
            {
                break;
            }
        }
        return sampled > 0 && objects * 2 >= sampled;
    }

    private static bool IsJsonObject(string line)
    {
        try
        {
            using var doc = JsonDocument.Parse(line, new JsonDocumentOptions { MaxDepth = 64 });
            return doc.RootElement.ValueKind == JsonValueKind.Object;
        }
        catch (JsonException)
        {
            // Not JSON: the file is not JSONL.
            return false;
        }
    }

    private static bool IsHtml(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, HtmlSniffChars)).TrimStart().TrimStart('\uFEFF');
        if (head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || (head.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase) && head.Contains("<html", StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }
        int tags = 0;
        foreach (var _ in KnownTag().EnumerateMatches(head))
        {
            tags++;
            if (tags >= 8 && (head[0] == '<' || tags * 1000 >= head.Length))
            {
                return true;
            }
        }
        return tags >= 4 && head.Length > 0 && head[0] == '<';
    }

    [GeneratedRegex(@"</?(?:p|div|span|a|br|li|ul|ol|h[1-6]|table|tr|td|body|head|meta|script|style|img|section|article|main|nav|header|footer|title|link)\b[^<>]{0,500}>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex KnownTag();
}
