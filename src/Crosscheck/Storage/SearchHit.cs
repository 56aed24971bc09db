namespace Crosscheck.Storage;

/// <summary>One full-text search result.</summary>
/// <param name="Kind"><c>"article"</c> or <c>"story"</c>.</param>
/// <param name="Id">The article or story id.</param>
/// <param name="Title">Article title (or id when it has none) or story headline.</param>
/// <param name="Snippet">Matching excerpt; matched terms are wrapped in <c>[</c> and <c>]</c>.</param>
/// <param name="Rank">FTS5 bm25 score: lower (more negative) is a better match. Hits are sorted best first.</param>
public sealed record SearchHit(string Kind, string Id, string Title, string Snippet, double Rank)
{
    public const string ArticleKind = "article";
    public const string StoryKind = "story";
}
