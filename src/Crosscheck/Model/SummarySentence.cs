namespace Crosscheck.Model;

/// <summary>A summary sentence with the articles it cites.</summary>
public sealed record SummarySentence(string Text, IReadOnlyList<ArticleId> ArticleIds, SourceRef Source);
