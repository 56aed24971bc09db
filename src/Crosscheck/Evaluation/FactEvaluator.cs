using Crosscheck.Model;
using Crosscheck.Storage;

namespace Crosscheck.Evaluation;

/// <summary>
/// Runs the whole pipeline (ingest → extract → analyse → stories → facts) on each gold story
/// folder in its own temporary store, and scores the facts of every story the folder forms.
/// Only the folder's <c>*.txt</c>, <c>*.html</c> and <c>*.jsonl</c> files are read, never the gold file.
/// </summary>
public sealed class FactEvaluator
{
    private static readonly string[] ArticlePatterns = ["*.txt", "*.html", "*.htm", "*.jsonl"];

    private readonly Pipeline.Pipeline _pipeline;

    public FactEvaluator(Pipeline.Pipeline pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        _pipeline = pipeline;
    }

    public async Task<FactEvaluation> EvaluateAsync(IReadOnlyList<FactGold> stories, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stories);
        var scores = new List<FactStoryScore>(stories.Count);
        var conflicts = new FactDetectionScore(0, 0, 0, 0);
        var corroborations = conflicts;
        foreach (var story in stories)
        {
            var facts = await JudgeAsync(story.Folder, cancellationToken).ConfigureAwait(false);
            var score = FactScorer.Score(story.Name, story.Items, facts);
            scores.Add(score);
            conflicts = conflicts.Add(score.Conflicts);
            corroborations = corroborations.Add(score.Corroborations);
        }

        return new FactEvaluation(scores, conflicts, corroborations);
    }

    /// <summary>The facts of every story formed by the articles of <paramref name="folder"/>.</summary>
    public async Task<IReadOnlyList<Fact>> JudgeAsync(string folder, CancellationToken cancellationToken)
    {
        var files = ArticlePatterns.SelectMany(p => Directory.EnumerateFiles(folder, p)).Order(StringComparer.Ordinal).ToList();
        var work = Directory.CreateTempSubdirectory("crosscheck-eval-facts-");
        try
        {
            IReadOnlyList<StoryFindings> findings;
            using (var store = SqliteStore.Open(Path.Combine(work.FullName, "eval.db")))
            {
                await _pipeline.IngestAsync(files, store, null, cancellationToken).ConfigureAwait(false);
                findings = _pipeline.AnalyzeStories(store.LoadArticles()).Stories;
            }

            return findings.SelectMany(s => s.Facts).ToList();
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }
}
