namespace Crosscheck.Model;

/// <summary>
/// An article plus its annotation layers. Layers are sorted by start offset and are never
/// changed in place; adding a layer makes a new instance (<c>with</c>).
/// </summary>
public sealed record AnnotatedArticle(Article Article)
{
    public IReadOnlyList<Sentence> Sentences { get; init; } = [];
    public IReadOnlyList<Token> Tokens { get; init; } = [];
    public IReadOnlyList<EntityMention> Entities { get; init; } = [];
    public IReadOnlyList<DateMention> Dates { get; init; } = [];
    public IReadOnlyList<QuantityMention> Quantities { get; init; } = [];

    public ArticleId Id => Article.Id;
    public string Text => Article.Text;
}
