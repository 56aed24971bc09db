namespace Crosscheck.Extract;

/// <summary>Thresholds of <see cref="BoilerplateRemover"/>'s content score.</summary>
public sealed record BoilerplateOptions
{
    /// <summary>Blocks scoring at least this are content.</summary>
    public double ContentThreshold { get; init; } = 1;

    /// <summary>Blocks scoring at most this are chrome.</summary>
    public double ChromeThreshold { get; init; } = -1;

    /// <summary>Blocks scoring at least this are prose that bounds the article's core.</summary>
    public double StrongThreshold { get; init; } = 2;

    /// <summary>Blocks with at least this many words are penalised less for interface vocabulary.</summary>
    public int LongBlockWords { get; init; } = 40;

    public static BoilerplateOptions Default { get; } = new();
}
