namespace Crosscheck.Model;

/// <summary>The shape of an input record, detected from its content.</summary>
public enum SourceFormat
{
    Text,
    Html,
    Jsonl,
}
