namespace Crosscheck.Model;

/// <summary>Everything Crosscheck concludes about one story.</summary>
public sealed record StoryFindings(
    StoryCluster Story,
    string Headline,
    IReadOnlyList<Family> Families,
    IReadOnlyList<StoryEntity> Entities,
    IReadOnlyList<TimelineEntry> Timeline,
    IReadOnlyList<Fact> Facts,
    IReadOnlyList<SummarySentence> Summary);
