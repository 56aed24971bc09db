namespace Crosscheck.Evaluation;

/// <summary>One timed cross-check of one story.</summary>
/// <param name="Articles">Articles in the story.</param>
/// <param name="Facts">Facts judged.</param>
/// <param name="Preparation">Wire-copy families and entity resolution (inputs of the cross-check, not timed as part of it).</param>
/// <param name="Judgement">Claim extraction, alignment, judgement, timeline and summary (<c>CrossChecker.Check</c>).</param>
public sealed record FactBenchmarkRun(int Articles, int Facts, TimeSpan Preparation, TimeSpan Judgement);
