using System.Text;
using Crosscheck.Ingest;
using Crosscheck.Model;

namespace Crosscheck.Tests.Ingest;

public sealed class WarcReaderTests : IDisposable
{
    private const string Ferry = "<html><head><meta charset=\"utf-8\"><title>Ferry timetable extended</title></head><body><p>The harbour council voted on Tuesday to extend the ferry timetable.</p></body></html>";
    private const string Cafe = "<html><head><title>Caf\u00e9 owners protest</title></head><body><p>The caf\u00e9 owners of the old town said on Monday that the new tax was unfair.</p></body></html>";
    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    /// <summary>Two HTML responses, a request, and a third response whose Content-Length claims far more bytes than it has.</summary>
    private static WarcBuilder Sample(long truncatedDeclaredLength) => new WarcBuilder()
        .Response("https://harbourdaily.example/ferry", "HTTP/1.1 200 OK\nContent-Type: text/html", Encoding.UTF8.GetBytes(Ferry))
        .Request("https://harbourdaily.example/ferry")
        .Response("https://harbourdaily.example/cut", "HTTP/1.1 200 OK\nContent-Type: text/html", Encoding.UTF8.GetBytes("<html><body><p>Cut off"), truncatedDeclaredLength)
        .Response("https://harbourdaily.example/cafe", "HTTP/1.1 200 OK\nContent-Type: text/html; charset=windows-1252", Encoding.Latin1.GetBytes(Cafe));

    [Fact]
    public async Task Html_responses_are_kept_and_a_truncated_record_is_reported()
    {
        var warc = Sample(truncatedDeclaredLength: 100_000);
        string path = _files.Write("crawl.warc.gz", warc.GzipPerRecord());

        var (docs, diagnostics) = await IngestRun.ReadAsync(path);

        Assert.Equal([1L, 4L], docs.Select(d => d.Record!.Value));
        Assert.All(docs, d => Assert.Equal(SourceFormat.Html, d.Format));
        Assert.All(docs, d => Assert.Null(d.Hints!.Published));
        Assert.Equal(Ferry, docs[0].Content);
        Assert.Equal("https://harbourdaily.example/ferry", docs[0].Hints!.Url);
        Assert.Equal(ContentHash.Of(Encoding.UTF8.GetBytes(Ferry)), docs[0].ContentHash);
        Assert.Equal(Cafe, docs[1].Content);
        Assert.Equal("https://harbourdaily.example/cafe", docs[1].Hints!.Url);

        Assert.Equal(2, diagnostics.Count);
        var cut = diagnostics[0];
        Assert.Equal(DiagnosticCodes.WarcRecordTruncated, cut.Code);
        Assert.Equal(warc.Offsets[2], cut.Location.ByteOffset);
        Assert.StartsWith("record 3: Content-Length 100000 exceeds the ", cut.Message, StringComparison.Ordinal);
        Assert.StartsWith($"{path} @ byte {warc.Offsets[2]}: record 3: Content-Length", cut.ToString(), StringComparison.Ordinal);
        var skipped = diagnostics[1];
        Assert.Equal(DiagnosticCodes.WarcRecordsSkipped, skipped.Code);
        Assert.Equal(Severity.Info, skipped.Severity);
        Assert.StartsWith("1 of 4 WARC records", skipped.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_short_record_inside_the_file_does_not_swallow_the_next()
    {
        // The cut record claims 300 bytes: fewer than remain, but more than it has before the next record.
        var warc = Sample(truncatedDeclaredLength: 300);
        var (docs, diagnostics) = await IngestRun.ReadAsync(_files.Write("crawl.warc", warc.Plain()));

        Assert.Equal([1L, 4L], docs.Select(d => d.Record!.Value));
        var cut = diagnostics.Single(d => d.Code == DiagnosticCodes.WarcRecordTruncated);
        Assert.Equal(warc.Offsets[2], cut.Location.ByteOffset);
        Assert.StartsWith("record 3: Content-Length 300 runs past the next record", cut.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Whole_file_gzip_and_a_gzip_stream_cut_mid_member_keep_earlier_records()
    {
        var warc = Sample(truncatedDeclaredLength: 100_000);
        var whole = await IngestRun.ReadAsync(_files.Write("whole.warc.gz", WarcBuilder.Gzip(warc.Plain())));
        Assert.Equal([1L, 4L], whole.Documents.Select(d => d.Record!.Value));

        byte[] members = warc.GzipPerRecord();
        byte[] cutGzip = members[..^20];
        var cut = await IngestRun.ReadAsync(_files.Write("cut.warc.gz", cutGzip));
        Assert.Equal(1L, Assert.Single(cut.Documents).Record);
        Assert.Contains(cut.Diagnostics, d => d.Severity == Severity.Error);
    }

    [Fact]
    public async Task Record_over_the_size_limit_is_skipped_and_reading_goes_on()
    {
        var warc = new WarcBuilder()
            .Response("https://a.example/big", "HTTP/1.1 200 OK\nContent-Type: text/html", Encoding.UTF8.GetBytes("<p>" + new string('x', 4000) + "</p>"))
            .Response("https://a.example/small", "HTTP/1.1 200 OK\nContent-Type: text/html", Encoding.UTF8.GetBytes(Ferry));
        var options = IngestOptions.Default with { MaxWarcRecordBytes = 1000 };

        var (docs, diagnostics) = await IngestRun.ReadAsync(options, _files.Write("big.warc", warc.Plain()));

        Assert.Equal("https://a.example/small", Assert.Single(docs).Hints!.Url);
        var big = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.WarcRecordTruncated, big.Code);
        Assert.Contains("over the 1000-byte record limit", big.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chunked_gzip_bodies_redirects_and_images_are_handled()
    {
        byte[] html = Encoding.UTF8.GetBytes(Ferry);
        byte[] gz = WarcBuilder.Gzip(html);
        byte[] chunked = [.. Encoding.ASCII.GetBytes($"{10:x}\r\n"), .. gz[..10], .. "\r\n"u8, .. Encoding.ASCII.GetBytes($"{gz.Length - 10:x}\r\n"), .. gz[10..], .. "\r\n0\r\n\r\n"u8];
        var warc = new WarcBuilder()
            .Add("warcinfo", "", "application/warc-fields", "software: test\r\n"u8.ToArray())
            .Response("https://a.example/moved", "HTTP/1.1 301 Moved Permanently\nLocation: /new\nContent-Type: text/html", "<p>Moved</p>"u8.ToArray())
            .Response("https://a.example/logo.png", "HTTP/1.1 200 OK\nContent-Type: image/png", [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0])
            .Response("https://a.example/page", "HTTP/1.1 200 OK\nContent-Type: text/html; charset=\"utf-8\"\nTransfer-Encoding: chunked\nContent-Encoding: gzip", chunked);

        var (docs, diagnostics) = await IngestRun.ReadAsync(_files.Write("mixed.warc", warc.Plain()));

        var doc = Assert.Single(docs);
        Assert.Equal(Ferry, doc.Content);
        Assert.Equal(4, doc.Record);
        Assert.StartsWith("3 of 4 WARC records", Assert.Single(diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Garbage_between_records_is_reported_and_skipped()
    {
        var warc = Sample(truncatedDeclaredLength: 100_000);
        byte[] plain = warc.Plain();
        long second = warc.Offsets[1];
        byte[] bytes = [.. plain[..(int)second], .. "junk line\r\n"u8, .. plain[(int)second..]];

        var (docs, diagnostics) = await IngestRun.ReadAsync(_files.Write("junk.warc", bytes));

        Assert.Equal(2, docs.Count);
        var junk = diagnostics.First();
        Assert.Equal(DiagnosticCodes.BadWarcRecord, junk.Code);
        Assert.Equal(second, junk.Location.ByteOffset);
    }
}
