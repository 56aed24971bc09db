using System.Diagnostics;
using Crosscheck.Extract;

namespace Crosscheck.Evaluation;

/// <summary>
/// Runs <see cref="ArticleExtractor"/> over an <see cref="HtmlPageSet"/> and scores each page's
/// <c>Article.BodyText</c> against the ground truth with <see cref="ExtractionScorer"/>. Pages
/// without ground truth are ignored; a page that yields no article counts as an empty prediction.
/// </summary>
public sealed class ExtractionEvaluator(ArticleExtractor extractor)
{
    public ExtractionEvaluation Evaluate(HtmlPageSet pages, IReadOnlyDictionary<string, ExtractionTruth> truth)
    {
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(truth);
        var predicted = new Dictionary<string, string>(StringComparer.Ordinal);
        var clock = Stopwatch.StartNew();
        int extracted = 0;
        foreach (var page in pages.Pages)
        {
            if (page.Document is null || !truth.ContainsKey(page.Id))
            {
                continue;
            }
            var result = extractor.Extract(page.Document);
            predicted[page.Id] = result.Article?.BodyText ?? "";
            extracted++;
        }
        double seconds = clock.Elapsed.TotalSeconds;
        var scores = new List<PageScore>(truth.Count);
        var missing = new List<string>();
        foreach (var page in pages.Pages)
        {
            if (truth.TryGetValue(page.Id, out var t) && predicted.TryGetValue(page.Id, out string? body))
            {
                scores.Add(ExtractionScorer.ScorePage(page.Id, body, t.ArticleBody));
            }
        }
        foreach (var (id, t) in truth.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!predicted.ContainsKey(id))
            {
                missing.Add(id);
                scores.Add(ExtractionScorer.ScorePage(id, "", t.ArticleBody));
            }
        }
        return new ExtractionEvaluation(ExtractionScorer.Aggregate(scores), scores,
            seconds > 0 ? extracted / seconds : 0, missing);
    }
}
