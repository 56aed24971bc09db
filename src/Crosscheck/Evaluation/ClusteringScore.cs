namespace Crosscheck.Evaluation;

/// <summary>A clustering's scores.</summary>
public sealed record ClusteringScore(int Items, int TrueClusters, int PredictedClusters, Prf BCubed, Prf Pairwise);
