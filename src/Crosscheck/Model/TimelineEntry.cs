namespace Crosscheck.Model;

/// <summary>A dated event on the story's timeline.</summary>
public sealed record TimelineEntry(DateValue Date, string Text, IReadOnlyList<SourceRef> Sources);
