using System.Globalization;
using System.Text.RegularExpressions;

namespace Crosscheck.Extract;

/// <summary>
/// Reads full calendar dates (day, month and year) written in English news style
/// ("June 21, 2021", "Tuesday, 21 June 2021", "Feb. 1, 2021", "2021-06-21") from text and URLs.
/// </summary>
internal static partial class DateReader
{
    /// <summary>Longest line still considered a standalone date line.</summary>
    public const int MaxDateLineChars = 80;

    /// <summary>Parses a value that is a date and nothing else of substance (a meta tag, a date line).</summary>
    public static bool TryParseLoose(string value, out DateOnly date)
    {
        date = default;
        var v = value.AsSpan().Trim();
        if (v.IsEmpty)
        {
            return false;
        }
        var iso = IsoDate().Match(value);
        if (iso.Success && TryMake(iso.Groups["y"].ValueSpan, iso.Groups["m"].ValueSpan, iso.Groups["d"].ValueSpan, out date))
        {
            return true;
        }
        var written = WrittenDate().Match(value);
        return written.Success && TryFromWritten(written, out date);
    }

    /// <summary>
    /// True if the whole line is a date, optionally with a weekday, a "Published"/"Updated" label and a
    /// time of day ("Published: June 21, 2021 10:04 GMT").
    /// </summary>
    public static bool TryParseDateLine(ReadOnlySpan<char> line, out DateOnly date)
    {
        date = default;
        line = line.Trim().Trim('*').Trim('_').Trim();
        if (line.IsEmpty || line.Length > MaxDateLineChars)
        {
            return false;
        }
        foreach (var match in DateLine().EnumerateMatches(line))
        {
            if (match.Index == 0 && match.Length == line.Length)
            {
                string s = line.ToString();
                return TryParseLoose(s, out date);
            }
        }
        return false;
    }

    /// <summary>A date written in the path of a URL (/2021/06/21/, /2021-06-21/, /20210621/).</summary>
    public static bool TryFromUrl(string url, out DateOnly date)
    {
        date = default;
        var match = UrlDate().Match(url);
        while (match.Success)
        {
            if (TryMake(match.Groups["y"].ValueSpan, match.Groups["m"].ValueSpan, match.Groups["d"].ValueSpan, out date))
            {
                return true;
            }
            match = match.NextMatch();
        }
        var named = UrlNamedMonthDate().Match(url);
        return named.Success
            && int.TryParse(named.Groups["y"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out int year)
            && int.TryParse(named.Groups["d"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out int day)
            && TryMake(year, MonthNumber(named.Groups["m"].ValueSpan), day, out date);
    }

    /// <summary>
    /// Every full date written out in the text. Finds four-digit years first (rare in prose) and
    /// matches written dates only in a short window ending at each year, so cost follows the number
    /// of years rather than the length of the text.
    /// </summary>
    public static List<DateOnly> FindAll(string text)
    {
        var dates = new List<DateOnly>();
        var regex = WrittenDate();
        foreach (var year in Year().EnumerateMatches(text))
        {
            int end = year.Index + year.Length;
            int start = Math.Max(0, year.Index - YearWindowChars);
            var match = regex.Match(text, start, end - start);
            while (match.Success)
            {
                if (match.Index + match.Length == end && TryFromWritten(match, out var d))
                {
                    dates.Add(d);
                    break;
                }
                match = match.NextMatch();
            }
            if (end + 6 <= text.Length && text[end] is '-' or '/' or '.'
                && IsoDate().Match(text, year.Index, Math.Min(10, text.Length - year.Index)) is { Success: true } iso
                && TryMake(iso.Groups["y"].ValueSpan, iso.Groups["m"].ValueSpan, iso.Groups["d"].ValueSpan, out var isoDate))
            {
                dates.Add(isoDate);
            }
        }
        return dates;
    }

    /// <summary>Characters before a year searched for its month and day ("Wednesday, September 21, ").</summary>
    private const int YearWindowChars = 32;

    [GeneratedRegex(@"\b(?:19|20|21)\d{2}\b", RegexOptions.CultureInvariant)]
    private static partial Regex Year();

    private static bool TryFromWritten(Match m, out DateOnly date)
    {
        var month = m.Groups["m1"].Success ? m.Groups["m1"].ValueSpan : m.Groups["m2"].ValueSpan;
        var day = m.Groups["d1"].Success ? m.Groups["d1"].ValueSpan : m.Groups["d2"].ValueSpan;
        var year = m.Groups["y1"].Success ? m.Groups["y1"].ValueSpan : m.Groups["y2"].ValueSpan;
        date = default;
        int monthNumber = MonthNumber(month);
        return monthNumber > 0
            && int.TryParse(day, NumberStyles.None, CultureInfo.InvariantCulture, out int d)
            && int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out int y)
            && TryMake(y, monthNumber, d, out date);
    }

    private static int MonthNumber(ReadOnlySpan<char> name)
    {
        if (name.Length < 3)
        {
            return 0;
        }
        ReadOnlySpan<char> p = name[..3];
        string[] months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
        for (int i = 0; i < months.Length; i++)
        {
            if (p.Equals(months[i], StringComparison.OrdinalIgnoreCase))
            {
                return i + 1;
            }
        }
        return 0;
    }

    private static bool TryMake(ReadOnlySpan<char> y, ReadOnlySpan<char> m, ReadOnlySpan<char> d, out DateOnly date)
    {
        date = default;
        return int.TryParse(y, NumberStyles.None, CultureInfo.InvariantCulture, out int year)
            && int.TryParse(m, NumberStyles.None, CultureInfo.InvariantCulture, out int month)
            && int.TryParse(d, NumberStyles.None, CultureInfo.InvariantCulture, out int day)
            && TryMake(year, month, day, out date);
    }

    private static bool TryMake(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (year < 1900 || year > 2199 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }
        date = new DateOnly(year, month, day);
        return true;
    }

    private const string Month = "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)";
    private const string Weekday = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)";

    [GeneratedRegex(@"\b(?<m1>" + Month + @")\.?\s+(?<d1>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y1>(?:19|20|21)\d{2})\b|\b(?<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<m2>" + Month + @")\.?,?\s+(?<y2>(?:19|20|21)\d{2})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WrittenDate();

    [GeneratedRegex(@"\b(?<y>(?:19|20|21)\d{2})[-/.](?<m>\d{1,2})[-/.](?<d>\d{1,2})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"/(?<y>(?:19|20)\d{2})[/-]?(?<m>[01]\d)[/-]?(?<d>[0-3]\d)(?=[/\-_.]|$)|/(?<y>(?:19|20)\d{2})/(?<m>\d{1,2})/(?<d>\d{1,2})/|[-_](?<y>(?:19|20)\d{2})(?<m>[01]\d)(?<d>[0-3]\d)(?=/|$|\.html?\b)", RegexOptions.CultureInvariant)]
    private static partial Regex UrlDate();

    [GeneratedRegex(@"/(?<y>(?:19|20)\d{2})/(?<m>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*/(?<d>\d{1,2})/", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UrlNamedMonthDate();

    [GeneratedRegex(@"(?:(?:published|posted|updated|last updated|date|first published)(?:\s+on)?\s*[:\-–|]?\s*)?(?:" + Weekday + @"\.?,?\s+)?(?:" + Month + @"\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + Month + @"\.?,?\s+\d{4}|\d{4}-\d{2}-\d{2})(?:\s*(?:,|at|-|–|\||/)?\s*\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,5}|UTC[+-]\d{1,2}|GMT[+-]\d{1,2})?)?\.?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateLine();
}
