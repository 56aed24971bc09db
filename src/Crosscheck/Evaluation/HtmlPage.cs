using Crosscheck.Model;

namespace Crosscheck.Evaluation;

/// <summary>One page of an <see cref="HtmlPageSet"/>: its file id, the decoded document (null if unreadable) and decoding diagnostics.</summary>
public sealed record HtmlPage(string Id, RawDocument? Document, IReadOnlyList<Diagnostic> Diagnostics);
