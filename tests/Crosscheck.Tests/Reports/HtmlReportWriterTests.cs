using System.Text.RegularExpressions;
using Crosscheck.Reports;
using Crosscheck.Tests.Storage;

namespace Crosscheck.Tests.Reports;

public sealed partial class HtmlReportWriterTests
{
    private static string Render(StoryReport report)
    {
        using var writer = new StringWriter();
        HtmlReportWriter.Write(report, writer);
        return writer.ToString();
    }

    [Fact]
    public void Article_derived_text_is_escaped_everywhere()
    {
        var html = Render(HostileCorpus.Report());

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("onload=\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", html.Replace("<code>javascript:alert(1)</code>", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"javascript", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&quot; onload=&quot;x", html, StringComparison.Ordinal);
        // The hostile text still reaches every section, escaped: title, headline, quote, entity, family origin.
        Assert.True(Regex.Count(html, "&lt;script&gt;") >= 8);
    }

    [Fact]
    public void Page_is_self_contained()
    {
        var html = Render(StoryReport.Create(TestCorpus.Story(), TestCorpus.Articles));

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("<style>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" src=", html, StringComparison.OrdinalIgnoreCase);
        // Only the articles' own web pages are linked; everything else is an in-page anchor.
        foreach (Match href in HrefPattern().Matches(html))
        {
            var target = href.Groups[1].Value;
            Assert.True(target.StartsWith('#') || TestCorpus.Articles.Any(a => a.Metadata.Url == target), target);
        }
    }

    [Fact]
    public void Sections_badges_and_citations_are_rendered()
    {
        var html = Render(StoryReport.Create(TestCorpus.Story(), TestCorpus.Articles));

        var order = SectionIds.Select(marker => html.IndexOf(marker, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, order);
        Assert.Equal(order.Order(), order);
        Assert.Contains("<span class=\"badge conflicting\">conflicting</span>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"badge corroborated\">corroborated</span>", html, StringComparison.Ordinal);
        Assert.Contains("<li id=\"src-3\">", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#src-2\">[2]</a>", html, StringComparison.Ordinal);
        // The conflicting side's supporting sentence is quoted from the article.
        Assert.Contains("<blockquote>At least 3 people were killed", html, StringComparison.Ordinal);
    }

    private static readonly string[] SectionIds =
    [
        "id=\"summary\"", "id=\"conflicts\"", "id=\"single-source\"", "id=\"settled\"", "id=\"timeline\"",
        "id=\"entities\"", "id=\"families\"", "id=\"matrix\"", "id=\"sources\"",
    ];

    [GeneratedRegex("href=\"([^\"]*)\"")]
    private static partial Regex HrefPattern();
}
