namespace Crosscheck.Facts;

/// <summary>Settings of the cross-checking stage.</summary>
public sealed record CrossCheckOptions
{
    public static CrossCheckOptions Default { get; } = new();

    /// <summary>Words either side of a number searched for the outcome it counts (killed, injured, ...).</summary>
    public int QuantityWindowWords { get; init; } = 8;

    /// <summary>Two numbers with the same key answer the same question only if the larger is at most this many times the smaller.</summary>
    public double SameQuestionRatio { get; init; } = 2.0;

    /// <summary>
    /// Small counts answer the same question when at most this far apart, whatever their ratio:
    /// "at least 3" and "5" killed are two readings of one toll.
    /// </summary>
    public decimal SameQuestionSlack { get; init; } = 3;

    /// <summary>Relative tolerance of "about"/rounded numbers when judging compatibility (0.1 = ±10%).</summary>
    public double ApproximateTolerance { get; init; } = 0.1;

    /// <summary>Dated events of the same class and participants further apart than this are different events, not a conflict.</summary>
    public int EventWindowDays { get; init; } = 3;

    /// <summary>Fewest words for a quoted passage to count as a quote claim (shorter ones are scare quotes).</summary>
    public int MinQuoteWords { get; init; } = 4;

    /// <summary>Word-set overlap (Jaccard) at which two quotes are the same quote.</summary>
    public double QuoteSimilarity { get; init; } = 0.6;

    /// <summary>Longest timeline entry text, in characters.</summary>
    public int MaxTimelineTextChars { get; init; } = 200;

    /// <summary>Longest headline composed from a first sentence when no article has a title.</summary>
    public int MaxHeadlineChars { get; init; } = 120;

    public int MinSummarySentences { get; init; } = 3;

    public int MaxSummarySentences { get; init; } = 6;

    /// <summary>MMR trade-off: weight of relevance against redundancy with sentences already chosen (0..1).</summary>
    public double SummaryRelevanceWeight { get; init; } = 0.7;

    /// <summary>Word-set overlap (Jaccard) at which another article's sentence supports a summary sentence.</summary>
    public double CitationOverlap { get; init; } = 0.5;

    /// <summary>Summary candidates shorter than this many words are skipped.</summary>
    public int MinSummaryWords { get; init; } = 8;

    /// <summary>Summary candidates longer than this many words are skipped.</summary>
    public int MaxSummaryWords { get; init; } = 60;
}
