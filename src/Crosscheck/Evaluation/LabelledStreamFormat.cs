namespace Crosscheck.Evaluation;

/// <summary>File formats of labelled story streams.</summary>
public enum LabelledStreamFormat
{
    /// <summary>UCI News Aggregator CSV: ID, TITLE, URL, PUBLISHER, CATEGORY, STORY, HOSTNAME, TIMESTAMP (ms since the epoch).</summary>
    Uci,

    /// <summary>One JSON object a line: <c>id</c>, <c>title</c>, <c>text</c>, <c>published</c> (ISO), <c>outlet</c>, <c>label</c>.</summary>
    Jsonl,
}
