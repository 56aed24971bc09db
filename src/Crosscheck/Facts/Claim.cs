using Crosscheck.Model;

namespace Crosscheck.Facts;

/// <summary>
/// One structured statement read from one sentence of one article. Claims answering the same
/// question (same <see cref="Kind"/> and <see cref="Key"/>) are aligned into a <see cref="Fact"/>.
/// </summary>
/// <param name="Kind">What is claimed.</param>
/// <param name="Key">Normalised question key, e.g. <c>killed:people</c>, <c>vote:for</c>, <c>event:arrival</c>.</param>
/// <param name="Value">Normalised answer, e.g. <c>at least 870</c>, <c>2021-06-18</c>; equal values agree.</param>
/// <param name="Text">The answer as the source wrote it.</param>
/// <param name="ArticleId">The article the claim was read from.</param>
/// <param name="Sentence">The sentence holding the claim (half-open UTF-16 offsets into the article text).</param>
/// <param name="Span">The words carrying the answer (a quantity, a date, a quote), inside <paramref name="Sentence"/>.</param>
public sealed record Claim(
    ClaimKind Kind,
    string Key,
    string Value,
    string Text,
    ArticleId ArticleId,
    TextSpan Sentence,
    TextSpan Span)
{
    /// <summary>Readable subject of the question: "people killed", "vote in favour".</summary>
    public string Subject { get; init; } = "";

    /// <summary>The entity the question hinges on, when known: voting body, speaker, actor.</summary>
    public string? Anchor { get; init; }

    /// <summary>Resolved entities mentioned in the sentence (outside quotes).</summary>
    public IReadOnlyList<ClaimParticipant> Participants { get; init; } = [];

    /// <summary>The resolved date of the claim's event or sentence, if any.</summary>
    public DateValue? Date { get; init; }

    /// <summary>
    /// The sentence the <see cref="Date"/> was read from when it is not <see cref="Sentence"/>
    /// ("He met Y. On Monday they discussed …"); null when the claim's own sentence dates it.
    /// </summary>
    public SourceRef? DateSource { get; init; }

    /// <summary>The number of a quantity or vote claim.</summary>
    public decimal? Number { get; init; }

    /// <summary>How <see cref="Number"/> is bounded.</summary>
    public QuantityModifier Modifier { get; init; }

    /// <summary>The sentence as a source reference.</summary>
    public SourceRef Source => new(ArticleId, Sentence);
}
