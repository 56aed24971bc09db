using Crosscheck.Extract;
using Crosscheck.Ingest;
using Crosscheck.Model;
using Xunit.Abstractions;

namespace Crosscheck.Tests.Extract;

public sealed class SampleSmokeTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Samples_read_and_extract_without_errors_and_keep_paragraphs()
    {
        var reader = new InputReader(new IngestOptions());
        var extractor = new ArticleExtractor(ExtractOptions.Default);
        int documents = 0;
        await foreach (var item in reader.ReadAsync([Path.Combine(RepoPaths.Root, "samples")], CancellationToken.None))
        {
            Assert.Null(item.Diagnostic);
            documents++;
            var result = extractor.Extract(item.Document!);
            Assert.DoesNotContain(result.Diagnostics, d => d.Severity >= Severity.Warning);
            var article = result.Article!;
            Assert.NotEmpty(article.Body);
            output.WriteLine($"== {Path.GetFileName(article.SourcePath)} title={article.Metadata.Title} outlet={article.Metadata.Outlet}/{article.Metadata.OutletEvidence} date={article.Metadata.Published}/{article.Metadata.PublishedEvidence} authors={string.Join(";", article.Metadata.Authors)} agencies={string.Join(";", article.Metadata.Agencies)} url={article.Metadata.Url}");
            foreach (var span in article.Body)
            {
                string s = span.Of(article.Text);
                output.WriteLine("  KEEP " + (s.Length > 70 ? s[..70] : s));
            }
            foreach (var r in article.Removed)
            {
                string s = r.Span.Of(article.Text);
                output.WriteLine($"  DROP {r.Kind}: " + (s.Length > 70 ? s[..70] : s));
            }
        }
        Assert.True(documents > 0);
    }
}
