using System.Text;
using Crosscheck.Ingest;
using Crosscheck.Model;

namespace Crosscheck.Tests.Ingest;

public sealed class InputReaderTests : IDisposable
{
    private const string Prose = "The harbour council voted on Tuesday to extend the ferry timetable.\n\nOfficials said the change would start next month.\n";
    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    private static async Task<List<IngestItem>> ReadAll(IReadOnlyList<string> paths, long maxBytes = 32 * 1024 * 1024)
    {
        var reader = new InputReader(new IngestOptions { MaxBytes = maxBytes });
        var items = new List<IngestItem>();
        await foreach (var item in reader.ReadAsync(paths, CancellationToken.None))
        {
            Assert.True(item.Document is null ^ item.Diagnostic is null);
            items.Add(item);
        }
        return items;
    }

    private static Diagnostic Single(List<IngestItem> items)
    {
        var item = Assert.Single(items);
        return Assert.IsType<Diagnostic>(item.Diagnostic);
    }

    [Fact]
    public async Task Text_file_becomes_a_text_document_with_the_file_hash()
    {
        string path = _files.Write("a.txt", Prose);
        var doc = Assert.Single(await ReadAll([path])).Document!;
        Assert.Equal(SourceFormat.Text, doc.Format);
        Assert.Equal(Prose, doc.Content);
        Assert.Equal(ContentHash.Of(File.ReadAllBytes(path)), doc.ContentHash);
        Assert.Null(doc.Record);
    }

    [Fact]
    public async Task Utf8_bom_is_not_part_of_the_content()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Prose)];
        var doc = Assert.Single(await ReadAll([_files.Write("bom.txt", bytes)])).Document!;
        Assert.Equal(Prose, doc.Content);
    }

    [Fact]
    public async Task Empty_and_whitespace_files_are_reported()
    {
        Assert.Equal(DiagnosticCodes.Empty, Single(await ReadAll([_files.Write("e.txt", "")])).Code);
        Assert.Equal(DiagnosticCodes.Empty, Single(await ReadAll([_files.Write("w.txt", " \n\t \r\n")])).Code);
    }

    [Fact]
    public async Task Binary_file_is_reported()
    {
        byte[] bytes = [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x0D, 0x0A, 0x1A, 0x00, 0x01, 0x02];
        var d = Single(await ReadAll([_files.Write("image.txt", bytes)]));
        Assert.Equal(DiagnosticCodes.Binary, d.Code);
        Assert.Equal(Severity.Error, d.Severity);
    }

    [Fact]
    public async Task Invalid_utf8_text_is_reported_with_its_byte_offset()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("Caf"), 0xE9, .. Encoding.UTF8.GetBytes(" opened in the square today.")];
        var d = Single(await ReadAll([_files.Write("latin.txt", bytes)]));
        Assert.Equal(DiagnosticCodes.InvalidEncoding, d.Code);
        Assert.Equal(3, d.Location.ByteOffset);
        Assert.Contains("UTF-8", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Oversize_file_is_refused()
    {
        var d = Single(await ReadAll([_files.Write("big.txt", Prose)], maxBytes: 16));
        Assert.Equal(DiagnosticCodes.TooLarge, d.Code);
        Assert.Contains("16-byte limit", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_path_is_reported_and_the_rest_is_read()
    {
        string good = _files.Write("good.txt", Prose);
        var items = await ReadAll([Path.Combine(_files.Root, "nope.txt"), good]);
        Assert.Equal(2, items.Count);
        Assert.Equal(DiagnosticCodes.NotFound, items[0].Diagnostic!.Code);
        Assert.NotNull(items[1].Document);
    }

    [Fact]
    public async Task Directory_is_walked_in_ordinal_order_skipping_hidden_entries()
    {
        _files.Write("b.txt", Prose);
        _files.Write("A/z.txt", Prose + "z");
        _files.Write("a.txt", Prose + "a");
        _files.Write(".hidden.txt", Prose);
        _files.Write(".git/config.txt", Prose);
        var items = await ReadAll([_files.Root]);
        var names = items.Select(i => Path.GetRelativePath(_files.Root, i.Document!.SourcePath)).ToArray();
        Assert.Equal(["A/z.txt", "a.txt", "b.txt"], names);
    }

    [Fact]
    public async Task Symlink_out_of_the_directory_is_not_followed()
    {
        using var outside = new TempFiles();
        string target = outside.Write("secret.txt", Prose);
        string dir = Path.Combine(_files.Root, "in");
        Directory.CreateDirectory(dir);
        File.CreateSymbolicLink(Path.Combine(dir, "link.txt"), target);
        var d = Single(await ReadAll([dir]));
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Contains("outside", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<!DOCTYPE html><html><body><p>Hi there.</p></body></html>", SourceFormat.Html)]
    [InlineData("  <html lang=\"en\"><p>x</p></html>", SourceFormat.Html)]
    [InlineData("<div><p>One para.</p><p>Two para.</p><p><a href='#'>link</a></p><br><span>x</span></div>", SourceFormat.Html)]
    [InlineData("{\"title\":\"T\",\"maintext\":\"Body text here.\"}\n{\"title\":\"U\",\"maintext\":\"More.\"}\n", SourceFormat.Jsonl)]
    [InlineData("Title line\n\nA paragraph that mentions <b> once is still text.\n", SourceFormat.Text)]
    [InlineData("{ not json at all }\nsecond line\n", SourceFormat.Text)]
    public async Task Format_is_detected_from_content_not_extension(string content, SourceFormat expected)
    {
        var items = await ReadAll([_files.Write("input.dat", content)]);
        Assert.All(items, i => Assert.Equal(expected, i.Document!.Format));
    }

    [Fact]
    public async Task Html_in_a_declared_legacy_charset_is_decoded()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        string html = "<!doctype html><html><head><meta charset=\"windows-1251\"></head><body><p>Привет мир</p></body></html>";
        var doc = Assert.Single(await ReadAll([_files.Write("ru.html", Encoding.GetEncoding(1251).GetBytes(html))])).Document!;
        Assert.Contains("Привет мир", doc.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Html_that_is_not_utf8_falls_back_to_windows1252_with_a_warning()
    {
        byte[] bytes = [.. Encoding.ASCII.GetBytes("<!doctype html><html><body><p>Caf"), 0xE9, .. Encoding.ASCII.GetBytes(" reopened.</p></body></html>")];
        var items = await ReadAll([_files.Write("page.html", bytes)]);
        Assert.Equal(2, items.Count);
        Assert.Equal(DiagnosticCodes.InvalidEncoding, items[0].Diagnostic!.Code);
        Assert.Equal(Severity.Warning, items[0].Diagnostic!.Severity);
        Assert.Contains("Café reopened", items[1].Document!.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Jsonl_bad_line_in_the_middle_is_reported_and_neighbours_are_read()
    {
        string jsonl = """
            {"title":"Bridge reopens","maintext":"The river bridge reopened on Monday.","date_publish":"2022-03-14 09:30:00","url":"https://news.example.org/2022/03/14/bridge","source_domain":"news.example.org","authors":["Ann Smith"],"language":"en"}
            this line is broken
            ["an","array"]
            {"title":"No text here","maintext":"  "}
            {"title":"Dam finished","text":"Workers finished the dam on Friday.","date_publish":"2022-03-18T10:00:00+02:00"}
            """;
        var items = await ReadAll([_files.Write("feed.jsonl", jsonl)]);
        Assert.Equal(5, items.Count);
        var first = items[0].Document!;
        Assert.Equal(1, first.Record);
        Assert.Equal(SourceFormat.Jsonl, first.Format);
        Assert.Equal("The river bridge reopened on Monday.", first.Content);
        Assert.Equal("Bridge reopens", first.Hints!.Title);
        Assert.Equal(new DateTimeOffset(2022, 3, 14, 9, 30, 0, TimeSpan.Zero), first.Hints.Published);
        Assert.Equal(["Ann Smith"], first.Hints.Authors);
        Assert.Equal("en", first.Hints.Language);
        Assert.Equal("news.example.org", first.Hints.Outlet);
        string firstLine = jsonl.Split('\n')[0];
        Assert.Equal(ContentHash.Of(Encoding.UTF8.GetBytes(firstLine)), first.ContentHash);

        Assert.Equal(DiagnosticCodes.BadJsonLine, items[1].Diagnostic!.Code);
        Assert.Equal(2, items[1].Diagnostic!.Location.Record);
        Assert.StartsWith("line 2 is not a JSON object", items[1].Diagnostic!.Message, StringComparison.Ordinal);
        Assert.Equal(DiagnosticCodes.BadJsonLine, items[2].Diagnostic!.Code);
        Assert.Equal(DiagnosticCodes.NoText, items[3].Diagnostic!.Code);
        Assert.Equal(5, items[4].Document!.Record);
        Assert.Equal("Workers finished the dam on Friday.", items[4].Document!.Content);
    }

    [Fact]
    public async Task Json_file_with_one_article_object_is_one_document()
    {
        string json = """
            {
              "title": "Bridge reopens",
              "maintext": "The river bridge reopened on Monday.",
              "date_publish": "2022-03-14 09:30:00",
              "source_domain": "news.example.org"
            }
            """;
        var document = Assert.Single(await ReadAll([_files.Write("article.json", json)])).Document!;

        Assert.Equal(SourceFormat.Json, document.Format);
        Assert.Null(document.Record);
        Assert.Equal("The river bridge reopened on Monday.", document.Content);
        Assert.Equal("Bridge reopens", document.Hints!.Title);
        Assert.Equal("news.example.org", document.Hints.Outlet);
    }

    [Fact]
    public async Task Json_array_reads_each_article_and_reports_bad_items_by_number()
    {
        string json = """
            [
              {"title": "Bridge reopens", "maintext": "The river bridge reopened on Monday."},
              "not an object",
              {"title": "No text"},
              {"title": "Dam finished", "text": "Workers finished the dam on Friday."}
            ]
            """;
        var items = await ReadAll([_files.Write("batch.json", json)]);

        Assert.Equal(4, items.Count);
        Assert.Equal(1, items[0].Document!.Record);
        Assert.StartsWith("item 2 of the JSON array is not an object", items[1].Diagnostic!.Message, StringComparison.Ordinal);
        Assert.Equal(DiagnosticCodes.NoText, items[2].Diagnostic!.Code);
        Assert.Contains("item 3", items[2].Diagnostic!.Message, StringComparison.Ordinal);
        Assert.Equal(4, items[3].Document!.Record);
        Assert.NotEqual(items[0].Document!.ContentHash, items[3].Document!.ContentHash);
    }

    [Theory]
    [InlineData("{\n  \"pages\": {\"a\": {\"articleBody\": \"x\"}}\n}", DiagnosticCodes.NoText)]
    [InlineData("{\n  \"title\": \"cut off\",\n  \"maintext\": \"The bridge", DiagnosticCodes.BadJsonLine)]
    [InlineData("[\n  {\"maintext\": \"x\"},\n  {\"maintext\": \"y\"\n]", DiagnosticCodes.BadJsonLine)]
    public async Task Json_file_without_article_records_gets_one_diagnostic_not_a_text_article(string json, string code)
    {
        var path = _files.Write("other.json", json);

        var diagnostic = Single(await ReadAll([path]));

        Assert.Equal(code, diagnostic.Code);
        Assert.Equal(path, diagnostic.Location.Path);
    }
}
