namespace Crosscheck.Model;

public enum FactKind
{
    Quantity,
    Date,
    Event,
    Quote,
    Naming,
    /// <summary>A descriptive attribute of an entity: age or role.</summary>
    Attribute,
}

public enum FactStatus
{
    Corroborated,
    SingleSource,
    Conflicting,
    Compatible,
}

/// <summary>A place in an article that supports a statement.</summary>
public sealed record SourceRef(ArticleId ArticleId, TextSpan Span);

/// <summary>One reading of a fact: its normalised value, how a source wrote it, and where.</summary>
public sealed record FactVariant(string Value, string Text, IReadOnlyList<SourceRef> Sources);

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

/// <summary>An entity resolved across a story's articles.</summary>
public sealed record StoryEntity(
    string Id,
    string Name,
    EntityKind Kind,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<ArticleId> ArticleIds,
    IReadOnlyList<SourceRef> Mentions,
    IReadOnlyList<string> Titles);

/// <summary>A dated event on the story's timeline.</summary>
public sealed record TimelineEntry(DateValue Date, string Text, IReadOnlyList<SourceRef> Sources);

/// <summary>A summary sentence with the articles it cites.</summary>
public sealed record SummarySentence(string Text, IReadOnlyList<ArticleId> ArticleIds, SourceRef Source);

/// <summary>Everything Crosscheck concludes about one story.</summary>
public sealed record StoryFindings(
    StoryCluster Story,
    string Headline,
    IReadOnlyList<Family> Families,
    IReadOnlyList<StoryEntity> Entities,
    IReadOnlyList<TimelineEntry> Timeline,
    IReadOnlyList<Fact> Facts,
    IReadOnlyList<SummarySentence> Summary);
