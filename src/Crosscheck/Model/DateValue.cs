namespace Crosscheck.Model;

/// <summary>A normalised date: inclusive [Start, End] days plus precision.</summary>
public readonly record struct DateValue(DateOnly Start, DateOnly End, DatePrecision Precision)
{
    public static DateValue Day(DateOnly day) => new(day, day, DatePrecision.Day);

    public override string ToString() => Precision switch
    {
        DatePrecision.Day => Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        DatePrecision.Month => Start.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
        DatePrecision.Year => Start.ToString("yyyy", System.Globalization.CultureInfo.InvariantCulture),
        _ => Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + ".." +
             End.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
    };
}
