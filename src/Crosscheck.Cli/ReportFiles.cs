using Crosscheck.Model;
using Crosscheck.Pipeline;
using Crosscheck.Reports;

namespace Crosscheck.Cli;

/// <summary>Writes stories.json and one Markdown and one HTML report per story.</summary>
internal static class ReportFiles
{
    public static void WriteAll(string outDir, StoryAnalysis analysis, IReadOnlyList<string> stages)
    {
        Directory.CreateDirectory(outDir);
        var articles = new List<Article>(analysis.Articles.Count);
        foreach (var annotated in analysis.Articles)
        {
            articles.Add(annotated.Article);
        }

        using (var json = File.Create(Path.Combine(outDir, "stories.json")))
        {
            JsonReportWriter.Write(articles, analysis.Stories, json, stages);
        }

        var storyDir = Path.Combine(outDir, "stories");
        Directory.CreateDirectory(storyDir);
        foreach (var findings in analysis.Stories)
        {
            var report = StoryReport.Create(findings, articles);
            using (var markdown = new StreamWriter(Path.Combine(storyDir, findings.Story.Id.Value + ".md")))
            {
                MarkdownReportWriter.Write(report, markdown);
            }

            using var html = new StreamWriter(Path.Combine(storyDir, findings.Story.Id.Value + ".html"));
            HtmlReportWriter.Write(report, html);
        }
    }
}
