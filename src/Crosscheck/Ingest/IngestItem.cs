using Crosscheck.Model;

namespace Crosscheck.Ingest;

/// <summary>One result of reading input: a document or a diagnostic (exactly one is non-null).</summary>
public sealed record IngestItem(RawDocument? Document, Diagnostic? Diagnostic)
{
    public static IngestItem Of(RawDocument document) => new(document, null);

    public static IngestItem Of(Diagnostic diagnostic) => new(null, diagnostic);
}
