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

    /// <summary>How many leading characters are scanned for a feed's root element.</summary>
    private const int FeedSniffChars = 16 * 1024;

    private const string AtomNamespace = "http://www.w3.org/2005/Atom";

    /// <summary>True when the bytes start with a WARC version line (<c>WARC/1.0</c>, <c>WARC/1.1</c>).</summary>
    public static bool IsWarc(ReadOnlySpan<byte> bytes) => bytes.StartsWith("WARC/"u8);

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
        if (IsJsonDocument(text))
        {
            return SourceFormat.Json;
        }
        if (IsFeed(text))
        {
            return SourceFormat.Feed;
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

    /// <summary>
    /// A JSON document spread over lines: "{" then a quoted key and a colon, or "[" then an object.
    /// A truncated file still counts (a crawler may die mid-write): the reader reports it as bad JSON
    /// instead of storing it as a text article.
    /// </summary>
    private static bool IsJsonDocument(string text)
    {
        var trimmed = text.AsSpan().Trim().TrimStart('\uFEFF');
        if (trimmed.Length < 2)
        {
            return false;
        }
        var next = trimmed[1..].TrimStart();
        if (trimmed[0] == '[')
        {
            return !next.IsEmpty && next[0] == '{';
        }
        if (trimmed[0] != '{' || next.IsEmpty)
        {
            return false;
        }
        if (next[0] == '}')
        {
            return true;
        }
        var close = next.Length > 1 && next[0] == '"' ? next[1..].IndexOf('"') : -1;
        return close >= 0 && next[(close + 2)..].TrimStart() is [':', ..];
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

    /// <summary>
    /// True when the first element, after an optional XML declaration, comments, processing
    /// instructions and a DOCTYPE, is <c>&lt;rss&gt;</c> or an Atom <c>&lt;feed&gt;</c>.
    /// </summary>
    private static bool IsFeed(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, FeedSniffChars));
        while (true)
        {
            head = head.TrimStart().TrimStart('\uFEFF').TrimStart();
            if (head.IsEmpty || head[0] != '<')
            {
                return false;
            }
            if (head.StartsWith("<?"))
            {
                head = SkipPast(head, "?>");
            }
            else if (head.StartsWith("<!--"))
            {
                head = SkipPast(head, "-->");
            }
            else if (head.StartsWith("<!DOCTYPE", StringComparison.OrdinalIgnoreCase))
            {
                int close = head.IndexOf('>');
                int subset = head.IndexOf('[');
                head = subset >= 0 && (close < 0 || subset < close) ? SkipPast(SkipPast(head, "]"), ">") : SkipPast(head, ">");
            }
            else
            {
                return IsFeedRoot(head);
            }
        }
    }

    private static bool IsFeedRoot(ReadOnlySpan<char> head)
    {
        if (head.StartsWith("<rss") && head.Length > 4 && (char.IsWhiteSpace(head[4]) || head[4] == '>'))
        {
            return true;
        }
        if (!head.StartsWith("<feed") || head.Length <= 5 || !(char.IsWhiteSpace(head[5]) || head[5] == '>'))
        {
            return false;
        }
        int end = head.IndexOf('>');
        var tag = end < 0 ? head : head[..end];
        return tag.Contains(AtomNamespace, StringComparison.Ordinal);
    }

    private static ReadOnlySpan<char> SkipPast(ReadOnlySpan<char> text, string marker)
    {
        int at = text.IndexOf(marker, StringComparison.Ordinal);
        return at < 0 ? [] : text[(at + marker.Length)..];
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

    /// <summary>True when <paramref name="text"/> holds at least one common HTML tag (a feed item's HTML body).</summary>
    public static bool HasMarkup(string text) => KnownTag().IsMatch(text);

    [GeneratedRegex(@"</?(?:p|div|span|a|br|li|ul|ol|h[1-6]|table|tr|td|body|head|meta|script|style|img|section|article|main|nav|header|footer|title|link)\b[^<>]{0,500}>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex KnownTag();
}
