namespace Crosscheck.Extract;

/// <summary>
/// A linear pre-scan that bounds the parser's work on hostile nesting: HTML5 tree building costs
/// grow with the depth of open elements, so a page nesting deeper than a hard limit is cut where
/// the limit is crossed. Counts opening and closing tags of container elements, skipping void and
/// auto-closing ones, comments, and script/style contents. Real pages stay far below the limit.
/// </summary>
internal static class NestingGuard
{
    /// <summary>Returns the character offset where the open-tag depth first exceeds <paramref name="maxDepth"/>, or -1.</summary>
    public static int FindCut(string html, int maxDepth)
    {
        var span = html.AsSpan();
        int depth = 0;
        int i = 0;
        while (true)
        {
            int lt = span[i..].IndexOf('<');
            if (lt < 0)
            {
                return -1;
            }
            i += lt + 1;
            if (i >= span.Length)
            {
                return -1;
            }
            if (span[i..].StartsWith("!--", StringComparison.Ordinal))
            {
                int end = span[i..].IndexOf("-->", StringComparison.Ordinal);
                if (end < 0)
                {
                    return -1;
                }
                i += end + 3;
                continue;
            }
            bool closing = span[i] == '/';
            int nameStart = closing ? i + 1 : i;
            int nameEnd = nameStart;
            while (nameEnd < span.Length && char.IsAsciiLetterOrDigit(span[nameEnd]))
            {
                nameEnd++;
            }
            if (nameEnd == nameStart || !char.IsAsciiLetter(span[nameStart]))
            {
                continue;
            }
            var name = span[nameStart..nameEnd];
            if (closing)
            {
                if (Counts(name))
                {
                    depth = Math.Max(0, depth - 1);
                }
                continue;
            }
            if (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase))
            {
                int end = span[nameEnd..].IndexOf("</", StringComparison.Ordinal);
                if (end < 0)
                {
                    return -1;
                }
                i = nameEnd + end;
                continue;
            }
            int gt = span[nameEnd..].IndexOf('>');
            bool selfClosing = gt > 0 && span[nameEnd + gt - 1] == '/';
            if (Counts(name) && !selfClosing && ++depth > maxDepth)
            {
                return i - 1;
            }
        }
    }

    /// <summary>Container elements; void and parser-auto-closed elements (p, li, td, option, ...) do not nest without bound.</summary>
    private static bool Counts(ReadOnlySpan<char> name)
    {
        Span<char> lower = stackalloc char[12];
        if (name.Length > lower.Length)
        {
            return true;
        }
        int n = name.ToLowerInvariant(lower);
        return lower[..n] switch
        {
            "br" or "img" or "hr" or "meta" or "link" or "input" or "wbr" or "area" or "base" or "col" or "embed" or "param"
                or "source" or "track" or "p" or "li" or "td" or "th" or "tr" or "option" or "dt" or "dd" or "html" or "head"
                or "body" or "tbody" or "thead" or "colgroup" or "keygen" or "image" => false,
            _ => true,
        };
    }
}
