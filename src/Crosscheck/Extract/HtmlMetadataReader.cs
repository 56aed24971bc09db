using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Crosscheck.Extract;

/// <summary>
/// Reads metadata from an HTML document: JSON-LD (headline, datePublished, author, publisher),
/// Open Graph and article meta tags, common date meta names, <c>&lt;time datetime&gt;</c>,
/// rel=author links, canonical URL, <c>&lt;title&gt;</c> (minus a " | Site" suffix) and html lang.
/// </summary>
internal static partial class HtmlMetadataReader
{
    private static readonly string[] DateMetaNames =
    [
        "article:published_time", "og:published_time", "date", "pubdate", "publishdate", "publish-date", "publish_date",
        "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date", "article.published",
        "citation_publication_date", "datepublished", "originalpublicationdate",
    ];

    /// <summary>Fills the draft from the document and its JSON-LD script texts; returns what JSON-LD stated.</summary>
    public static JsonLd Read(IDocument document, IReadOnlyList<string> jsonLdScripts, MetadataDraft draft)
    {
        var ld = ReadJsonLd(jsonLdScripts);
        var metas = ReadMetas(document);
        string? title = Meta(metas, "og:title") ?? ld.Headline ?? Text(document.QuerySelector("h1"))
            ?? StripSiteSuffix(document.Title);
        draft.Title ??= Clean(title);
        draft.Url ??= Clean(document.QuerySelector("link[rel=canonical]")?.GetAttribute("href")) ?? Meta(metas, "og:url");
        draft.StatedOutlet ??= Meta(metas, "og:site_name") ?? ld.Publisher;
        draft.Language ??= Language(document.DocumentElement.GetAttribute("lang"));
        if (draft.StatedDate is null)
        {
            foreach (string? candidate in DateCandidates(document, metas, ld))
            {
                if (candidate is not null && DateReader.TryParseLoose(candidate, out var date) && draft.DateBounds.Contains(date))
                {
                    draft.StatedDate = date;
                    break;
                }
            }
        }
        foreach (string author in ld.Authors)
        {
            AddPerson(author, draft);
        }
        if (Meta(metas, "author") is { } metaAuthor)
        {
            foreach (string part in metaAuthor.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                AddPerson(part, draft);
            }
        }
        foreach (var link in document.QuerySelectorAll("a[rel=author], [itemprop=author] [itemprop=name], .byline, .author-name"))
        {
            if (Text(link) is { Length: > 0 and < 160 } byline)
            {
                if (!Bylines.TryRead(byline, draft) && !Bylines.TryRead("By " + byline, draft))
                {
                    continue;
                }
            }
        }
        return ld;
    }

    private static IEnumerable<string?> DateCandidates(IDocument document, Dictionary<string, string> metas, JsonLd ld)
    {
        yield return ld.DatePublished;
        foreach (string name in DateMetaNames)
        {
            yield return Meta(metas, name);
        }
        foreach (var (key, value) in metas)
        {
            if (PublishDateKey().IsMatch(key) && !ModifiedKey().IsMatch(key))
            {
                yield return value;
            }
        }
        yield return ld.PageDatePublished;
        yield return document.QuerySelector("[itemprop=datePublished]")?.GetAttribute("content");
        yield return document.QuerySelector("time[datetime]")?.GetAttribute("datetime");
    }

    private static void AddPerson(string name, MetadataDraft draft)
    {
        string n = name.Trim();
        if (n.Length == 0 || n.StartsWith("http", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }
        if (WireAgencies.TryCanonical(n, out string agency))
        {
            draft.AddAgency(agency);
        }
        else
        {
            draft.AddAuthor(n);
        }
    }

    /// <summary>Meta tag contents by property, name or itemprop (first non-empty value wins), in one pass.</summary>
    private static Dictionary<string, string> ReadMetas(IDocument document)
    {
        var metas = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var meta in document.GetElementsByTagName("meta"))
        {
            string? k = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            if (k is not null && Clean(meta.GetAttribute("content")) is { } value)
            {
                metas.TryAdd(k.Trim(), value);
            }
        }
        return metas;
    }

    private static string? Meta(Dictionary<string, string> metas, string key) => metas.GetValueOrDefault(key);

    private static string? Text(IElement? element) => element is null ? null : Clean(Whitespace().Replace(element.TextContent, " "));

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string? Language(string? lang)
    {
        if (Clean(lang) is not { } l)
        {
            return null;
        }
        int dash = l.IndexOfAny(['-', '_']);
        return (dash > 0 ? l[..dash] : l).ToLowerInvariant();
    }

    /// <summary>"Headline | Site" or "Headline - Site" → "Headline" when the suffix is short.</summary>
    internal static string? StripSiteSuffix(string? title)
    {
        if (Clean(title) is not { } t)
        {
            return null;
        }
        foreach (string separator in (ReadOnlySpan<string>)[" | ", " - ", " \u2013 ", " \u2014 ", " :: "])
        {
            int i = t.LastIndexOf(separator, StringComparison.Ordinal);
            if (i > 0 && t.Length - i - separator.Length <= 40)
            {
                return t[..i].Trim();
            }
        }
        return t;
    }

    /// <summary>What a page's JSON-LD article object states.</summary>
    internal sealed record JsonLd(string? Headline, string? DatePublished, string? Publisher, List<string> Authors)
    {
        public string? ArticleBody { get; init; }
        public string? DateModified { get; init; }
        /// <summary>datePublished of a non-article object (a WebPage in a graph): weaker evidence.</summary>
        public string? PageDatePublished { get; init; }
    }

    private static JsonLd ReadJsonLd(IReadOnlyList<string> scripts)
    {
        var result = new JsonLd(null, null, null, []);
        foreach (string script in scripts)
        {
            try
            {
                using var json = JsonDocument.Parse(script, new JsonDocumentOptions { MaxDepth = 32, AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                var stack = new Stack<JsonElement>();
                stack.Push(json.RootElement);
                while (stack.Count > 0)
                {
                    var e = stack.Pop();
                    if (e.ValueKind == JsonValueKind.Array)
                    {
                        foreach (var item in e.EnumerateArray())
                        {
                            stack.Push(item);
                        }
                        continue;
                    }
                    if (e.ValueKind != JsonValueKind.Object)
                    {
                        continue;
                    }
                    if (e.TryGetProperty("@graph", out var graph))
                    {
                        stack.Push(graph);
                    }
                    if (!IsArticleType(e))
                    {
                        if (result.PageDatePublished is null && Str(e, "datePublished") is { } pageDate)
                        {
                            result = result with { PageDatePublished = pageDate };
                        }
                        continue;
                    }
                    result = result with
                    {
                        Headline = result.Headline ?? Str(e, "headline"),
                        DatePublished = result.DatePublished ?? Str(e, "datePublished"),
                        Publisher = result.Publisher ?? (e.TryGetProperty("publisher", out var pub) ? NameOf(pub) : null),
                        ArticleBody = result.ArticleBody ?? Str(e, "articleBody"),
                        DateModified = result.DateModified ?? Str(e, "dateModified"),
                    };
                    if (result.Authors.Count == 0 && e.TryGetProperty("author", out var author))
                    {
                        AddNames(author, result.Authors);
                    }
                }
            }
            catch (JsonException)
            {
                // Broken JSON-LD is common on real pages; the other metadata sources still apply.
                continue;
            }
        }
        return result;
    }

    private static bool IsArticleType(JsonElement e)
    {
        if (!e.TryGetProperty("@type", out var type))
        {
            return false;
        }
        if (type.ValueKind == JsonValueKind.String)
        {
            return type.GetString()?.Contains("Article", StringComparison.OrdinalIgnoreCase) == true
                || type.GetString() is "BlogPosting" or "Report";
        }
        if (type.ValueKind == JsonValueKind.Array)
        {
            foreach (var t in type.EnumerateArray())
            {
                if (t.ValueKind == JsonValueKind.String && t.GetString()?.Contains("Article", StringComparison.OrdinalIgnoreCase) == true)
                {
                    return true;
                }
            }
        }
        return false;
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? Clean(v.GetString()) : null;

    private static string? NameOf(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => Clean(e.GetString()),
        JsonValueKind.Object => Str(e, "name"),
        JsonValueKind.Array => e.GetArrayLength() > 0 ? NameOf(e[0]) : null,
        _ => null,
    };

    private static void AddNames(JsonElement e, List<string> names)
    {
        if (e.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in e.EnumerateArray())
            {
                if (NameOf(item) is { } n)
                {
                    names.Add(n);
                }
            }
        }
        else if (NameOf(e) is { } single)
        {
            names.Add(single);
        }
    }

    /// <summary>A meta name saying publication date in a site's own words ("sn-post-date", "publish_date_gmt").</summary>
    [GeneratedRegex(@"(?:publish|post|pub|release|creat|issue)\w*[-_.:]?date|date[-_.:]?(?:publish|post|pub|creat|issue)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PublishDateKey();

    [GeneratedRegex(@"modif|updat|revis|expir", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ModifiedKey();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
