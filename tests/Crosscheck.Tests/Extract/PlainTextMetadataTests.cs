using Crosscheck.Model;
using static Crosscheck.Tests.Extract.ExtractTestKit;

namespace Crosscheck.Tests.Extract;

public sealed class PlainTextMetadataTests
{
    private const string Body = "The regional airline cancelled dozens of flights on Monday as a strike by ground crews entered its second day.\n\nUnion leaders said talks with management had stalled over pay and shift patterns.\n";

    [Fact]
    public void Markdown_title_agency_byline_date_line_and_url_footer_are_read()
    {
        string text = "\n\n# Airline cancels flights as strike widens\n\nBy [AFP](#)\n\nMarch 3, 2022\n\n" + Body + "\nOriginal url:\n\n<https://www.reuters.com/world/2022/03/04/airline-strike>";
        var article = ExtractArticle(text);
        var m = article.Metadata;
        Assert.Equal("Airline cancels flights as strike widens", m.Title);
        Assert.Equal("Airline cancels flights as strike widens", m.TitleSpan!.Value.Of(article.Text));
        Assert.Equal(["AFP"], m.Agencies);
        Assert.Empty(m.Authors);
        Assert.Equal("https://www.reuters.com/world/2022/03/04/airline-strike", m.Url);
        Assert.Equal("Reuters", m.Outlet);
        Assert.Equal(MetadataEvidence.Url, m.OutletEvidence);
        Assert.Equal(new DateOnly(2022, 3, 4), m.Published);
        Assert.Equal(MetadataEvidence.Url, m.PublishedEvidence);
        Assert.Equal(ChromeKind.Byline, RemovedAs(article, "By [AFP]"));
        Assert.Equal(ChromeKind.Dateline, RemovedAs(article, "March 3, 2022"));
        Assert.Equal(ChromeKind.Footer, RemovedAs(article, "Original url:"));
        Assert.Equal(2, article.Body.Count);
        Assert.Same(text, article.Text);
    }

    [Fact]
    public void Date_label_is_stated_and_people_in_byline_are_authors()
    {
        var article = ExtractArticle("Date: 5 April 2022\n\nAirline strike ends\n\nBy Jane Doe and John Roe, Reuters\n\n" + Body);
        var m = article.Metadata;
        Assert.Equal("Airline strike ends", m.Title);
        Assert.Equal(new DateOnly(2022, 4, 5), m.Published);
        Assert.Equal(MetadataEvidence.Stated, m.PublishedEvidence);
        Assert.Equal(["Jane Doe", "John Roe"], m.Authors);
        Assert.Equal(["Reuters"], m.Agencies);
    }

    [Fact]
    public void Standalone_date_line_is_text_evidence()
    {
        var m = ExtractArticle("Airline strike ends\n\nTuesday, 5 April 2022 10:32 GMT\n\n" + Body).Metadata;
        Assert.Equal(new DateOnly(2022, 4, 5), m.Published);
        Assert.Equal(MetadataEvidence.Text, m.PublishedEvidence);
    }

    [Fact]
    public void Date_is_inferred_from_the_latest_full_date_in_the_text()
    {
        var m = ExtractArticle("Airline strike ends\n\nThe strike began on March 1, 2022 and ended on 4 March 2022 after talks.\n\n" + Body).Metadata;
        Assert.Equal(new DateOnly(2022, 3, 4), m.Published);
        Assert.True(m.PublishedInferred);
    }

    [Fact]
    public void Missing_date_gives_an_info_diagnostic()
    {
        var result = Extractor.Extract(Doc("Airline strike ends\n\n" + Body));
        Assert.Null(result.Article!.Metadata.Published);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.NoDate, d.Code);
        Assert.Equal(Severity.Info, d.Severity);
    }

    [Fact]
    public void Dateline_agency_is_detected()
    {
        var m = ExtractArticle("Airline strike ends\n\nLISBON (AP) — The regional airline resumed flights on Tuesday after a deal with ground crews.\n\n" + Body).Metadata;
        Assert.Contains("AP", m.Agencies);
    }

    [Fact]
    public void Outlet_comes_from_a_republication_notice_when_there_is_no_url()
    {
        var article = ExtractArticle("Airline strike ends\n\n" + Body + "\nAll texts published by the Harbour Policy Forum may be disseminated on condition their origin is credited.\n");
        Assert.Equal("Harbour Policy Forum", article.Metadata.Outlet);
        Assert.Equal(MetadataEvidence.Text, article.Metadata.OutletEvidence);
    }

    [Fact]
    public void Only_chrome_gives_no_body_error()
    {
        var result = Extractor.Extract(Doc("Menu\n\nSubscribe\n\nLeave a Reply\n"));
        Assert.Null(result.Article);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.NoBody && d.Severity == Severity.Error);
    }

    [Fact]
    public void Jsonl_record_uses_hints_and_is_cleaned()
    {
        var hints = new SourceHints
        {
            Title = "Airline strike ends",
            Url = "https://www.dw.com/en/airline-strike/a-123",
            Published = new DateTimeOffset(2022, 4, 5, 8, 0, 0, TimeSpan.Zero),
            Authors = ["Jane Doe", "dpa"],
            Language = "en",
        };
        var article = ExtractArticle("Airline strike ends\n\n" + Body + "\nSubscribe to our newsletter for daily updates.", SourceFormat.Jsonl, hints);
        var m = article.Metadata;
        Assert.Equal("DW", m.Outlet);
        Assert.Equal(new DateOnly(2022, 4, 5), m.Published);
        Assert.Equal(MetadataEvidence.Stated, m.PublishedEvidence);
        Assert.Equal(["Jane Doe"], m.Authors);
        Assert.Equal(["dpa"], m.Agencies);
        Assert.Equal("en", m.Language);
        Assert.Equal(0, m.TitleSpan!.Value.Start);
        Assert.Equal(ChromeKind.Appeal, RemovedAs(article, "Subscribe to our newsletter"));
        Assert.Equal(2, article.Body.Count);
    }
}
