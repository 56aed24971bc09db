using System.Xml;
using System.Xml.Linq;
using Crosscheck.Model;

namespace Crosscheck.Ingest;

/// <summary>
/// Reads an RSS 2.0 or Atom 1.0 feed: one document per <c>item</c> / <c>entry</c> (record = 1-based
/// item number), its text from <c>content:encoded</c> or Atom <c>content</c>, else
/// <c>description</c> / <c>summary</c>, as HTML when it holds markup. A DTD is never processed
/// and no external resource is resolved, so entity attacks end in a diagnostic, never expansion;
/// a malformed feed keeps the items read before the error.
/// </summary>
internal sealed class FeedReader
{
    private const string AtomNs = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Atom = AtomNs;
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";

    private readonly XmlReaderSettings _settings;

    public FeedReader(IngestOptions options)
    {
        _settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            MaxCharactersFromEntities = 1024,
            MaxCharactersInDocument = options.MaxBytes,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            CloseInput = true,
        };
    }

    /// <summary>The feed-level facts every item inherits.</summary>
    private sealed class FeedContext
    {
        public string? Outlet { get; set; }
        public string? Language { get; set; }
        public int Items { get; set; }
        public int Completed { get; set; }
    }

    /// <summary>Reads the feed in <paramref name="bytes"/> (the XML reader honours its BOM and encoding declaration).</summary>
    public void Read(string path, byte[] bytes, List<IngestItem> output)
    {
        var feed = new FeedContext();
        using var reader = XmlReader.Create(new MemoryStream(bytes, writable: false), _settings);
        try
        {
            bool more = reader.Read();
            while (more)
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    more = reader.Read();
                    continue;
                }
                bool atom = reader.NamespaceURI == AtomNs;
                if ((reader.LocalName == "item" && reader.NamespaceURI.Length == 0) || (atom && reader.LocalName == "entry"))
                {
                    feed.Items++;
                    int line = ((IXmlLineInfo)reader).LineNumber;
                    var element = (XElement)XNode.ReadFrom(reader);
                    ReadItem(path, element, atom, line, feed, output);
                    feed.Completed = feed.Items;
                    more = !reader.EOF;
                }
                else if (reader.LocalName == "title" && reader.Depth == (atom ? 1 : 2))
                {
                    feed.Outlet ??= Clean(reader.ReadElementContentAsString());
                    more = !reader.EOF;
                }
                else if (reader.LocalName == "language" && reader.Depth == 2 && !atom)
                {
                    feed.Language ??= Clean(reader.ReadElementContentAsString());
                    more = !reader.EOF;
                }
                else
                {
                    if (atom && reader.LocalName == "feed" && reader.Depth == 0)
                    {
                        feed.Language = Clean(reader.XmlLang);
                    }
                    more = reader.Read();
                }
            }
        }
        catch (XmlException ex)
        {
            output.Add(IngestItem.Of(new Diagnostic(DiagnosticCodes.BadFeed, Severity.Error,
                $"feed is not well-formed XML at line {ex.LineNumber}, column {ex.LinePosition} ({ex.Message}); "
                + $"{feed.Completed} item(s) before it were read, the rest is skipped. "
                + (ex.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase) || ex.Message.Contains("entity", StringComparison.OrdinalIgnoreCase)
                    ? "Entities declared in a DTD are never expanded; fix or re-download the feed"
                    : "Fix or re-download the feed (a feed cut off in transfer ends like this)"),
                new DiagnosticLocation(path, ex.LineNumber))));
        }
    }

    private static void ReadItem(string path, XElement item, bool atom, int line, FeedContext feed, List<IngestItem> output)
    {
        int number = feed.Items;
        var location = new DiagnosticLocation(path, line);
        var (body, isHtml) = atom ? AtomBody(item) : RssBody(item);
        if (string.IsNullOrWhiteSpace(body))
        {
            output.Add(IngestItem.Of(new Diagnostic(DiagnosticCodes.NoText, Severity.Error,
                $"feed item {number} has no content, content:encoded, description or summary text; item skipped",
                location)));
            return;
        }
        string? dateText = atom
            ? Clean(item.Element(Atom + "published")?.Value) ?? Clean(item.Element(Atom + "updated")?.Value)
            : Clean(item.Element("pubDate")?.Value) ?? Clean(item.Element(Dc + "date")?.Value);
        var published = PublishedDate.Read(
            dateText, FeedDates.TryParse, $"feed item {number}: date", "RFC 822 or ISO 8601 date", location, output);
        var hints = new SourceHints
        {
            Title = Clean(item.Element(atom ? Atom + "title" : "title")?.Value),
            Url = atom ? AtomLink(item) : RssLink(item),
            Outlet = feed.Outlet,
            Published = published,
            Authors = atom ? AtomAuthors(item) : RssAuthors(item),
            Language = feed.Language,
        };
        string hash = ContentHash.Of(item.ToString(SaveOptions.DisableFormatting));
        output.Add(IngestItem.Of(new RawDocument(path, number, isHtml ? SourceFormat.Html : SourceFormat.Text, body, hash, hints)));
    }

    private static (string? Body, bool IsHtml) RssBody(XElement item)
    {
        string? body = Clean(item.Element(Content + "encoded")?.Value) ?? Clean(item.Element("description")?.Value);
        return (body, body is not null && FormatDetector.HasMarkup(body));
    }

    private static (string? Body, bool IsHtml) AtomBody(XElement item)
    {
        var element = item.Element(Atom + "content");
        if (element is null || element.Attribute("src") is not null || string.IsNullOrWhiteSpace(element.Value))
        {
            element = item.Element(Atom + "summary");
        }
        if (element is null)
        {
            return (null, false);
        }
        string type = element.Attribute("type")?.Value.Trim() ?? "text";
        if (type == "xhtml")
        {
            // The markup is inline XML inside one XHTML div.
            var div = element.Elements().FirstOrDefault() ?? element;
            return (Clean(string.Concat(div.Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting)))), true);
        }
        string? body = Clean(element.Value);
        return (body, body is not null && (type == "html" || type == "text/html" || (type != "text" && FormatDetector.HasMarkup(body))));
    }

    private static string? RssLink(XElement item)
    {
        if (Clean(item.Element("link")?.Value) is { } link)
        {
            return link;
        }
        var guid = item.Element("guid");
        string? id = Clean(guid?.Value);
        bool permalink = !string.Equals(guid?.Attribute("isPermaLink")?.Value.Trim(), "false", StringComparison.OrdinalIgnoreCase);
        return permalink && id is not null && id.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? id : null;
    }

    private static string? AtomLink(XElement item)
    {
        string? fallback = null;
        foreach (var link in item.Elements(Atom + "link"))
        {
            string? rel = link.Attribute("rel")?.Value.Trim();
            string? href = Clean(link.Attribute("href")?.Value);
            if (href is not null && (rel is null || rel == "alternate"))
            {
                return href;
            }
            fallback ??= href;
        }
        return fallback;
    }

    private static List<string> RssAuthors(XElement item)
    {
        var authors = new List<string>();
        foreach (var author in item.Elements("author"))
        {
            // RSS 2.0 says "email (Name)"; keep the name when given.
            string? value = Clean(author.Value);
            int open = value?.IndexOf('(', StringComparison.Ordinal) ?? -1;
            if (value is not null && open > 0 && value.EndsWith(')'))
            {
                value = Clean(value[(open + 1)..^1]);
            }
            AddAuthor(authors, value);
        }
        foreach (var creator in item.Elements(Dc + "creator"))
        {
            AddAuthor(authors, Clean(creator.Value));
        }
        return authors;
    }

    private static List<string> AtomAuthors(XElement item)
    {
        var authors = new List<string>();
        foreach (var author in item.Elements(Atom + "author"))
        {
            AddAuthor(authors, Clean(author.Element(Atom + "name")?.Value));
        }
        return authors;
    }

    private static void AddAuthor(List<string> authors, string? name)
    {
        if (name is not null && !authors.Contains(name, StringComparer.Ordinal))
        {
            authors.Add(name);
        }
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
