using Crosscheck.Model;

namespace Crosscheck.Evaluation;

/// <summary>A labelled story stream (items in time order), with the diagnostics of records that were skipped.</summary>
public sealed record LabelledCorpus(IReadOnlyList<LabelledItem> Items, IReadOnlyList<Diagnostic> Diagnostics);
