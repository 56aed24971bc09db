namespace Crosscheck.Evaluation;

/// <summary>What <see cref="StoryBenchmark"/> measured (generation excluded from every time).</summary>
/// <param name="Articles">Articles streamed.</param>
/// <param name="WallSeconds">Wall-clock time spent in clustering and family detection.</param>
/// <param name="CpuSeconds">Process CPU time spent meanwhile (all threads, GC included).</param>
/// <param name="WallMicrosecondsPerBlock">Wall µs per article of each block of <see cref="StoryBenchmark.BlockSize"/> articles.</param>
/// <param name="CpuMicrosecondsPerBlock">CPU µs per article of each block.</param>
/// <param name="PeakWorkingSetBytes">Peak working set of the process.</param>
/// <param name="Stories">Story scores against the generator's truth.</param>
/// <param name="Families">Family scores against the generator's truth.</param>
/// <param name="ClusteringSeconds">Wall-clock time inside <c>StoryClusterer.Add</c> (the final merge pass excluded).</param>
/// <param name="FamilySeconds">Wall-clock time inside <c>FamilyTracker.Add</c>.</param>
public sealed record StoryBenchResult(
    int Articles,
    double WallSeconds,
    double CpuSeconds,
    IReadOnlyList<double> WallMicrosecondsPerBlock,
    IReadOnlyList<double> CpuMicrosecondsPerBlock,
    long PeakWorkingSetBytes,
    ClusteringScore Stories,
    ClusteringScore Families,
    double ClusteringSeconds,
    double FamilySeconds);
