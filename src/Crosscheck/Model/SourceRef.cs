namespace Crosscheck.Model;

/// <summary>A place in an article that supports a statement.</summary>
public sealed record SourceRef(ArticleId ArticleId, TextSpan Span);
