using Crosscheck.Model;

namespace Crosscheck.Evaluation;

/// <summary>A generated, pre-analysed article with its true story and wire-copy family (generator numbers).</summary>
public sealed record SyntheticArticle(AnnotatedArticle Article, int Story, int Family);
