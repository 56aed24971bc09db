namespace Crosscheck.Model;

/// <summary>A token: a span, never a substring.</summary>
public readonly record struct Token(TextSpan Span, TokenKind Kind);
