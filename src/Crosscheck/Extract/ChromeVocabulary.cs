using System.Text.RegularExpressions;

namespace Crosscheck.Extract;

/// <summary>
/// Vocabulary and shapes of site chrome, compiled once. Phrases are general interface and
/// publishing language (calls to subscribe or share, layout controls, legal footers), not the
/// wording of any particular site.
/// </summary>
internal static partial class ChromeVocabulary
{
    /// <summary>
    /// Trigger fragments: a block containing none of them cannot match any vocabulary regex, so the
    /// regexes run only on the few blocks that contain one (a single vectorised scan per block).
    /// </summary>
    private static readonly System.Buffers.SearchValues<string> Triggers = System.Buffers.SearchValues.Create(
        [
            "support us", "support our", "become a", "donat", "member", "subscri", "newsletter", "sign up", "paywall", "premium", "unlimited access",
            "follow", "twitter", "facebook", "instagram", "telegram", "whatsapp", "youtube", "tiktok", "linkedin", "google news", "x.com",
            "join us", "join our", "like us", "share", "download", "click here", "tap here", "get the app",
            "font size", "read mode", "reading mode", "full screen", "fullscreen", "published:", "leave a", "post a", "comment", "log in", "login",
            "sign in", "advert", "skip to", "listen to", "min read", "minute read", "trending", "top content", "back to top", "cookie", "print",
            "menu", "search", "home", "javascript", "zoom", "autoplay", "next article", "previous article", "load more", "see all", "show more",
            "\u00A9", "(c)", "copyright", "rights reserved", "may be ", "may not be", "permission", "terms of", "privacy",
        ],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>True if the block may contain interface vocabulary (see <see cref="Triggers"/>).</summary>
    public static bool MayContainVocabulary(ReadOnlySpan<char> span) => span.IndexOfAny(Triggers) >= 0;

    /// <summary>Cheap necessary condition for <see cref="Credit"/>: a slash, a closing bracket or emphasis at the end, or a colon near the start.</summary>
    public static bool MayBeCredit(ReadOnlySpan<char> span)
    {
        if (span.IsEmpty)
        {
            return false;
        }
        var head = span.Length > 30 ? span[..30] : span;
        return span.Contains('/') || span[^1] is ')' or '*' || head.Contains(':');
    }

    /// <summary>Requests for money or sign-ups: "support us", "donate", "subscribe", "newsletter".</summary>
    [GeneratedRegex(@"\b(?:support (?:us|our (?:work|journalism|reporting|mission|actions|newsroom))|donate|donations? (?:from|to us|help)|please donate|make a donation|become a (?:member|subscriber|patron|supporter)|subscribe|subscribers? only|newsletters?|sign up|paywall|premium (?:content|members?|article)|unlimited access|already a (?:member|subscriber))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Appeal();

    /// <summary>Calls to follow or share: "follow us", "follow our … channel", "on Telegram", "share this".</summary>
    [GeneratedRegex(@"\b(?:follow (?:us|our\b[^.!?\n]{0,40}\b(?:channel|page|account|feed|profile|coverage))|(?:on|via) (?:twitter|facebook|instagram|telegram|whatsapp|youtube|tiktok|linkedin|google news|x\.com)|join (?:us|our)\b[^.!?\n]{0,30}\b(?:channel|community|list|group)|like us on|share (?:this|on|via|article|story)|download (?:our|the) app|click here|tap here|get the app)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Social();

    /// <summary>Layout and page controls: font size, read mode, full screen, comments, trending widgets.</summary>
    [GeneratedRegex(@"(?:\bfont size\b|\bread(?:ing)? mode\b|\bfull ?screen\b|\bpublished:\s*updated:|\bleave a (?:reply|comment)\b|\bpost a comment\b|\b\d+\s+comments?\b|^comments?$|\bshow comments\b|\blog ?in\b|\bsign in\b|\badvertisement\b|^advert\b|\bskip to (?:main )?content\b|\blisten to (?:this )?(?:article|story)\b|\b\d+\s*min(?:ute)? read\b|\btrending\b|\btop content\b|\bback to top\b|\bcookies?\b|\bprint (?:this )?(?:article|page)\b|^print$|^share$|^menu$|^search$|^home$|\benable javascript\b|\bzoom (?:in|out)\b|\bautoplay\b|\bnext article\b|\bprevious article\b|\bload more\b|\bsee all\b|\bshow more\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Control();

    /// <summary>Legal and republication footers: copyright, all rights reserved, may (not) be reproduced.</summary>
    [GeneratedRegex(@"(?:©|\(c\)\s*\d{4}|\bcopyright\b|\ball rights reserved\b|\bmay (?:not )?be (?:disseminated|reproduced|republished|redistributed|rewritten|used)\b|\bwithout (?:prior )?(?:written )?permission\b|\bterms of (?:use|service)\b|\bprivacy policy\b|\bimages? may not be used\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Footer();

    /// <summary>A header that opens a list of links ("Read more", "Related posts", "See also").</summary>
    [GeneratedRegex(@"^[\W_]*(?:read (?:more|also|next)|related(?: posts?| articles?| stories| story| news| content| coverage| topics| reading| links)?|more (?:from|on|stories|news|in)\b[^:\n]{0,30}|see also|recommended(?: for you| stories| articles)?|most (?:read|popular|viewed|shared)|you (?:may|might) (?:also )?(?:like|be interested in)|also read|further reading|what to read next|top stories|latest (?:news|stories|articles)|editor'?s picks|popular (?:now|stories))[\s*_]*(?<colon>:?)[\s*_]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex LinkHeader();

    /// <summary>A gallery counter such as "1 / 6", "Photo 2 of 10".</summary>
    [GeneratedRegex(@"^(?:(?:photo|image|picture|slide)s?\s+)?\d{1,3}\s*(?:/|of)\s*\d{1,3}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex GalleryCounter();

    /// <summary>A tag list introduced by a label ("TAGS:", "Topics:", "Filed under:").</summary>
    [GeneratedRegex(@"^[\W_]*(?:tags?|topics?|keywords?|filed under|categories|category)[\s*_]*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex TagLabel();

    /// <summary>A photo credit: "Photo: …", "(… via AP)", "(Name/Agency)", or a trailing "EPA / TASS".</summary>
    [GeneratedRegex(@"(?:^[\W_]*(?i:photo(?:graph)?|image|picture|credit|photo credit|file photo|video)s?(?:\s+(?i:by))?\s*:|\((?:[^()]{0,160}?\bvia\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}|[A-Z][\w.' -]{1,40}/[A-Z][\w.' /-]{1,60}|(?i:photo|image|file photo|picture)s?\b[^()]{0,80})\)[\s*_]*$|(?:^|[.\s])\**[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,3}(?:\s*/\s*[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,3})+\**\s*$)", RegexOptions.CultureInvariant)]
    public static partial Regex Credit();

    /// <summary>Words that address the reader (an appeal or call to action rather than reporting).</summary>
    [GeneratedRegex(@"\b(?:you|your|please|our|us)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex ReaderAddress();

    /// <summary>Reported speech: a reporting verb, which real paragraphs with "we"/"our" quotes carry.</summary>
    [GeneratedRegex(@"\b(?:said|says|told|according to|added|stated|wrote)\b", RegexOptions.CultureInvariant)]
    public static partial Regex ReportingVerb();

    /// <summary>A Markdown link, an autolink or a bare URL.</summary>
    [GeneratedRegex(@"\[[^\[\]\n]{0,300}\]\([^()\s]{0,500}\)|<https?://[^<>\s]{1,500}>|\bhttps?://\S{1,500}", RegexOptions.CultureInvariant)]
    public static partial Regex Link();
}
