namespace Crosscheck.Text.Resolution;

/// <summary>Settings of <see cref="EntityResolver"/>. <see cref="Default"/> suits news stories.</summary>
public sealed record EntityResolverOptions
{
    public static EntityResolverOptions Default { get; } = new();

    /// <summary>
    /// Shortest word (in letters) that may differ by one edit (Damerau-Levenshtein) from its
    /// counterpart in a multi-word name. Default 4; shorter words must match exactly, except a
    /// single dropped letter when at least two other words of the name match exactly.
    /// </summary>
    public int MinFuzzyWordLength { get; init; } = 4;

    /// <summary>Shortest single-word name that may differ by one edit from another single-word name. Default 7.</summary>
    public int MinFuzzySingleWordLength { get; init; } = 7;

    /// <summary>Words at least this long may differ by two edits. Default 10.</summary>
    public int TwoEditWordLength { get; init; } = 10;

    /// <summary>
    /// Shortest name (letters and spaces of the folded key) that links to a form of another entity
    /// kind when one edit apart. Default 12; the entity then takes the majority kind.
    /// </summary>
    public int MinCrossKindLength { get; init; } = 12;

    /// <summary>Link "Name (ACR)" definitions and initialisms (UNGA ~ UN General Assembly). Default true.</summary>
    public bool MatchAcronyms { get; init; } = true;
}
