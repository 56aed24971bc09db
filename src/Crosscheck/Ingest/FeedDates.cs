using System.Globalization;

namespace Crosscheck.Ingest;

/// <summary>
/// Parses feed dates: RFC 822 / RFC 1123 (<c>Tue, 10 Jun 2003 04:00:00 GMT</c>, numeric or US
/// zone names, two- or four-digit years) as RSS uses, and ISO 8601 as Atom uses.
/// </summary>
internal static class FeedDates
{
    private static readonly string[] Rfc822Formats =
    [
        "d MMM yyyy HH:mm:ss", "d MMM yyyy HH:mm", "d MMM yy HH:mm:ss", "d MMM yy HH:mm",
        "d MMMM yyyy HH:mm:ss", "d MMMM yyyy HH:mm",
    ];

    public static bool TryParse(string value, out DateTimeOffset date)
    {
        var s = value.AsSpan().Trim();
        int comma = s.IndexOf(',');
        if (comma is > 0 and <= 10)
        {
            s = s[(comma + 1)..].TrimStart();
        }
        int space = s.LastIndexOf(' ');
        if (space > 0
            && TryZone(s[(space + 1)..], out var offset)
            && DateTime.TryParseExact(s[..space], Rfc822Formats, CultureInfo.InvariantCulture,
                DateTimeStyles.AllowWhiteSpaces, out var local))
        {
            date = new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), offset);
            return true;
        }
        return JsonlRecordReader.TryParseDate(value, out date);
    }

    private static bool TryZone(ReadOnlySpan<char> zone, out TimeSpan offset)
    {
        int hours = zone switch
        {
            "GMT" or "UT" or "UTC" or "Z" => 0,
            "EDT" => -4,
            "EST" or "CDT" => -5,
            "CST" or "MDT" => -6,
            "MST" or "PDT" => -7,
            "PST" => -8,
            _ => int.MinValue,
        };
        if (hours != int.MinValue)
        {
            offset = TimeSpan.FromHours(hours);
            return true;
        }
        offset = default;
        if (zone.Length is not (5 or 6) || zone[0] is not ('+' or '-'))
        {
            return false;
        }
        var digits = zone.Length == 6 && zone[3] == ':' ? string.Concat(zone[1..3], zone[4..]) : zone[1..].ToString();
        if (digits.Length != 4
            || !int.TryParse(digits.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int h)
            || !int.TryParse(digits.AsSpan(2, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int m)
            || h > 14 || m > 59)
        {
            return false;
        }
        offset = new TimeSpan(h, m, 0) * (zone[0] == '-' ? -1 : 1);
        return true;
    }
}
