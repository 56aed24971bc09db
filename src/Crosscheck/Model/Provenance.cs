namespace Crosscheck.Model;

/// <summary>Where a derived fact came from: which article, which characters, which stage.</summary>
/// <param name="ArticleId">The article the span points into.</param>
/// <param name="Span">Half-open UTF-16 offsets into that article's <see cref="Article.Text"/>.</param>
/// <param name="StageId">Versioned id of the producing stage, e.g. <c>text.dates/1</c>.</param>
public sealed record Provenance(ArticleId ArticleId, TextSpan Span, string StageId);
