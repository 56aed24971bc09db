using System.Text.RegularExpressions;
using Crosscheck.Model;

namespace Crosscheck.Extract;

/// <summary>
/// Finds the furniture of a text-shaped article: the title (first line, Markdown <c># </c> stripped),
/// <c>Date:</c> lines, standalone date lines and bylines near the top, and an <c>Original url:</c>
/// footer with the URL on the same or the next line. Marks those blocks in <c>marks</c>.
/// </summary>
internal static partial class LayoutReader
{
    /// <summary>How many leading blocks may hold title, byline and date lines.</summary>
    private const int HeaderBlocks = 8;

    /// <summary>Longest title accepted, in words.</summary>
    private const int MaxTitleWords = 40;

    public static int ReadHeader(string text, List<TextSpan> blocks, ChromeKind?[] marks, MetadataDraft draft, bool findTitle)
    {
        int titleIndex = -1;
        int limit = Math.Min(blocks.Count, HeaderBlocks);
        for (int i = 0; i < limit; i++)
        {
            var span = blocks[i].In(text);
            var labelled = LabelledDate().Match(span.ToString());
            if (labelled.Success)
            {
                if (DateReader.TryParseLoose(labelled.Groups["v"].Value, out var stated))
                {
                    bool updated = labelled.Groups["label"].Value.Contains("update", StringComparison.OrdinalIgnoreCase);
                    if (!updated || draft.StatedDate is null)
                    {
                        draft.StatedDate ??= stated;
                    }
                    marks[i] = ChromeKind.Dateline;
                    continue;
                }
            }
            if (Bylines.TryRead(span, draft))
            {
                marks[i] = ChromeKind.Byline;
                continue;
            }
            if (DateReader.TryParseDateLine(span, out var lineDate))
            {
                draft.TextDate ??= lineDate;
                marks[i] = ChromeKind.Dateline;
                continue;
            }
            var f = BlockFeatures.Measure(span);
            if (findTitle && titleIndex < 0 && f.Words is >= 1 and <= MaxTitleWords
                && !BoilerplateRemover.HasInterfaceVocabulary(span) && f.LinkRatio < 0.5)
            {
                titleIndex = i;
                SetTitle(text, blocks[i], draft);
                continue;
            }
            if (f.Words >= 20 && (titleIndex >= 0 || !findTitle))
            {
                break;
            }
        }
        return titleIndex;
    }

    /// <summary>Sets the draft title and its span, without Markdown heading marks or emphasis.</summary>
    public static void SetTitle(string text, TextSpan block, MetadataDraft draft)
    {
        int s = block.Start;
        int e = block.End;
        while (s < e && text[s] is '#' or '*' or '_' or ' ' or '\t')
        {
            s++;
        }
        while (e > s && text[e - 1] is '#' or '*' or '_' or ' ' or '\t')
        {
            e--;
        }
        if (e <= s)
        {
            return;
        }
        var span = new TextSpan(s, e);
        draft.TitleSpan = span;
        draft.Title = Bylines.StripMarkdown(span.Of(text));
    }

    /// <summary>Marks an "Original url:" footer (and the next block when it holds the URL) and records the URL.</summary>
    public static void ReadFooter(string text, List<TextSpan> blocks, ChromeKind?[] marks, MetadataDraft draft)
    {
        for (int i = 0; i < blocks.Count; i++)
        {
            var match = FooterLabel().Match(blocks[i].Of(text));
            if (!match.Success)
            {
                continue;
            }
            string? url = FindUrl(match.Groups["rest"].Value);
            if (url is null && i + 1 < blocks.Count && FindUrl(blocks[i + 1].Of(text)) is { } next
                && blocks[i + 1].Length <= next.Length + 8)
            {
                url = next;
                marks[i + 1] = ChromeKind.Footer;
            }
            if (url is null)
            {
                continue;
            }
            marks[i] = ChromeKind.Footer;
            draft.Url ??= url;
        }
    }

    private static string? FindUrl(string value)
    {
        var m = Url().Match(value);
        return m.Success ? m.Value.TrimEnd('.', ',', ')', '>') : null;
    }

    /// <summary>An outlet named in a copyright or republication notice ("© 2021 X", "published by the X may be …").</summary>
    public static string? OutletFromNotice(ReadOnlySpan<char> block)
    {
        string s = block.ToString();
        var m = Copyright().Match(s);
        if (!m.Success)
        {
            m = PublishedBy().Match(s);
        }
        if (!m.Success)
        {
            return null;
        }
        string name = m.Groups["name"].Value.Trim().TrimEnd('.');
        foreach (string tail in (ReadOnlySpan<string>)[" All", " of", " and", " Inc", " Ltd", " LLC"])
        {
            if (name.EndsWith(tail, StringComparison.Ordinal))
            {
                name = name[..^tail.Length].Trim();
            }
        }
        return name.Length >= 2 ? name : null;
    }

    [GeneratedRegex(@"^[\W_]*(?<label>date|dated|published|posted|updated|last updated|first published)(?:\s+on)?[\s*_]*:[\s*_]*(?<v>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LabelledDate();

    [GeneratedRegex(@"^[\W_]*(?:original (?:url|link|article|source)|source (?:url|link)|canonical url|article url|url|link|source)[\s*_]*:[\s*_]*(?<rest>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FooterLabel();

    [GeneratedRegex(@"https?://[^\s<>\[\]()""']+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Url();

    [GeneratedRegex(@"(?:©|\(c\)|\bcopyright\b)\s*(?:\(c\)\s*|©\s*)?(?:\d{4}(?:\s*[-\u2013]\s*\d{4})?\s*,?\s*)?(?<name>(?:The\s+)?[A-Z][\w&.'-]*(?:\s+(?:[A-Z][\w&'-]*|of|and|&)){0,5})", RegexOptions.CultureInvariant)]
    private static partial Regex Copyright();

    [GeneratedRegex(@"\bpublished by (?:the )?(?<name>[A-Z][\w&'-]*(?:\s+(?:[A-Z][\w&'-]*|of|and)){0,5})\s+(?:may|is|are|can|must)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PublishedBy();
}
