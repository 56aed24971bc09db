namespace Crosscheck.Text;

/// <summary>Options for <see cref="TextAnalyzer"/>.</summary>
public sealed record TextAnalyzerOptions
{
    /// <summary>Defaults: baseline entity tagger, title analysed.</summary>
    public static TextAnalyzerOptions Default { get; } = new();

    /// <summary>The entity tagger; null means <see cref="BaselineEntityTagger"/>.</summary>
    public IEntityTagger? EntityTagger { get; init; }

    /// <summary>Also annotate the title span (<see cref="Model.ArticleMetadata.TitleSpan"/>) when present.</summary>
    public bool AnalyzeTitle { get; init; } = true;
}
