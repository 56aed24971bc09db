namespace Crosscheck.Extract;

/// <summary>The range a publication date must fall in to be believed (inclusive).</summary>
internal readonly record struct DateBounds(DateOnly Earliest, DateOnly Latest)
{
    /// <summary>The first year of web news; stated dates before it are template defaults or typos.</summary>
    public static readonly DateOnly WebNewsEpoch = new(1995, 1, 1);

    public static DateBounds Unbounded { get; } = new(DateOnly.MinValue, DateOnly.MaxValue);

    /// <summary>From 1995 to one day after <paramref name="now"/> (a page dated in the future by its time zone is still believed).</summary>
    public static DateBounds Until(DateTimeOffset now) => new(WebNewsEpoch, DateOnly.FromDateTime(now.UtcDateTime).AddDays(1));

    public bool Contains(DateOnly date) => date >= Earliest && date <= Latest;
}
