namespace Crosscheck.Model;

/// <summary>The shape of an input record, detected from its content.</summary>
public enum SourceFormat
{
    Text,
    Html,
    Jsonl,
    /// <summary>A JSON document: one article object (news-please writes one file per article) or an array of them.</summary>
    Json,
    /// <summary>An RSS 2.0 or Atom 1.0 feed; each item becomes a <see cref="Html"/> or <see cref="Text"/> document.</summary>
    Feed,
    /// <summary>A WARC archive; each HTML response record becomes an <see cref="Html"/> document.</summary>
    Warc,
}
