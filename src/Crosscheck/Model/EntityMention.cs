namespace Crosscheck.Model;

/// <summary>One mention of a named entity in one article.</summary>
/// <param name="Span">The name as written.</param>
/// <param name="Kind">Entity type.</param>
/// <param name="Score">Tagger confidence in [0, 1].</param>
/// <param name="Title">A title or role written before the name ("Russian Defense Minister"), if any.</param>
public sealed record EntityMention(TextSpan Span, EntityKind Kind, float Score, string? Title = null);
