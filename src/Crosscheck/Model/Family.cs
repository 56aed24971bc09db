namespace Crosscheck.Model;

/// <summary>
/// Articles sharing one wire text: a family counts as one independent source.
/// </summary>
/// <param name="Origin">The agency named in bylines/datelines, else null.</param>
public sealed record Family(FamilyId Id, IReadOnlyList<ArticleId> ArticleIds, string? Origin = null);
