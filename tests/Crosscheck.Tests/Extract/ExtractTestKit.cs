using Crosscheck.Extract;
using Crosscheck.Model;

namespace Crosscheck.Tests.Extract;

/// <summary>Shared helpers: build a document, extract it, look up blocks by their text.</summary>
internal static class ExtractTestKit
{
    public static readonly ArticleExtractor Extractor = new(ExtractOptions.Default);

    public static RawDocument Doc(string content, SourceFormat format = SourceFormat.Text, SourceHints? hints = null) =>
        new("test/" + format.ToString().ToLowerInvariant(), null, format, content, ContentHash.Of(content), hints);

    public static Article ExtractArticle(string content, SourceFormat format = SourceFormat.Text, SourceHints? hints = null)
    {
        var result = Extractor.Extract(Doc(content, format, hints));
        return Assert.IsType<Article>(result.Article);
    }

    public static bool IsBody(Article article, string fragment)
    {
        foreach (var span in article.Body)
        {
            if (span.Of(article.Text).Contains(fragment, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    public static ChromeKind? RemovedAs(Article article, string fragment)
    {
        foreach (var block in article.Removed)
        {
            if (block.Span.Of(article.Text).Contains(fragment, StringComparison.Ordinal))
            {
                return block.Kind;
            }
        }
        return null;
    }
}
