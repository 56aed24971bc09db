namespace Crosscheck.Model;

/// <summary>One reading of a fact: its normalised value, how a source wrote it, and where.</summary>
public sealed record FactVariant(string Value, string Text, IReadOnlyList<SourceRef> Sources);
