using Crosscheck.Model;

namespace Crosscheck.Pipeline;

/// <summary>
/// The stories over a set of articles, and the articles as the story stage saw them (with
/// publication dates inferred from their story where none was stated): every article for
/// <see cref="Pipeline.AnalyzeStories"/>, the articles it read (those of the stories it checked)
/// for <see cref="Pipeline.AnalyzeStore"/>.
/// </summary>
public sealed record StoryAnalysis(IReadOnlyList<AnnotatedArticle> Articles, IReadOnlyList<StoryFindings> Stories)
{
    /// <summary>Stories whose stored findings were kept because their articles had not changed.</summary>
    public int Reused { get; init; }

    /// <summary>Stories that could not be cross-checked (kept without facts), one error each.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; init; } = [];
}
