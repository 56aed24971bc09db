using System.Text;
using Crosscheck.Ingest;
using Crosscheck.Model;

namespace Crosscheck.Tests.Ingest;

public sealed class FeedReaderTests : IDisposable
{
    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task Rss_items_become_documents_with_their_hints()
    {
        var (docs, diagnostics) = await IngestRun.ReadAsync(IngestRun.Feed("harbourdaily.rss.xml"));

        Assert.Empty(diagnostics);
        Assert.Equal([1L, 2L, 3L], docs.Select(d => d.Record!.Value));
        Assert.All(docs, d => Assert.Equal("Harbour Daily", d.Hints!.Outlet));
        Assert.All(docs, d => Assert.Equal("en-gb", d.Hints!.Language));

        var strike = docs[0];
        Assert.Equal(SourceFormat.Html, strike.Format);
        Assert.StartsWith("<p>Dockworkers at the Port of Harwick", strike.Content, StringComparison.Ordinal);
        Assert.DoesNotContain("walked out on Monday.</description>", strike.Content, StringComparison.Ordinal);
        Assert.Equal("Dockworkers begin 72-hour strike at Harwick", strike.Hints!.Title);
        Assert.Equal("https://harbourdaily.example/2022/06/13/dock-strike", strike.Hints.Url);
        Assert.Equal(new DateTimeOffset(2022, 6, 13, 7, 30, 0, TimeSpan.FromHours(1)), strike.Hints.Published);
        Assert.Equal(TimeSpan.FromHours(1), strike.Hints.Published!.Value.Offset);
        Assert.Equal(["Mara Lindqvist"], strike.Hints.Authors);

        var ferry = docs[1];
        Assert.Equal(SourceFormat.Text, ferry.Format);
        Assert.StartsWith("The harbour council voted on Tuesday", ferry.Content, StringComparison.Ordinal);
        Assert.Equal(new DateTimeOffset(2022, 6, 14, 16, 5, 0, TimeSpan.Zero), ferry.Hints!.Published);
        Assert.Equal(["Tomas Berg"], ferry.Hints.Authors);

        var talks = docs[2];
        Assert.Equal(SourceFormat.Html, talks.Format);
        Assert.StartsWith("<p>Union leaders", talks.Content, StringComparison.Ordinal);
        Assert.Equal("https://harbourdaily.example/2022/06/15/strike-talks", talks.Hints!.Url);
        Assert.Equal(new DateTimeOffset(2022, 6, 15, 12, 0, 0, TimeSpan.FromHours(-5)), talks.Hints.Published);
        Assert.Equal(["Mara Lindqvist", "Ines Vaarde"], talks.Hints.Authors);

        Assert.Equal(3, docs.Select(d => d.ContentHash).Distinct().Count());
    }

    [Fact]
    public async Task The_same_item_in_two_snapshots_has_one_hash()
    {
        string first = File.ReadAllText(IngestRun.Feed("harbourdaily.rss.xml"));
        int cut = first.IndexOf("    <item>", StringComparison.Ordinal);
        // A later snapshot: a newer item on top, the channel description changed.
        string later = first[..cut].Replace("News from the Port of Harwick", "News from Harwick and the islands", StringComparison.Ordinal)
            + "    <item><title>New</title><description>A newer item about the ferry.</description></item>\n" + first[cut..];
        var (a, _) = await IngestRun.ReadAsync(IngestRun.Feed("harbourdaily.rss.xml"));
        var (b, _) = await IngestRun.ReadAsync(_files.Write("later.xml", later));

        Assert.Equal(4, b.Count);
        Assert.Equal(a.Select(d => d.ContentHash), b.Skip(1).Select(d => d.ContentHash));
        Assert.Equal([2L, 3L, 4L], b.Skip(1).Select(d => d.Record!.Value));
    }

    [Fact]
    public async Task Atom_entries_become_documents_with_their_hints()
    {
        var (docs, diagnostics) = await IngestRun.ReadAsync(IngestRun.Feed("riverdesk.atom.xml"));

        Assert.Empty(diagnostics);
        Assert.Equal(2, docs.Count);
        Assert.All(docs, d => Assert.Equal("River Desk", d.Hints!.Outlet));
        Assert.All(docs, d => Assert.Equal("en", d.Hints!.Language));

        var flood = docs[0];
        Assert.Equal(1, flood.Record);
        Assert.Equal(SourceFormat.Html, flood.Format);
        Assert.StartsWith("<p>The floodgates at Velmora were closed on Sunday evening as", flood.Content, StringComparison.Ordinal);
        Assert.Equal("https://riverdesk.example/2022/06/19/floodgates", flood.Hints!.Url);
        Assert.Equal(new DateTimeOffset(2022, 6, 19, 18, 45, 0, TimeSpan.FromHours(2)), flood.Hints.Published);
        Assert.Equal(["Oskar Hallin"], flood.Hints.Authors);

        var bridge = docs[1];
        Assert.Equal(SourceFormat.Text, bridge.Format);
        Assert.Equal("https://riverdesk.example/2022/06/20/bridge", bridge.Hints!.Url);
        Assert.Equal(new DateTimeOffset(2022, 6, 20, 7, 15, 0, TimeSpan.Zero), bridge.Hints.Published);
        Assert.Equal(["Lea Sundt", "Oskar Hallin"], bridge.Hints.Authors);
        Assert.Equal("Bridge reopens after inspection", bridge.Hints.Title);
    }

    [Fact]
    public async Task Entity_attacks_give_a_diagnostic_and_are_never_expanded()
    {
        var (docs, diagnostics) = await IngestRun.ReadAsync(IngestRun.Feed("hostile-entities.rss.xml"));

        Assert.Empty(docs);
        var problem = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.BadFeed, problem.Code);
        Assert.Equal(Severity.Error, problem.Severity);
        Assert.Contains("lol9", problem.Message, StringComparison.Ordinal);
        Assert.Contains("never expanded", problem.Message, StringComparison.Ordinal);
        Assert.True(problem.Message.Length < 1000);
        Assert.Equal(21, problem.Location.Record); // the line using &lol9;
    }

    [Fact]
    public async Task External_entity_alone_is_refused()
    {
        string xxe = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/hostname">]>
            <rss version="2.0"><channel><title>T</title>
            <item><title>Ok</title><description>An ordinary first item that reads fine.</description></item>
            <item><title>Secret</title><description>&xxe;</description></item>
            </channel></rss>
            """;
        var (docs, diagnostics) = await IngestRun.ReadAsync(_files.Write("xxe.xml", xxe));

        var kept = Assert.Single(docs);
        Assert.Equal("An ordinary first item that reads fine.", kept.Content);
        var problem = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.BadFeed, problem.Code);
        Assert.Contains("xxe", problem.Message, StringComparison.Ordinal);
        Assert.Contains("1 item(s) before it were read", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Truncated_feed_keeps_the_items_before_the_cut()
    {
        var (docs, diagnostics) = await IngestRun.ReadAsync(IngestRun.Feed("truncated.rss.xml"));

        Assert.Equal(["Market square repaving finished", "Library extends opening hours"], docs.Select(d => d.Hints!.Title));
        Assert.All(docs, d => Assert.Equal("Valley Courier", d.Hints!.Outlet));
        var problem = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.BadFeed, problem.Code);
        Assert.True(problem.Location.Record >= 17, problem.ToString());
        Assert.Contains("2 item(s) before it were read", problem.Message, StringComparison.Ordinal);
        Assert.Contains("cut off", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("DTD", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Item_without_text_and_bad_date_are_reported_and_others_kept()
    {
        string feed = """
            <rss version="2.0"><channel><title>T</title>
            <item><title>Empty</title></item>
            <item><title>Odd date</title><pubDate>sometime in June</pubDate><description>The ferry left on time.</description></item>
            </channel></rss>
            """;
        var (docs, diagnostics) = await IngestRun.ReadAsync(_files.Write("odd.xml", feed));

        var doc = Assert.Single(docs);
        Assert.Equal(2, doc.Record);
        Assert.Null(doc.Hints!.Published);
        Assert.Equal([DiagnosticCodes.NoText, DiagnosticCodes.NoDate], diagnostics.Select(d => d.Code));
        // Located by XML line; the message names the item.
        Assert.Equal([2L, 3L], diagnostics.Select(d => d.Location.Record!.Value));
        Assert.StartsWith("feed item 1 has no", diagnostics[0].Message, StringComparison.Ordinal);
        Assert.StartsWith("feed item 2: date", diagnostics[1].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><item><description>x y</description></item></channel></rss>", true)]
    [InlineData("\uFEFF<!-- generator -->\n<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><summary>x y</summary></entry></feed>", true)]
    [InlineData("<!DOCTYPE rss [<!ENTITY a \"b>c\">]>\n<rss version=\"0.91\"><channel><item><description>x y</description></item></channel></rss>", true)]
    [InlineData("<feed><entry>not atom: no namespace</entry></feed>", false)]
    [InlineData("<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>rss</p></body></html>", false)]
    public void Feeds_are_detected_from_content(string text, bool feed)
    {
        Assert.Equal(feed, FormatDetector.Detect(text) == SourceFormat.Feed);
    }

    [Theory]
    [InlineData("Mon, 13 Jun 2022 07:30:00 +0100", "2022-06-13T07:30:00+01:00")]
    [InlineData("13 Jun 2022 07:30 GMT", "2022-06-13T07:30:00+00:00")]
    [InlineData("Wed, 15 Jun 22 12:00:00 PDT", "2022-06-15T12:00:00-07:00")]
    [InlineData("Wed, 15 June 2022 12:00:00 +05:30", "2022-06-15T12:00:00+05:30")]
    [InlineData("2022-06-19T18:45:00+02:00", "2022-06-19T18:45:00+02:00")]
    [InlineData("2022-06-20T07:15:00Z", "2022-06-20T07:15:00+00:00")]
    public void Feed_dates_parse(string text, string expected)
    {
        Assert.True(FeedDates.TryParse(text, out var date));
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), date);
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture).Offset, date.Offset);
    }

    [Theory]
    [InlineData("sometime in June")]
    [InlineData("Mon, 13 Jun 2022 07:30:00 +9900")]
    [InlineData("")]
    public void Bad_feed_dates_do_not_parse(string text)
    {
        Assert.False(FeedDates.TryParse(text, out _));
    }

    [Fact]
    public async Task Feed_in_a_declared_legacy_encoding_is_decoded()
    {
        byte[] bytes = Encoding.Latin1.GetBytes("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<rss version=\"2.0\"><channel><title>Caf\u00e9 News</title><item><description>The caf\u00e9 reopened on Monday.</description></item></channel></rss>");
        var (docs, diagnostics) = await IngestRun.ReadAsync(_files.Write("latin1.xml", bytes));

        Assert.Empty(diagnostics);
        var doc = Assert.Single(docs);
        Assert.Equal("The caf\u00e9 reopened on Monday.", doc.Content);
        Assert.Equal("Caf\u00e9 News", doc.Hints!.Outlet);
    }
}
