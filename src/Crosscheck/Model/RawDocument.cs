namespace Crosscheck.Model;

/// <summary>
/// One input record as read, before extraction: its decoded text, a hash of its content and
/// where it came from. Never modified.
/// </summary>
/// <param name="SourcePath">The file it came from, as the user named it.</param>
/// <param name="Record">1-based record (line) number within a multi-record file, else null.</param>
/// <param name="Format">Detected format.</param>
/// <param name="Content">Decoded content: the text file, the HTML source, or a JSONL record's main text.</param>
/// <param name="ContentHash">SHA-256 hex of the record's bytes; the article id and de-duplication key.</param>
/// <param name="Hints">Metadata stated by the container, if any.</param>
public sealed record RawDocument(
    string SourcePath,
    long? Record,
    SourceFormat Format,
    string Content,
    string ContentHash,
    SourceHints? Hints = null)
{
    public ArticleId Id => ArticleId.FromContentHash(ContentHash);
}
