namespace Crosscheck.Model;

/// <summary>
/// A name form that one or more sources use for an entity, differing from its canonical name by
/// spelling rather than by being a shorter or longer form ("Mi" for "Min", "-yev" for "-ev").
/// </summary>
public sealed record NamingVariant(string EntityId, string Canonical, string Variant, IReadOnlyList<SourceRef> Sources);
