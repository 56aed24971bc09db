using Crosscheck.Model;

namespace Crosscheck.Pipeline;

/// <summary>What one ingest run did: counts plus every diagnostic, in input order.</summary>
public sealed record IngestReport(
    int Read,
    int Stored,
    int AlreadyStored,
    IReadOnlyList<ArticleId> StoredIds,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Inputs that could not be turned into a stored article.</summary>
    public int Failed => Diagnostics.Count(d => d.Severity == Severity.Error);
}
