namespace Crosscheck.Model;

/// <summary>Where a diagnostic happened: a path, an optional record (line) number and byte offset.</summary>
public sealed record DiagnosticLocation(string Path, long? Record = null, long? ByteOffset = null)
{
    public override string ToString() =>
        Path + (Record is { } r ? $" line {r}" : "") + (ByteOffset is { } b ? $" @ byte {b}" : "");
}
