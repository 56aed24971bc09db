using Crosscheck.Model;

namespace Crosscheck.Extract;

/// <summary>The article extracted from one document (null if none could be), what went wrong, and which strategy produced the body.</summary>
public sealed record ExtractResult(Article? Article, IReadOnlyList<Diagnostic> Diagnostics)
{
    public ExtractionStrategy Strategy { get; init; } = ExtractionStrategy.PlainText;
}
