namespace Crosscheck.Stories;

/// <summary>
/// A span of time in hours since 0001-01-01 UTC. An article with an exact time is the instant
/// [t, t]; an article known only by its date is its whole (UTC) day [d, d + 24], so a date never
/// counts as farther than the day allows: articles dated on neighbouring days are 0 hours apart,
/// and k days apart are 24 (k - 1) hours apart. A story's range covers its members' ranges.
/// </summary>
internal readonly record struct TimeRange(double StartHours, double EndHours)
{
    /// <summary>The range of an article: its exact time when given, else its date's whole day, else none.</summary>
    public static TimeRange? Of(DateOnly? date, DateTimeOffset? exact)
    {
        if (exact is { } at)
        {
            var hours = at.UtcTicks / (double)TimeSpan.TicksPerHour;
            return new TimeRange(hours, hours);
        }

        return date is { } d ? new TimeRange(d.DayNumber * 24.0, (d.DayNumber + 1) * 24.0) : null;
    }

    /// <summary>Hours between the two ranges; 0 when they overlap or touch.</summary>
    public double GapHours(TimeRange other) => Math.Max(0, Math.Max(StartHours - other.EndHours, other.StartHours - EndHours));

    /// <summary>The smallest range covering both.</summary>
    public TimeRange Union(TimeRange other) =>
        new(Math.Min(StartHours, other.StartHours), Math.Max(EndHours, other.EndHours));
}
