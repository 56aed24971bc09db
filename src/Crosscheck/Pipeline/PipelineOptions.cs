using Crosscheck.Extract;
using Crosscheck.Facts;
using Crosscheck.Ingest;
using Crosscheck.Stories;
using Crosscheck.Text;
using Crosscheck.Text.Resolution;

namespace Crosscheck.Pipeline;

/// <summary>Every stage's options in one place. <see cref="Default"/> is what the CLI runs.</summary>
public sealed record PipelineOptions
{
    public static PipelineOptions Default { get; } = new();

    public IngestOptions Ingest { get; init; } = new();
    public ExtractOptions Extract { get; init; } = ExtractOptions.Default;
    public TextAnalyzerOptions Text { get; init; } = TextAnalyzerOptions.Default;
    public ClusteringOptions Clustering { get; init; } = ClusteringOptions.Default;
    public SyndicationOptions Syndication { get; init; } = new();
    public EntityResolverOptions Resolver { get; init; } = new();
    public CrossCheckOptions CrossCheck { get; init; } = CrossCheckOptions.Default;

    /// <summary>Articles extracted, analysed and stored per transaction.</summary>
    public int BatchSize { get; init; } = 256;

    /// <summary>Degree of parallelism of the CPU stages (extract + analyse) within a batch.</summary>
    public int MaxParallelism { get; init; } = Environment.ProcessorCount;
}
