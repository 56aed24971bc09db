namespace Crosscheck.Extract;

/// <summary>Options for <see cref="ArticleExtractor"/>.</summary>
/// <param name="Outlets">Host → outlet name table.</param>
public sealed record ExtractOptions(OutletDirectory Outlets)
{
    /// <summary>Deepest HTML element nesting visited; deeper content is ignored and reported.</summary>
    public int MaxHtmlDepth { get; init; } = 256;

    /// <summary>The clock that bounds publication dates: dates after its today (plus one day) are rejected as impossible.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    public static ExtractOptions Default { get; } = new(OutletDirectory.Default);
}
