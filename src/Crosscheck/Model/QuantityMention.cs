namespace Crosscheck.Model;

/// <summary>A quantity: "killed at least 870 civilians" → 870, AtLeast, "civilians", event "killed".</summary>
/// <param name="Span">The whole expression.</param>
/// <param name="Value">The number.</param>
/// <param name="Modifier">Bound or approximation.</param>
/// <param name="Unit">Unit or counted noun as written, lower-cased ("civilians", "percent", "countries"); null if none.</param>
/// <param name="NumberSpan">Just the number.</param>
/// <param name="Event">
/// The event the quantity counts: the nearest event verb as written, lower-cased ("killed",
/// "approved", "abstained"), or event noun in the singular ("abstention", "death"), in the same
/// clause; null if none.
/// </param>
public sealed record QuantityMention(TextSpan Span, decimal Value, QuantityModifier Modifier, string? Unit, TextSpan NumberSpan, string? Event = null);
