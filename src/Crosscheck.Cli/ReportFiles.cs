using Crosscheck.Model;
using Crosscheck.Reports;
using Crosscheck.Storage;

namespace Crosscheck.Cli;

/// <summary>Writes stories.json and one Markdown and one HTML report per story.</summary>
internal static class ReportFiles
{
    /// <summary>
    /// Writes the reports of every stored story, reading the stories and articles from
    /// <paramref name="store"/> one at a time: memory for one story and its articles, plus the
    /// inferred publication date of each undated article (a few bytes each), whatever the number stored.
    /// </summary>
    public static void WriteAll(string outDir, SqliteStore store, IReadOnlyList<string> stages)
    {
        Directory.CreateDirectory(outDir);
        var storyDir = Path.Combine(outDir, "stories");
        Directory.CreateDirectory(storyDir);
        var inferred = new Dictionary<ArticleId, DateOnly>();
        foreach (var findings in store.ReadStories())
        {
            var articles = Pipeline.Pipeline.LoadStoryArticles(store, findings);
            foreach (var article in articles)
            {
                if (article.Metadata.PublishedEvidence == MetadataEvidence.InferredFromStory && article.Metadata.Published is { } date)
                {
                    inferred.TryAdd(article.Id, date);
                }
            }

            var report = StoryReport.Create(findings, articles);
            using (var markdown = new StreamWriter(Path.Combine(storyDir, findings.Story.Id.Value + ".md")))
            {
                MarkdownReportWriter.Write(report, markdown);
            }

            using var html = new StreamWriter(Path.Combine(storyDir, findings.Story.Id.Value + ".html"));
            HtmlReportWriter.Write(report, html);
        }

        using var json = File.Create(Path.Combine(outDir, "stories.json"));
        JsonReportWriter.Write(Pipeline.Pipeline.ReadReportArticles(store, inferred), store.ReadStories(), json, stages);
    }
}
