using Crosscheck.Model;

namespace Crosscheck.Reports;

/// <summary>One row of the source × fact matrix.</summary>
/// <param name="VariantsBySource">
/// For each entry of <see cref="StoryReport.Sources"/> (same index), the 0-based indexes into
/// <see cref="Fact.Variants"/> that the source supports; empty when the source does not state the fact.
/// </param>
public sealed record FactMatrixRow(Fact Fact, IReadOnlyList<IReadOnlyList<int>> VariantsBySource);
