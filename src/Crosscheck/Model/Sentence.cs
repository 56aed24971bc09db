namespace Crosscheck.Model;

/// <summary>A sentence of the body.</summary>
public readonly record struct Sentence(TextSpan Span);
