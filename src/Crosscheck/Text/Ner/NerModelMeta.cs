namespace Crosscheck.Text.Ner;

/// <summary>The <c>meta.json</c> beside a model's weights.</summary>
public sealed record NerModelMeta
{
    public required string Name { get; init; }
    public required string Version { get; init; }
    /// <summary>The model file format this engine reads; a loader refuses any other.</summary>
    public required int FormatVersion { get; init; }
    public required IReadOnlyList<string> Labels { get; init; }
    /// <summary>SHA-256 over the training files' bytes, in training order, then the unlabelled texts of <see cref="CommonWordSources"/> (UTF-8).</summary>
    public required string TrainingDataHash { get; init; }
    public required IReadOnlyList<string> TrainingCorpora { get; init; }
    public required int Features { get; init; }
    /// <summary>The unlabelled text the common-word lexicon was learned from, besides the training corpora.</summary>
    public IReadOnlyList<string> CommonWordSources { get; init; } = [];
    /// <summary>Words in the common-word lexicon (<see cref="CommonWords"/>).</summary>
    public int CommonWords { get; init; }
    /// <summary>Names in the list of names the training data types (<see cref="KnownNames"/>).</summary>
    public int KnownNames { get; init; }
    /// <summary>Micro F1 on each held-out set at training time.</summary>
    public IReadOnlyDictionary<string, double> HeldOutF1 { get; init; } = new Dictionary<string, double>();
}
