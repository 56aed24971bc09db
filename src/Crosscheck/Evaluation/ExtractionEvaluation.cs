namespace Crosscheck.Evaluation;

/// <summary>The result of <see cref="ExtractionEvaluator"/>: the aggregate, every page's score (in page order), and speed.</summary>
/// <param name="PagesPerSecond">Extraction speed over the pages (parse + extract + metadata, single thread, files in memory).</param>
/// <param name="Missing">Ids in the ground truth without a readable page (scored as empty predictions).</param>
public sealed record ExtractionEvaluation(
    ExtractionScore Score,
    IReadOnlyList<PageScore> Pages,
    double PagesPerSecond,
    IReadOnlyList<string> Missing);
