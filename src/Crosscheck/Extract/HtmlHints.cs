using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Crosscheck.Extract;

/// <summary>
/// Tag and class/id evidence about HTML elements: junk that never holds article text, containers
/// whose names say "chrome" (comments, share bars, related lists, newsletters) or "content"
/// (article, body, story, entry), and block-level tags. General vocabulary only, no site names.
/// </summary>
internal static partial class HtmlHints
{
    /// <summary>Weight of a content- or chrome-like class/id in container scores.</summary>
    public const double HintWeight = 25;

    /// <summary>Elements that never hold article prose.</summary>
    public static bool IsJunkTag(string localName) => localName is "script" or "style" or "noscript" or "iframe" or "svg"
        or "template" or "button" or "select" or "input" or "textarea" or "object" or "embed" or "canvas" or "video"
        or "audio" or "nav" or "aside" or "footer" or "header" or "figure" or "figcaption" or "dialog" or "menu" or "link"
        or "meta" or "picture" or "img" or "map" or "math" or "label" or "option" or "head" or "title";

    /// <summary>Junk by tag, by ARIA role, or hidden (hidden attribute, aria-hidden, display:none, screen-reader-only class).</summary>
    public static bool IsJunk(IElement element)
    {
        if (IsJunkTag(element.LocalName))
        {
            return true;
        }
        if (!element.HasAttributes())
        {
            return false;
        }
        if (element.HasAttribute("hidden"))
        {
            return true;
        }
        if (element.GetAttribute("aria-hidden") is { } ariaHidden && ariaHidden.Equals("true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        if (element.GetAttribute("role") is { } role && role.ToLowerInvariant() is "navigation" or "complementary" or "banner"
            or "contentinfo" or "dialog" or "alertdialog" or "menu" or "menubar" or "search" or "toolbar" or "tablist")
        {
            return true;
        }
        if (element.GetAttribute("style") is { } style && HiddenStyle().IsMatch(style))
        {
            return true;
        }
        return element.GetAttribute("class") is { } cls && HiddenClass().IsMatch(cls);
    }

    /// <summary>Tags never dropped for their class/id names: the document, article roots, links and paragraph-level parts.</summary>
    public static bool IsNeverUnlikely(string localName) =>
        localName is "body" or "html" or "article" or "main" or "a" or "p" or "td" or "tr" or "tbody" or "table";

    /// <summary>All class/id verdicts for one hints string (class and id joined), for caching per document.</summary>
    public static ClassHints Evaluate(string hints)
    {
        if (hints.Length <= 1)
        {
            return default;
        }
        bool unlikely = Unlikely().IsMatch(hints) && !MaybeContent().IsMatch(hints);
        bool strong = StrongChrome().IsMatch(hints) && !Embed().IsMatch(hints);
        double weight = (Negative().IsMatch(hints) ? -HintWeight : 0) + (Positive().IsMatch(hints) ? HintWeight : 0);
        return new ClassHints(unlikely, strong, weight);
    }

    /// <summary>Class and id joined by a space ("" when neither is set).</summary>
    public static string Hints(IElement element)
    {
        string? cls = element.GetAttribute("class");
        string? id = element.Id;
        return cls is null ? id ?? "" : id is null ? cls : cls + " " + id;
    }

    /// <summary>Block-level tags: they end the running paragraph. Table cells are not: a row reads as one line.</summary>
    public static bool IsBlock(string localName) => localName is "p" or "div" or "section" or "article" or "main" or "ul" or "ol"
        or "li" or "dl" or "dt" or "dd" or "table" or "tbody" or "thead" or "tfoot" or "tr" or "caption"
        or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "blockquote" or "pre" or "figure" or "figcaption" or "header"
        or "footer" or "aside" or "nav" or "form" or "hr" or "address" or "center" or "details" or "summary" or "fieldset"
        or "body" or "html" or "hgroup";

    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HiddenStyle();

    [GeneratedRegex(@"(?:^|\s)(?:hidden|hide|sr-only|visually-?hidden|screen-reader-text|screenreader|offscreen|u-hidden)(?:\s|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HiddenClass();

    [GeneratedRegex(@"-ad-|\bads?\b|ad-slot|adslot|advert|ai2html|banner|breadcrumb|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|consent|cookie|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|modal|share|sharing|newsletter|subscri|signup|sign-up|promo|outbrain|taboola|recommend|trending|most-?read|most-?popular|toolbar|widget|paywall|masthead|byline|caption|credit|\btags?\b|tag-?list|keywords|print-?only|jump-?link|read-?more|more-?stories|next-?article", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Unlikely();

    [GeneratedRegex(@"article|body|column|content|main|mathjax|shadow|embed|tweet", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MaybeContent();

    [GeneratedRegex(@"caption|credit|share|sharing|social|byline|newsletter|related|recommend|comment|promo|subscri|signup|outbrain|taboola|advert|\bads?\b|ad-slot|breadcrumb|\btags?\b|tag-?list|read-?more|more-?stories|next-?article|author-?bio|about-?the-?author|paywall|cookie|consent|print-?only", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StrongChrome();

    /// <summary>An embedded post (a quoted tweet or video description) is quoted content, not a share bar.</summary>
    [GeneratedRegex(@"embed|tweet", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Embed();

    [GeneratedRegex(@"article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|prose", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Positive();

    [GeneratedRegex(@"-ad-|hidden|\bhid\b|banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|\btags?\b|widget|newsletter|social|subscri|recommend|byline|caption|credit|trending|popular", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Negative();
}
