using Crosscheck.Model;
using static Crosscheck.Tests.Extract.ExtractTestKit;

namespace Crosscheck.Tests.Extract;

public sealed class HtmlExtractionTests
{
    private const string Page = """
        <!doctype html>
        <html lang="en-GB">
        <head>
          <title>Harbour bridge reopens after repairs | Lakeside Gazette</title>
          <meta property="og:site_name" content="Lakeside Gazette">
          <meta property="article:published_time" content="2022-05-09T07:15:00+01:00">
          <link rel="canonical" href="https://www.lakesidegazette.com/news/bridge">
          <script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour bridge reopens after repairs","author":[{"@type":"Person","name":"Mira Holt"}]}</script>
          <style>p { color: red; }</style>
        </head>
        <body>
          <header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
          <div class="layout">
            <article class="story-body">
              <h1>Harbour bridge reopens after repairs</h1>
              <p class="byline">By Mira Holt</p>
              <p>The harbour bridge reopened to traffic on Monday morning, three months after cracks were found in two of its supporting piers.</p>
              <p>Engineers said the repairs, which cost more than expected, would extend the life of the structure by at least twenty years.</p>
              <h2>Traffic returns to normal</h2>
              <p>Commuters who had faced long detours through the old town welcomed the reopening, although some complained about new tolls.</p>
              <div class="share-tools"><p>Share this story on Facebook</p></div>
            </article>
            <aside class="sidebar"><h3>Most read</h3><ul><li><a href="/a">Mayor resigns after vote</a></li><li><a href="/b">School roof collapses</a></li></ul></aside>
          </div>
          <section class="comments"><p>Great news, finally I can drive to work again without the long detour every day!</p></section>
          <footer><p>© 2022 Lakeside Gazette. All rights reserved.</p></footer>
          <script>var tracking = "The harbour bridge";</script>
        </body>
        </html>
        """;

    [Fact]
    public void Main_content_is_kept_and_navigation_sidebar_comments_are_dropped()
    {
        var article = ExtractArticle(Page, SourceFormat.Html);
        Assert.True(IsBody(article, "reopened to traffic on Monday morning"));
        Assert.True(IsBody(article, "extend the life of the structure"));
        Assert.True(IsBody(article, "Commuters who had faced long detours"));
        Assert.True(IsBody(article, "Traffic returns to normal"));
        Assert.DoesNotContain("Mayor resigns", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Great news", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Home", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("All rights reserved", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Share this story", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("tracking", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_text_is_title_then_paragraphs_and_metadata_is_read()
    {
        var article = ExtractArticle(Page, SourceFormat.Html);
        var m = article.Metadata;
        Assert.Equal("Harbour bridge reopens after repairs", m.Title);
        Assert.Equal(new TextSpan(0, m.Title!.Length), m.TitleSpan);
        Assert.StartsWith(m.Title + "\n\n", article.Text, StringComparison.Ordinal);
        Assert.Equal("Lakeside Gazette", m.Outlet);
        Assert.Equal(MetadataEvidence.Stated, m.OutletEvidence);
        Assert.Equal(new DateOnly(2022, 5, 9), m.Published);
        Assert.Equal(MetadataEvidence.Stated, m.PublishedEvidence);
        Assert.Equal(["Mira Holt"], m.Authors);
        Assert.Equal("https://www.lakesidegazette.com/news/bridge", m.Url);
        Assert.Equal("en", m.Language);
        Assert.DoesNotContain(article.Body, s => s.Start < m.TitleSpan!.Value.End);
    }

    [Fact]
    public void Title_element_loses_its_site_suffix_when_no_other_title_exists()
    {
        string html = "<html><head><title>Ferry service resumes - Valley Times</title></head><body><div><p>The ferry service across the lake resumed on Sunday after a two-week pause for repairs to the landing stage.</p></div></body></html>";
        var article = ExtractArticle(html, SourceFormat.Html);
        Assert.Equal("Ferry service resumes", article.Metadata.Title);
    }

    [Fact]
    public void Deeply_nested_html_does_not_throw()
    {
        string html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 5000)) + "<p>The lake froze over for the first time in a decade, residents said on Tuesday.</p>" + string.Concat(Enumerable.Repeat("</div>", 5000)) + "</body></html>";
        var result = Extractor.Extract(Doc(html, SourceFormat.Html));
        Assert.NotEmpty(result.Diagnostics);
    }
}
