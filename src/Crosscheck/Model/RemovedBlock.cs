namespace Crosscheck.Model;

/// <summary>A block of the text classified as chrome (not article content).</summary>
public sealed record RemovedBlock(TextSpan Span, ChromeKind Kind);
