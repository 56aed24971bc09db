using Crosscheck.Extract;

namespace Crosscheck.Pipeline;

/// <summary>Mutable set-up that produces an immutable, thread-safe <see cref="Pipeline"/>.</summary>
public sealed class PipelineBuilder
{
    private PipelineOptions _options = PipelineOptions.Default;

    public PipelineBuilder WithOptions(PipelineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        return this;
    }

    /// <summary>Merges a user's host → outlet-name table (JSON object) into the built-in one.</summary>
    public PipelineBuilder WithOutletFile(string path)
    {
        _options = _options with
        {
            Extract = _options.Extract with { Outlets = _options.Extract.Outlets.WithUserFile(path) },
        };
        return this;
    }

    public PipelineBuilder WithBatchSize(int batchSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        _options = _options with { BatchSize = batchSize };
        return this;
    }

    public Pipeline Build() => new(_options);
}
