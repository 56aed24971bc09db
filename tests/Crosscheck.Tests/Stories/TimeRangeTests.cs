using Crosscheck.Stories;

namespace Crosscheck.Tests.Stories;

public sealed class TimeRangeTests
{
    private static readonly DateOnly Day = new(2031, 3, 14);

    [Fact]
    public void A_date_is_its_whole_day_and_neighbouring_days_touch()
    {
        var today = TimeRange.Of(Day, null)!.Value;
        var tomorrow = TimeRange.Of(Day.AddDays(1), null)!.Value;
        var inThreeDays = TimeRange.Of(Day.AddDays(3), null)!.Value;

        Assert.Equal(24, today.EndHours - today.StartHours);
        Assert.Equal(0, today.GapHours(tomorrow));
        Assert.Equal(48, inThreeDays.GapHours(today));
    }

    [Fact]
    public void An_exact_time_wins_over_the_date_and_gaps_are_in_hours()
    {
        var morning = TimeRange.Of(Day, new DateTimeOffset(2031, 3, 14, 9, 0, 0, TimeSpan.Zero))!.Value;
        var evening = TimeRange.Of(Day, new DateTimeOffset(2031, 3, 14, 21, 30, 0, TimeSpan.Zero))!.Value;

        Assert.Equal(0, morning.EndHours - morning.StartHours);
        Assert.Equal(12.5, evening.GapHours(morning), 6);
        Assert.Equal(0, morning.Union(evening).GapHours(evening));
        Assert.Null(TimeRange.Of(null, null));
    }
}
