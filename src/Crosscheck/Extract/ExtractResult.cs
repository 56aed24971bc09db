using Crosscheck.Model;

namespace Crosscheck.Extract;

/// <summary>The article extracted from one document (null if none could be) and what went wrong.</summary>
public sealed record ExtractResult(Article? Article, IReadOnlyList<Diagnostic> Diagnostics);
