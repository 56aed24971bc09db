namespace Crosscheck.Model;

public enum Severity
{
    Info,
    Warning,
    Error,
}
