namespace Crosscheck.Model;

/// <summary>A date expression and its value anchored on the publication date.</summary>
/// <param name="Span">The expression as written ("on Sunday", "June 22–24").</param>
/// <param name="Value">Resolved value; null when it cannot be anchored (no publication date).</param>
/// <param name="IsRelative">True for expressions that needed the anchor ("Sunday", "last week").</param>
public sealed record DateMention(TextSpan Span, DateValue? Value, bool IsRelative);
