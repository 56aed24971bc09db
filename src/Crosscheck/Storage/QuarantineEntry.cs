using Crosscheck.Model;

namespace Crosscheck.Storage;

/// <summary>A quarantined diagnostic and when it was recorded (UTC, from the store's clock).</summary>
public sealed record QuarantineEntry(Diagnostic Diagnostic, DateTimeOffset RecordedAt);
