namespace Crosscheck.Model;

/// <summary>
/// A fact of a story, aligned across its articles.
/// </summary>
/// <param name="Id">Stable within the story.</param>
/// <param name="Subject">What the fact is about, e.g. "civilians killed", "UN General Assembly vote".</param>
/// <param name="IndependentSources">Number of distinct families supporting any variant.</param>
/// <param name="Explanation">One line on why the status was given.</param>
public sealed record Fact(
    string Id,
    FactKind Kind,
    string Subject,
    FactStatus Status,
    IReadOnlyList<FactVariant> Variants,
    int IndependentSources,
    string Explanation);
