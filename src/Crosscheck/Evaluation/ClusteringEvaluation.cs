namespace Crosscheck.Evaluation;

/// <summary>The score of one clustering run and its throughput.</summary>
/// <param name="Score">B-cubed and pairwise scores, true and predicted cluster counts.</param>
/// <param name="ItemsPerSecond">Items clustered per second (text analysis excluded).</param>
/// <param name="Predicted">The predicted story id of each item, in input order.</param>
public sealed record ClusteringEvaluation(ClusteringScore Score, double ItemsPerSecond, IReadOnlyList<string> Predicted);
