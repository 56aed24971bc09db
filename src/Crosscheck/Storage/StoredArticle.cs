using Crosscheck.Model;

namespace Crosscheck.Storage;

/// <summary>A stored article with its arrival sequence number (the order articles were stored in).</summary>
public readonly record struct StoredArticle(long Seq, AnnotatedArticle Article);
