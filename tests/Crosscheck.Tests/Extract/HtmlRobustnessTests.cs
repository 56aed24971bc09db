using System.Text;
using CsCheck;
using Crosscheck.Evaluation;
using Crosscheck.Ingest;
using Crosscheck.Model;
using static Crosscheck.Tests.Extract.ExtractTestKit;

namespace Crosscheck.Tests.Extract;

/// <summary>
/// Hostile and broken HTML: each gives an article or a clear per-file diagnostic, never an
/// exception. Sizes are kept to what a fast suite affords; limits are asserted by outcome, not time.
/// </summary>
public sealed class HtmlRobustnessTests
{
    private const string Paragraph = "<p>The regional council approved the new water plan on Monday, after months of debate over costs, and said work would begin in the spring.</p>";

    [Fact]
    public void Twenty_megabyte_page_extracts()
    {
        var sb = new StringBuilder("<html><body><article>");
        while (sb.Length < 20 * 1024 * 1024)
        {
            sb.Append(Paragraph);
        }
        sb.Append("</article></body></html>");
        var result = Extractor.Extract(Doc(sb.ToString(), SourceFormat.Html));
        Assert.NotNull(result.Article);
        Assert.True(result.Article!.Body.Count > 1000);
    }

    [Fact]
    public void Hundred_thousand_deep_nesting_is_cut_at_the_depth_limit_with_a_diagnostic()
    {
        const int depth = 100_000;
        var sb = new StringBuilder("<html><body>" + Paragraph + Paragraph + Paragraph + Paragraph);
        sb.Insert(sb.Length, "<div>", depth);
        sb.Append("deep text");
        sb.Insert(sb.Length, "</div>", depth);
        sb.Append("</body></html>");
        var result = Extractor.Extract(Doc(sb.ToString(), SourceFormat.Html));
        Assert.NotNull(result.Article);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.TooDeep);
    }

    [Theory]
    [InlineData("<html><body></body></html>")]
    [InlineData("<html><head><title>Only a title</title></head><body><div><span> </span></div></body></html>")]
    [InlineData("<html><body><script>var a = '<p>' + 'x'.repeat(1000) + '</p>';</script><style>p{}</style></body></html>")]
    [InlineData("<script>document.write('hello')</script>")]
    public void Pages_without_text_give_a_no_body_diagnostic(string html)
    {
        var result = Extractor.Extract(Doc(html, SourceFormat.Html));
        Assert.Null(result.Article);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.NoBody);
    }

    [Fact]
    public void Truncated_and_malformed_html_still_yields_the_prose()
    {
        string html = "<html><body><div class=article><p>The regional council approved the new water plan on Monday, after months of debate over costs<p>It said work would begin in the spring, <b>weather <i>permitting</b></i>, and end in two years, officials added. <table><tr><td>cell";
        var article = ExtractArticle(html, SourceFormat.Html);
        Assert.Contains("after months of debate over costs", article.BodyText, StringComparison.Ordinal);
        Assert.Contains("weather permitting", article.BodyText, StringComparison.Ordinal);
    }

    [Fact]
    public void Binary_file_named_html_is_a_per_file_diagnostic()
    {
        var dir = Directory.CreateTempSubdirectory("crosscheck-robust-");
        try
        {
            var bytes = new byte[4096];
            new Random(7).NextBytes(bytes);
            bytes[10] = 0;
            File.WriteAllBytes(Path.Combine(dir.FullName, "image.html"), bytes);
            File.WriteAllBytes(Path.Combine(dir.FullName, "broken.html.gz"), bytes);
            var set = HtmlPageSet.Load(dir.FullName, IngestOptions.Default);
            Assert.Equal(2, set.Pages.Count);
            Assert.All(set.Pages, p => Assert.Null(p.Document));
            Assert.Contains(set.Pages, p => p.Diagnostics.Any(d => d.Code == DiagnosticCodes.Binary));
            Assert.Contains(set.Pages, p => p.Diagnostics.Any(d => d.Code == DiagnosticCodes.Unreadable && d.Message.Contains("gzip", StringComparison.Ordinal)));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Wrong_charset_declaration_falls_back_with_a_diagnostic()
    {
        // Declares UTF-8 but is windows-1252 ("café" as a single 0xE9 byte).
        var html = Encoding.Latin1.GetBytes("<html><head><meta charset=\"utf-8\"></head><body><article>" + Paragraph + "<p>The caf\u00e9 on the square reopened on Tuesday, its owner said, after a long and costly renovation.</p></article></body></html>");
        var items = new InputReader(IngestOptions.Default).DecodeBytes("wrong-charset.html", html);
        var document = Assert.Single(items, i => i.Document is not null).Document!;
        Assert.Contains(items, i => i.Diagnostic?.Code == DiagnosticCodes.InvalidEncoding);
        var article = Extractor.Extract(document).Article!;
        Assert.Contains("caf\u00e9", article.BodyText, StringComparison.Ordinal);
    }

    private static readonly string[] Fragments =
    [
        "<p>", "</p>", "<div class=\"article-body\">", "</div>", "<a href=x>", "</a>", "<br>", "<ul><li>", "</li></ul>",
        "<script>", "</script>", "<table><tr><td>", "<!--", "-->", "<![CDATA[", "&amp;", "&#x0;", "\0", "<h2>", "<blockquote>",
        "<div class=share>", "<p style=display:none>", "<header>", "<meta property=article:published_time content=2019-13-45>",
        "<script type=application/ld+json>{\"@type\":\"NewsArticle\",\"datePublished\":", "The council met on Friday, officials said.",
    ];

    private static string Head(string s, int maxChars) => s.Length <= maxChars ? s : s[..maxChars];

    [Fact]
    public void Random_and_mutated_html_never_throws()
    {
        string seed = DevPages.Page("042bb7b5").Document!.Content;
        var fragmentSoup = Gen.Int[0, Fragments.Length - 1].Select(i => Fragments[i]).Array[0, 60].Select(a => string.Concat(a));
        // Mutations of a real page: cut it at a random point, or splice random fragments into it.
        var mutated = Gen.Select(Gen.Int[0, seed.Length], Gen.Int[0, seed.Length], fragmentSoup,
            (cut, at, soup) => Head(cut % 2 == 0 ? seed[..cut] : seed[..at] + soup + seed[at..], 60_000));
        Gen.OneOf(Gen.String, fragmentSoup, mutated).Sample(html =>
        {
            var result = Extractor.Extract(Doc(html, SourceFormat.Html));
            Assert.True(result.Article is not null || result.Diagnostics.Any(d => d.Code == DiagnosticCodes.NoBody));
        }, iter: 150);
    }
}
