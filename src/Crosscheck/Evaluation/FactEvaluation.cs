namespace Crosscheck.Evaluation;

/// <summary>Fact-judgement scores over a set of fixture stories: per story, and micro-averaged totals.</summary>
public sealed record FactEvaluation(IReadOnlyList<FactStoryScore> Stories, FactDetectionScore Conflicts, FactDetectionScore Corroborations);
