namespace Crosscheck.Model;

public enum Severity
{
    Info,
    Warning,
    Error,
}

/// <summary>Where a diagnostic happened: a path, an optional record (line) number and byte offset.</summary>
public sealed record DiagnosticLocation(string Path, long? Record = null, long? ByteOffset = null)
{
    public override string ToString() =>
        Path + (Record is { } r ? $" line {r}" : "") + (ByteOffset is { } b ? $" @ byte {b}" : "");
}

/// <summary>
/// Expected bad input, reported as data. <paramref name="Code"/> is a stable code from
/// <see cref="DiagnosticCodes"/>.
/// </summary>
public sealed record Diagnostic(string Code, Severity Severity, string Message, DiagnosticLocation Location)
{
    public override string ToString() => $"{Location}: {Message} ({Code})";
}
