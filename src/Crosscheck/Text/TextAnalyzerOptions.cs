namespace Crosscheck.Text;

/// <summary>Options for <see cref="TextAnalyzer"/>.</summary>
public sealed record TextAnalyzerOptions
{
    /// <summary>Defaults: the shipped entity model (baseline tagger when absent), title analysed.</summary>
    public static TextAnalyzerOptions Default { get; } = new();

    /// <summary>
    /// The entity tagger; null means the trained model in <see cref="TextAnalyzer.ShippedModelFolder"/>
    /// (<see cref="Ner.PerceptronEntityTagger"/>), or <see cref="BaselineEntityTagger"/> when that folder holds no model.
    /// </summary>
    public IEntityTagger? EntityTagger { get; init; }

    /// <summary>Also annotate the title span (<see cref="Model.ArticleMetadata.TitleSpan"/>) when present.</summary>
    public bool AnalyzeTitle { get; init; } = true;
}
