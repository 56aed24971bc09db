using System.Collections.Frozen;

namespace Crosscheck.Stories;

/// <summary>
/// Finds the headline words in an article URL's slug without allocating: in
/// "https://host/world/2014/03/us-china-trade-talks-resume.html?ref=rss" the words are "us",
/// "china", "trade", "talks", "resume". Only path segments that read like a slug (words joined by
/// '-' or '_') count, so section names ("world", "business/money"), dates, numeric or random ids,
/// the host, the query and the fragment are skipped; so are words with digits, words with capitals
/// inside (opaque ids such as "H2EvwJSK"), and common path words (html, story, index, ...).
/// </summary>
internal static class UrlSlugScanner
{
    private const int MaxWordLength = 24;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PathWords = FrozenSet.ToFrozenSet(
    [
        "html", "htm", "shtml", "php", "asp", "aspx", "jsp", "cms", "cfm", "story", "stories", "article", "articles",
        "news", "index", "default", "amp", "print", "rss", "feed", "www", "com", "org", "net", "post", "posts",
        "blog", "blogs", "video", "videos", "page", "id", "ece", "htmlx", "utm", "source", "track",
    ], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Finds the next slug word at or after <paramref name="from"/> in <paramref name="url"/>
    /// (start with 0). Returns false when no word is left. <paramref name="start"/> and
    /// <paramref name="end"/> are half-open indices into <paramref name="url"/>; pass
    /// <paramref name="end"/> as the next <paramref name="from"/>.
    /// </summary>
    public static bool TryNext(ReadOnlySpan<char> url, int from, out int start, out int end)
    {
        var pathStart = PathStart(url);
        var pathEnd = url.IndexOfAny('?', '#');
        if (pathEnd < 0)
        {
            pathEnd = url.Length;
        }

        var position = Math.Max(from, pathStart);
        while (position < pathEnd)
        {
            var segmentStart = url[..position].LastIndexOf('/') + 1;
            var slash = url[position..pathEnd].IndexOf('/');
            var segmentEnd = slash < 0 ? pathEnd : position + slash;
            var segment = url[segmentStart..segmentEnd];
            if (segmentStart < pathStart || segment.IndexOfAny('-', '_') < 0)
            {
                position = segmentEnd + 1;
                continue;
            }

            var local = position - segmentStart;
            while (WordScanner.TryNext(segment, local, out var s, out var e))
            {
                local = e;
                if (IsSlugWord(segment[s..e]))
                {
                    start = segmentStart + s;
                    end = segmentStart + e;
                    return true;
                }
            }

            position = segmentEnd + 1;
        }

        start = end = url.Length;
        return false;
    }

    /// <summary>Index just after the host ("scheme://host/"), or 0 for a bare path.</summary>
    private static int PathStart(ReadOnlySpan<char> url)
    {
        var scheme = url.IndexOf("://", StringComparison.Ordinal);
        if (scheme < 0)
        {
            return 0;
        }

        var slash = url[(scheme + 3)..].IndexOf('/');
        return slash < 0 ? url.Length : scheme + 3 + slash + 1;
    }

    private static bool IsSlugWord(ReadOnlySpan<char> word)
    {
        if (word.Length is < 2 or > MaxWordLength || PathWords.Contains(word))
        {
            return false;
        }

        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (char.IsDigit(c) || (i > 0 && char.IsUpper(c) && char.IsLower(word[i - 1])))
            {
                return false;
            }
        }

        return true;
    }
}
