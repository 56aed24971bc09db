namespace Crosscheck.Extract;

/// <summary>
/// Finds the contents of <c>&lt;script type="application/ld+json"&gt;</c> elements in raw HTML with a
/// plain scan, so the DOM parser can skip script text (the bulk of many pages).
/// </summary>
internal static class JsonLdScripts
{
    /// <summary>At most this many JSON-LD scripts are read from one page.</summary>
    private const int MaxScripts = 16;

    public static List<string> Find(string html)
    {
        var scripts = new List<string>();
        var span = html.AsSpan();
        int pos = 0;
        while (scripts.Count < MaxScripts)
        {
            int hit = span[pos..].IndexOf("application/ld+json", StringComparison.OrdinalIgnoreCase);
            if (hit < 0)
            {
                break;
            }
            hit += pos;
            int tagStart = span[..hit].LastIndexOf('<');
            int open = span[hit..].IndexOf('>');
            if (tagStart < 0 || open < 0 || !span[tagStart..hit].StartsWith("<script", StringComparison.OrdinalIgnoreCase))
            {
                pos = hit + 1;
                continue;
            }
            int contentStart = hit + open + 1;
            int close = span[contentStart..].IndexOf("</script", StringComparison.OrdinalIgnoreCase);
            if (close < 0)
            {
                break;
            }
            scripts.Add(html.Substring(contentStart, close));
            pos = contentStart + close;
        }
        return scripts;
    }
}
