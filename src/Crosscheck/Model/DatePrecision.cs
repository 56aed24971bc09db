namespace Crosscheck.Model;

/// <summary>How precise a normalised date is.</summary>
public enum DatePrecision
{
    Day,
    Month,
    Year,
    /// <summary>A range of days: <see cref="DateValue.Start"/> to <see cref="DateValue.End"/>, inclusive.</summary>
    Range,
    /// <summary>Vague ("a few months ago"): kept, but not placed on a timeline.</summary>
    Vague,
}
