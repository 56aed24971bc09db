namespace Crosscheck.Ingest;

/// <summary>Limits for <see cref="InputReader"/>.</summary>
public sealed record IngestOptions
{
    /// <summary>Files larger than this many bytes are refused with a <c>TooLarge</c> diagnostic, unread.</summary>
    public long MaxBytes { get; init; } = 32 * 1024 * 1024;

    /// <summary>Maximum nesting depth accepted in a JSONL record.</summary>
    public int MaxJsonDepth { get; init; } = 64;

    /// <summary>WARC records whose Content-Length is over this many bytes are skipped with a diagnostic.</summary>
    public long MaxWarcRecordBytes { get; init; } = 16 * 1024 * 1024;

    public static IngestOptions Default { get; } = new();
}
