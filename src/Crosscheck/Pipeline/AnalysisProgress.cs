namespace Crosscheck.Pipeline;

/// <summary>
/// Progress of the story analysis and of report writing: the stage (<see cref="Clustering"/>,
/// <see cref="Checking"/>, or a caller's own such as "reports"), and how many of its items are done.
/// </summary>
public readonly record struct AnalysisProgress(string Stage, long Done, long Total)
{
    /// <summary>Articles clustered into stories.</summary>
    public const string Clustering = "clustering";

    /// <summary>Stories cross-checked and stored.</summary>
    public const string Checking = "checking";
}
