namespace Crosscheck.Model;

/// <summary>
/// Expected bad input, reported as data. <paramref name="Code"/> is a stable code from
/// <see cref="DiagnosticCodes"/>.
/// </summary>
public sealed record Diagnostic(string Code, Severity Severity, string Message, DiagnosticLocation Location)
{
    public override string ToString() => $"{Location}: {Message} ({Code})";
}
