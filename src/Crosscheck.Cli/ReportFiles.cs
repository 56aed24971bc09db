using Crosscheck.Model;
using Crosscheck.Reports;

namespace Crosscheck.Cli;

/// <summary>Writes stories.json and one Markdown and one HTML report per story.</summary>
internal static class ReportFiles
{
    /// <param name="articles">Every article the stories may cite (see <see cref="Pipeline.Pipeline.LoadReportArticles"/>).</param>
    public static void WriteAll(string outDir, IReadOnlyList<Article> articles, IReadOnlyList<StoryFindings> stories, IReadOnlyList<string> stages)
    {
        Directory.CreateDirectory(outDir);
        using (var json = File.Create(Path.Combine(outDir, "stories.json")))
        {
            JsonReportWriter.Write(articles, stories, json, stages);
        }

        var storyDir = Path.Combine(outDir, "stories");
        Directory.CreateDirectory(storyDir);
        foreach (var findings in stories)
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
