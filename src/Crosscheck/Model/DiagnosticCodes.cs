namespace Crosscheck.Model;

/// <summary>The catalogue of stable diagnostic codes. Each message names what to do.</summary>
public static class DiagnosticCodes
{
    /// <summary>The file could not be opened or read.</summary>
    public const string Unreadable = "CC-ING-001";
    /// <summary>The file is empty or holds only white space.</summary>
    public const string Empty = "CC-ING-002";
    /// <summary>The file looks binary (NUL bytes or mostly control characters).</summary>
    public const string Binary = "CC-ING-003";
    /// <summary>The bytes are not valid in the detected encoding; replacement characters were used.</summary>
    public const string InvalidEncoding = "CC-ING-004";
    /// <summary>The file exceeds the maximum input size.</summary>
    public const string TooLarge = "CC-ING-005";
    /// <summary>A JSONL line is not a JSON object.</summary>
    public const string BadJsonLine = "CC-ING-006";
    /// <summary>A JSONL record has no text.</summary>
    public const string NoText = "CC-ING-007";
    /// <summary>The path does not exist.</summary>
    public const string NotFound = "CC-ING-008";
    /// <summary>The same content was already stored; the record was skipped.</summary>
    public const string Duplicate = "CC-ING-009";
    /// <summary>A feed is not well-formed XML or uses entities (a DTD is never processed); items before the error were kept.</summary>
    public const string BadFeed = "CC-ING-010";
    /// <summary>A WARC record header is malformed (no WARC version line, no or bad Content-Length, no header end).</summary>
    public const string BadWarcRecord = "CC-ING-011";
    /// <summary>A WARC record's Content-Length exceeds the remaining bytes or the record size limit; the record was skipped.</summary>
    public const string WarcRecordTruncated = "CC-ING-012";
    /// <summary>WARC records that are not HTML responses (requests, metadata, images, redirects) were skipped; a count.</summary>
    public const string WarcRecordsSkipped = "CC-ING-013";
    /// <summary>No article body could be extracted.</summary>
    public const string NoBody = "CC-EXT-001";
    /// <summary>No publication date was found; one was inferred or none is known.</summary>
    public const string NoDate = "CC-EXT-002";
    /// <summary>HTML nests deeper than the extractor's limit; deeper content was ignored.</summary>
    public const string TooDeep = "CC-EXT-003";
    /// <summary>Cross-checking one story failed on an internal error; the story was kept without facts and the others were checked.</summary>
    public const string StoryCheckFailed = "CC-FAC-001";
    /// <summary>A record could not be stored.</summary>
    public const string StoreFailed = "CC-STO-001";
    /// <summary>The saved story clusterer state could not be used (damaged, or the stored articles changed); the stories were clustered again from every stored article.</summary>
    public const string ClustererStateUnusable = "CC-STO-002";
    /// <summary>The reports could not be written to the output folder (a file there, no permission, disk full); what was stored stays stored.</summary>
    public const string ReportsNotWritten = "CC-REP-001";
    /// <summary>A labelled evaluation record is malformed (missing field, bad number or date); it was skipped.</summary>
    public const string BadLabelledRecord = "CC-EVA-001";
}
