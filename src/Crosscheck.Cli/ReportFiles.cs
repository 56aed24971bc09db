using Crosscheck.Model;
using Crosscheck.Reports;
using Crosscheck.Storage;

namespace Crosscheck.Cli;

/// <summary>
/// Writes stories.json and one Markdown and one HTML report per story. A manifest in the story
/// folder records, for each report written, a digest of the findings it was written from and the
/// stage ids of the code that wrote it; a later run rewrites only the reports whose findings or code
/// changed (or whose files are gone), deletes the reports it wrote for stories no longer
/// stored, and leaves stories.json as it is when the manifest is unchanged. Creating thousands of
/// files is most of the cost of writing reports, so a run that changes a few stories writes a few.
/// </summary>
internal static class ReportFiles
{
    /// <summary>The manifest's name inside the story folder.</summary>
    public const string ManifestName = "manifest.tsv";

    private const string Stage = "reports";

    private const string ManifestHeader = "# crosscheck story reports: story id, SHA-256 of its stored findings; written by ";

    /// <summary>
    /// Writes the reports of every stored story, reading the stories and articles from
    /// <paramref name="store"/> one at a time: memory for one story and its articles, plus the
    /// inferred publication date of each undated article (a few bytes each), whatever the number stored.
    /// </summary>
    public static void WriteAll(string outDir, SqliteStore store, IReadOnlyList<string> stages, IProgress<Pipeline.AnalysisProgress>? progress = null)
    {
        Directory.CreateDirectory(outDir);
        var storyDir = Path.Combine(outDir, "stories");
        Directory.CreateDirectory(storyDir);
        var header = ManifestHeader + string.Join(' ', [.. stages, StoryReport.StageId, MarkdownReportWriter.StageId, HtmlReportWriter.StageId]);
        var manifestPath = Path.Combine(storyDir, ManifestName);
        var previous = File.Exists(manifestPath) ? File.ReadAllLines(manifestPath) : [];
        var written = ReadManifest(previous, header);

        // Gone while the reports are written: a run that stops half-way leaves no manifest, and the next one writes every report.
        File.Delete(manifestPath);
        var manifest = new List<string> { header };
        var stored = new HashSet<string>(StringComparer.Ordinal);
        var inferred = new Dictionary<ArticleId, DateOnly>();
        var total = store.CountStories();
        foreach (var (findings, digest) in store.ReadStoriesWithDigests())
        {
            if (stored.Count % 100 == 0)
            {
                progress?.Report(new Pipeline.AnalysisProgress(Stage, stored.Count, total));
            }

            var id = findings.Story.Id.Value;
            var articles = Pipeline.Pipeline.LoadStoryArticles(store, findings);
            foreach (var article in articles)
            {
                if (article.Metadata.PublishedEvidence == MetadataEvidence.InferredFromStory && article.Metadata.Published is { } date)
                {
                    inferred.TryAdd(article.Id, date);
                }
            }

            stored.Add(id);
            manifest.Add(id + "\t" + digest);
            var markdownPath = Path.Combine(storyDir, id + ".md");
            var htmlPath = Path.Combine(storyDir, id + ".html");
            if (written.TryGetValue(id, out var writtenDigest) && string.Equals(writtenDigest, digest, StringComparison.Ordinal) &&
                File.Exists(markdownPath) && File.Exists(htmlPath))
            {
                continue;
            }

            var report = StoryReport.Create(findings, articles);
            using (var markdown = new StreamWriter(markdownPath))
            {
                MarkdownReportWriter.Write(report, markdown);
            }

            using var html = new StreamWriter(htmlPath);
            HtmlReportWriter.Write(report, html);
        }

        // Reports this command wrote for stories no longer stored (merged away); nothing else is deleted.
        foreach (var id in written.Keys)
        {
            if (!stored.Contains(id))
            {
                File.Delete(Path.Combine(storyDir, id + ".md"));
                File.Delete(Path.Combine(storyDir, id + ".html"));
            }
        }

        // stories.json follows from the stories and the code alone: the same manifest means the same file.
        var jsonPath = Path.Combine(outDir, "stories.json");
        if (!File.Exists(jsonPath) || !previous.AsSpan().SequenceEqual([.. manifest]))
        {
            using var json = File.Create(jsonPath);
            JsonReportWriter.Write(Pipeline.Pipeline.ReadReportArticles(store, inferred), store.ReadStories(), json, stages);
        }

        File.WriteAllLines(manifestPath, manifest);
        progress?.Report(new Pipeline.AnalysisProgress(Stage, stored.Count, total));
    }

    /// <summary>The reports a previous run recorded (story id → findings digest) in its manifest's <paramref name="lines"/>; none when missing or damaged, every digest blank when of other code.</summary>
    private static Dictionary<string, string> ReadManifest(string[] lines, string header)
    {
        var written = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in lines.AsSpan(Math.Min(1, lines.Length)))
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0 || line.AsSpan(0, tab).ContainsAny(Path.GetInvalidFileNameChars()) || line.Contains('.', StringComparison.Ordinal))
            {
                return [];
            }

            written[line[..tab]] = line[(tab + 1)..];
        }

        // Reports of other code are all written again; only this command's own stale reports are deleted.
        if (lines.Length > 0 && !string.Equals(lines[0], header, StringComparison.Ordinal))
        {
            foreach (var id in written.Keys)
            {
                written[id] = "";
            }
        }

        return written;
    }
}
