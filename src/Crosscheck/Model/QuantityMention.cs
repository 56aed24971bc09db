namespace Crosscheck.Model;

/// <summary>A quantity: "at least 870 civilians" → 870, AtLeast, "civilians".</summary>
/// <param name="Span">The whole expression.</param>
/// <param name="Value">The number.</param>
/// <param name="Modifier">Bound or approximation.</param>
/// <param name="Unit">Unit or counted noun as written, lower-cased ("civilians", "percent", "countries"); null if none.</param>
/// <param name="NumberSpan">Just the number.</param>
public sealed record QuantityMention(TextSpan Span, decimal Value, QuantityModifier Modifier, string? Unit, TextSpan NumberSpan);
