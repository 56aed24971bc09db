using System.Globalization;
using Crosscheck.Model;

namespace Crosscheck.Text;

/// <summary>
/// Finds date expressions in sentences and resolves them against an anchor (normally the
/// publication date).
/// </summary>
/// <remarks>
/// <para>Absolute forms: "June 22, 2021", "Tuesday, June 22, 2021", "22 June 2021", "2021-06-22",
/// "June 2021" (month), "in 2020" (year), "June 22–24" (range). Forms without a year ("Feb. 1",
/// "June 20") take the year from the anchor.</para>
/// <para>Weekdays, bare months and year-less days are past-preferring: the most recent one on or
/// before the anchor (the anchor's own weekday is the anchor day). When the sentence looks
/// ahead (will, would, next, upcoming, "is due to", "to be held", "kicking off", starting, ...)
/// they resolve to the next occurrence on or after the anchor. "last"/"next" force strictly
/// before/after.</para>
/// <para>Relative forms: today, yesterday, tomorrow, last/this/next week (Monday–Sunday range),
/// month, year; "N days/weeks/months/years ago"; "the past N days" (range); "the previous day",
/// "a day later", "the following day" (a day before or after the sentence's last day, else the
/// anchor); vague forms ("a few
/// months ago", "recently", "in recent weeks") get <see cref="DatePrecision.Vague"/> with a
/// plausible window. Without an anchor, relative forms keep a null value.</para>
/// Thread-safe; all tables are built in the constructor.
/// </remarks>
public sealed class DateNormalizer
{
    public const string StageId = "text.dates/4";

    private readonly WordMap<int> _months;
    private readonly WordMap<DayOfWeek> _weekdays;
    private readonly WordMap<int> _smallNumbers;
    private readonly WordMap<DateUnit> _units;
    private readonly WordSet _futureCues;
    private readonly WordSet _pastVerbs;
    private readonly WordSet _clauseOpeners;
    private readonly WordSet _extendingVerbs;
    private readonly WordSet _vagueCounts;
    private readonly WordSet _mayContext;

    public DateNormalizer()
    {
        string[] monthNames =
        [
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december",
        ];
        var months = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var m = 0; m < 12; m++)
        {
            months[monthNames[m]] = m + 1;
            if (monthNames[m].Length > 3)
            {
                months[monthNames[m][..3]] = m + 1;
            }
        }

        months["sept"] = 9;
        _months = new WordMap<int>(months);

        var weekdays = new Dictionary<string, DayOfWeek>(StringComparer.OrdinalIgnoreCase);
        foreach (var day in Enum.GetValues<DayOfWeek>())
        {
            weekdays[day.ToString()] = day;
        }

        _weekdays = new WordMap<DayOfWeek>(weekdays);

        string[] small = ["a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
        var smallNumbers = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var n = 0; n < small.Length; n++)
        {
            smallNumbers[small[n]] = Math.Max(1, n - 1);
        }

        smallNumbers["eighteen"] = 18;
        smallNumbers["fifteen"] = 15;
        smallNumbers["twenty"] = 20;
        smallNumbers["thirty"] = 30;
        _smallNumbers = new WordMap<int>(smallNumbers);

        _units = new WordMap<DateUnit>(new Dictionary<string, DateUnit>(StringComparer.OrdinalIgnoreCase)
        {
            ["day"] = DateUnit.Day, ["days"] = DateUnit.Day,
            ["week"] = DateUnit.Week, ["weeks"] = DateUnit.Week,
            ["month"] = DateUnit.Month, ["months"] = DateUnit.Month,
            ["year"] = DateUnit.Year, ["years"] = DateUnit.Year,
            ["decade"] = DateUnit.Decade, ["decades"] = DateUnit.Decade,
        });
        _futureCues = new WordSet(EnglishVocabulary.FutureCues);
        _pastVerbs = new WordSet(EnglishVocabulary.IrregularPastVerbs);
        _extendingVerbs = new WordSet(["extended", "extends", "extend", "prolonged", "postponed", "adjourned", "deferred", "delayed"]);
        _clauseOpeners = new WordSet(["and", "but", "after", "before", "while", "when", "because", "although", "though", "whereas", "which", "who", "that", "since", "as", "until"]);
        _vagueCounts = new WordSet(["few", "several", "some", "many", "couple", "number"]);
        _mayContext = new WordSet(["in", "since", "until", "till", "by", "early", "late", "mid", "last", "next", "this", "of", "during", "from", "through", "before", "after", "end", "since"]);
    }

    private enum DateUnit
    {
        Day,
        Week,
        Month,
        Year,
        Decade,
    }

    /// <summary>Finds and resolves the date expressions of <paramref name="sentences"/>.</summary>
    /// <param name="text">The article text all spans point into.</param>
    /// <param name="sentences">Sentences, sorted.</param>
    /// <param name="tokens">Tokens of those sentences, sorted.</param>
    /// <param name="anchor">The publication date; null leaves relative expressions unresolved.</param>
    /// <param name="anchorIsLowerBound">
    /// The anchor is only the earliest possible publication date (inferred from the latest date the
    /// text mentions): a bare weekday then resolves to its nearest occurrence around the anchor
    /// rather than to the most recent one before it.
    /// </param>
    public IReadOnlyList<DateMention> Find(
        string text, IReadOnlyList<Sentence> sentences, IReadOnlyList<Token> tokens, DateOnly? anchor, bool anchorIsLowerBound = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(tokens);
        if (anchor is { Year: < 2 or > 9990 })
        {
            anchor = null; // an implausible anchor cannot place anything; treat as unknown
        }

        var view = new TokenView(text, tokens);
        var result = new List<DateMention>();
        var ranges = TokenView.TokenRanges(sentences, tokens);
        foreach (var (first, end) in ranges)
        {
            var future = LooksAhead(view, first, end);
            var floor = first;
            var i = first;
            var sentenceStart = result.Count;
            while (i < end)
            {
                if (MatchDayShift(view, i, end, DayBefore(result, sentenceStart), anchor) is { } shifted)
                {
                    result.Add(shifted.Mention);
                    floor = shifted.Next;
                    i = shifted.Next;
                    continue;
                }

                var context = new Context(view, floor, end, anchor, future, anchorIsLowerBound);
                if (TryMatch(context, i, out var mention, out var next))
                {
                    if (future && ClauseLooksBack(view, first, end, i))
                    {
                        // "were cancelled on Thursday after … a strike that is due to end on Saturday":
                        // the cue of another clause does not move a day its own past-tense clause places.
                        TryMatch(context with { Future = false }, i, out mention, out next);
                    }
                    else if (!future && i - 1 > first && (view.Is(i - 1, "until") || view.Is(i - 1, "till")) &&
                        (!ClauseHasPastVerb(view, first, end, i - 2) || ClauseHasExtendingVerb(view, first, end, i - 2)))
                    {
                        // "The strike runs until Saturday": an end not yet reached lies ahead; so does
                        // the end a past decision set ("extended the alert until Friday").
                        TryMatch(context with { Future = true }, i, out mention, out next);
                    }

                    result.Add(mention);
                    floor = next;
                    i = next;
                }
                else
                {
                    i++;
                }
            }
        }

        return result;
    }

    /// <summary>The last day-precise date found in the current sentence, if any.</summary>
    private static DateOnly? DayBefore(List<DateMention> result, int sentenceStart)
    {
        for (var k = result.Count - 1; k >= sentenceStart; k--)
        {
            if (result[k].Value is { Precision: DatePrecision.Day } day)
            {
                return day.Start;
            }
        }

        return null;
    }

    /// <summary>
    /// "the previous day", "the day before", "a day earlier" (−1); "the following day", "the next
    /// day", "the day after", "a day later" (+1), from the sentence's last day, else the anchor.
    /// "on Monday, a day after the storm hit" / "two days before the vote" date the event named
    /// after them from the sentence's day (−1 / +2); without a day in the sentence they are left
    /// unread ("the attack, which came two days after …" counts from an undated event).
    /// </summary>
    private (DateMention Mention, int Next)? MatchDayShift(TokenView v, int i, int end, DateOnly? sentenceDay, DateOnly? anchor)
    {
        if (i + 2 >= end)
        {
            return null;
        }

        if (sentenceDay is { } day && MatchDaysFrom(v, i, end) is { } from)
        {
            return (new DateMention(new TextSpan(v.Span(i).Start, v.Span(i + 2).End), DateValue.Day(day.AddDays(from)), true), i + 3);
        }

        if (!(v.Is(i, "the") || v.Is(i, "a")))
        {
            return null;
        }

        var reference = sentenceDay ?? anchor;
        int delta;
        if (v.Is(i, "the") && (v.Is(i + 1, "previous") || v.Is(i + 1, "following") || v.Is(i + 1, "next")) && v.Is(i + 2, "day"))
        {
            delta = v.Is(i + 1, "previous") ? -1 : 1;
        }
        else if (v.Is(i, "the") && v.Is(i + 1, "day") && (v.Is(i + 2, "before") || v.Is(i + 2, "after"))
            && (i + 3 >= end || v.Kind(i + 3) != TokenKind.Word))
        {
            delta = v.Is(i + 2, "before") ? -1 : 1;
        }
        else if (v.Is(i, "a") && v.Is(i + 1, "day") && (v.Is(i + 2, "earlier") || v.Is(i + 2, "later")))
        {
            delta = v.Is(i + 2, "earlier") ? -1 : 1;
        }
        else
        {
            return null;
        }

        DateValue? value = reference is { } r ? DateValue.Day(r.AddDays(delta)) : null;
        return (new DateMention(new TextSpan(v.Span(i).Start, v.Span(i + 2).End), value, true), i + 3);
    }

    /// <summary>"a day after X", "two days before X", "the day after X": the day of X from the sentence's day, or null.</summary>
    private int? MatchDaysFrom(TokenView v, int i, int end)
    {
        if (i + 3 >= end || v.Kind(i + 3) != TokenKind.Word || !(v.Is(i + 2, "after") || v.Is(i + 2, "before")))
        {
            return null;
        }

        int count;
        if (v.Is(i, "a") || v.Is(i, "the") || v.Is(i, "one"))
        {
            count = v.Is(i + 1, "day") ? 1 : 0;
        }
        else
        {
            var read = v.Kind(i) == TokenKind.Number
                ? int.TryParse(v[i], NumberStyles.None, CultureInfo.InvariantCulture, out count)
                : _smallNumbers.TryGetValue(v[i], out count);
            count = read && count is > 1 and <= 31 && v.Is(i + 1, "days") ? count : 0;
        }

        if (count == 0)
        {
            return null;
        }

        return v.Is(i + 2, "after") ? -count : count;
    }

    private readonly record struct Context(TokenView View, int Floor, int End, DateOnly? Anchor, bool Future, bool AnchorIsLowerBound = false);

    private bool LooksAhead(TokenView view, int first, int end)
    {
        for (var i = first; i < end; i++)
        {
            if (view.Kind(i) != TokenKind.Word)
            {
                continue;
            }

            var word = view[i];
            if (_futureCues.Contains(word) || word.EndsWith("'ll", StringComparison.OrdinalIgnoreCase) || word.EndsWith("’ll", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (i + 1 < end && word.Equals("due", StringComparison.OrdinalIgnoreCase) && view.Is(i + 1, "to") && i > first
                && (view.Is(i - 1, "is") || view.Is(i - 1, "are")))
            {
                return true;
            }

            if (i + 2 < end && word.Equals("to", StringComparison.OrdinalIgnoreCase) && view.Is(i + 1, "be")
                && view[i + 2].EndsWith("ed", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The clause around token <paramref name="at"/> (between punctuation and clause-opening words)
    /// has a past-tense verb and no future cue of its own.
    /// </summary>
    private bool ClauseLooksBack(TokenView view, int first, int end, int at)
    {
        var (start, stop) = ClauseAround(view, first, end, at);
        return !LooksAhead(view, start, stop) && HasPastVerb(view, start, stop);
    }

    /// <summary>The clause around token <paramref name="at"/> has a past-tense verb.</summary>
    private bool ClauseHasPastVerb(TokenView view, int first, int end, int at)
    {
        var (start, stop) = ClauseAround(view, first, end, at);
        return HasPastVerb(view, start, stop);
    }

    /// <summary>A verb that moves an end forward ("extended", "postponed", "adjourned") in the clause around <paramref name="at"/>.</summary>
    private bool ClauseHasExtendingVerb(TokenView view, int first, int end, int at)
    {
        var (start, stop) = ClauseAround(view, first, end, at);
        for (var k = start; k < stop; k++)
        {
            if (view.Kind(k) == TokenKind.Word && _extendingVerbs.Contains(view[k]))
            {
                return true;
            }
        }

        return false;
    }

    private (int Start, int Stop) ClauseAround(TokenView view, int first, int end, int at)
    {
        var start = at;
        while (start > first && !IsClauseBoundary(view, start - 1))
        {
            start--;
        }

        var stop = at + 1;
        while (stop < end && !IsClauseBoundary(view, stop))
        {
            stop++;
        }

        return (start, stop);
    }

    private bool HasPastVerb(TokenView view, int start, int stop)
    {
        for (var k = start; k < stop; k++)
        {
            if (view.Kind(k) == TokenKind.Word && IsPastVerb(view, k, start))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsClauseBoundary(TokenView view, int k) =>
        view.Kind(k) == TokenKind.Word ? _clauseOpeners.Contains(view[k]) : view[k] is "," or ";" or ":" or "—" or "–" or "(" or ")" or "\"" or "“" or "”";

    /// <summary>A simple past or past participle not made present by "is"/"are"/"be" before it ("is expected").</summary>
    private bool IsPastVerb(TokenView view, int k, int floor)
    {
        var word = view[k];
        var past = _pastVerbs.Contains(word) ||
            (word.Length > 4 && word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !word.EndsWith("eed", StringComparison.OrdinalIgnoreCase) && char.IsLower(word[0]));
        return past && !(k > floor && (view.Is(k - 1, "is") || view.Is(k - 1, "are") || view.Is(k - 1, "be") || view.Is(k - 1, "am")));
    }

    private bool TryMatch(Context c, int i, out DateMention mention, out int next)
    {
        mention = null!;
        next = i;
        var v = c.View;
        if (v.Kind(i) == TokenKind.Word)
        {
            var word = v.WithoutPossessive(i);
            if (v.IsCapitalized(i) && _weekdays.TryGetValue(word, out var weekday))
            {
                return MatchWeekday(c, i, weekday, out mention, out next);
            }

            if (v.IsCapitalized(i) && TryMonth(c, i, out var month))
            {
                return MatchMonth(c, i, i, month, out mention, out next);
            }

            if (word.StartsWith("mid-", StringComparison.OrdinalIgnoreCase) && _months.TryGetValue(word[4..], out var midMonth) && word.Length > 6)
            {
                return MatchMonth(c, i, i, midMonth, out mention, out next);
            }

            return MatchRelative(c, i, out mention, out next);
        }

        if (v.Kind(i) == TokenKind.Number)
        {
            return MatchNumber(c, i, out mention, out next);
        }

        return false;
    }

    private bool TryMonth(Context c, int i, out int month)
    {
        var v = c.View;
        var word = v[i];
        if (!_months.TryGetValue(word, out month))
        {
            return false;
        }

        var hasFollowingNumber = i + 1 < c.End && (v.Kind(i + 1) == TokenKind.Number || (v[i + 1] is "." && i + 2 < c.End && v.Kind(i + 2) == TokenKind.Number));
        if (month == 5 && word.Equals("May", StringComparison.Ordinal))
        {
            // "May" is also a modal verb and a surname: only with a number or a temporal word before it.
            return hasFollowingNumber || (i > c.Floor && _mayContext.Contains(v[i - 1]));
        }

        if (word.Length <= 4 && !word.Equals("june", StringComparison.OrdinalIgnoreCase) && !word.Equals("july", StringComparison.OrdinalIgnoreCase))
        {
            // Abbreviations ("Feb", "Sept") need a period or a number after them.
            return hasFollowingNumber || (i + 1 < c.End && v[i + 1] is ".");
        }

        return true;
    }

    private static bool TryDayNumber(TokenView v, int i, out int day)
    {
        day = 0;
        var token = v[i];
        if (v.Kind(i) == TokenKind.Word && token.Length > 2 && char.IsDigit(token[0]))
        {
            token = token[..^2]; // ordinal "22nd"
        }
        else if (v.Kind(i) != TokenKind.Number)
        {
            return false;
        }

        return token.Length <= 2 && int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out day) && day is >= 1 and <= 31;
    }

    private static bool TryYear(TokenView v, int i, out int year)
    {
        year = 0;
        var token = v[i];
        return v.Kind(i) == TokenKind.Number && token.Length == 4
            && int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out year) && year is >= 1800 and <= 2199;
    }

    private static bool IsDash(ReadOnlySpan<char> token) => token is "-" or "–" or "—" or "‐" or "‑";

    private bool MatchWeekday(Context c, int i, DayOfWeek weekday, out DateMention mention, out int next)
    {
        var v = c.View;
        var j = i + 1;
        if (!TokenView.HasPossessive(v[i]))
        {
            // "Tuesday, June 22, 2021" and "Tuesday June 22": the calendar date decides.
            var k = j < c.End && v[j] is "," ? j + 1 : j;
            if (k < c.End && v.Kind(k) == TokenKind.Word && v.IsCapitalized(k) && TryMonth(c, k, out var month)
                && MatchMonth(c with { Floor = i }, i, k, month, out mention, out next) && mention.Value is not { Precision: DatePrecision.Month })
            {
                return true;
            }

            if (k < c.End && TryDayNumber(v, k, out _) && k + 1 < c.End && v.Kind(k + 1) == TokenKind.Word && TryMonth(c, k + 1, out _)
                && MatchNumber(c with { Floor = i }, k, out mention, out next))
            {
                mention = mention with { Span = new TextSpan(v.Span(i).Start, mention.Span.End) };
                return true;
            }

            if (j < c.End && v.Kind(j) == TokenKind.Word && (v.Is(j, "morning") || v.Is(j, "afternoon") || v.Is(j, "evening") || v.Is(j, "night")))
            {
                j++;
            }
        }

        var start = i;
        var direction = c.Future ? 1 : -1;
        var strict = false;
        if (start > c.Floor && v.Kind(start - 1) == TokenKind.Word)
        {
            if (v.Is(start - 1, "last") || v.Is(start - 1, "past"))
            {
                direction = -1;
                strict = true;
                start--;
            }
            else if (v.Is(start - 1, "next") || v.Is(start - 1, "coming"))
            {
                direction = 1;
                strict = true;
                start--;
            }
            else if (v.Is(start - 1, "this"))
            {
                start--;
            }

            if (start > c.Floor && (v.Is(start - 1, "on") || v.Is(start - 1, "since") || v.Is(start - 1, "until") || v.Is(start - 1, "by")))
            {
                start = v.Is(start - 1, "on") ? start - 1 : start;
            }
        }

        DateValue? value = null;
        if (c.Anchor is { } anchor)
        {
            var delta = direction < 0
                ? -(((int)anchor.DayOfWeek - (int)weekday + 7) % 7)
                : ((int)weekday - (int)anchor.DayOfWeek + 7) % 7;
            if (strict && delta == 0)
            {
                delta = 7 * direction;
            }
            else if (!strict && !c.Future && c.AnchorIsLowerBound)
            {
                // Published on or after the anchor: the nearer of the two occurrences is likelier.
                var ahead = ((int)weekday - (int)anchor.DayOfWeek + 7) % 7;
                if (ahead < -delta)
                {
                    delta = ahead;
                }
            }

            value = DateValue.Day(anchor.AddDays(delta));
        }

        mention = new DateMention(new TextSpan(v.Span(start).Start, v.Span(j - 1).End), value, IsRelative: true);
        next = j;
        return true;
    }

    /// <summary>Month name at <paramref name="m"/>; the mention starts at <paramref name="start"/>.</summary>
    private static bool MatchMonth(Context c, int start, int m, int month, out DateMention mention, out int next)
    {
        var v = c.View;
        var j = m + 1;
        if (j < c.End && v[j] is "." && v.Touches(m) && v[m].Length <= 4)
        {
            j++;
        }

        // Month Day [–Day] [, Year]
        if (j < c.End && TryDayNumber(v, j, out var day))
        {
            var last = j;
            var endDay = day;
            if (j + 2 < c.End && IsDash(v[j + 1]) && TryDayNumber(v, j + 2, out var day2) && day2 > day)
            {
                endDay = day2;
                last = j + 2;
            }

            var k = last + 1;
            if (k < c.End && v[k] is ",")
            {
                k++;
            }

            int? year = k < c.End && TryYear(v, k, out var y) ? y : null;
            if (year is not null)
            {
                last = k;
            }

            if (!TryResolveDays(c, year, month, day, endDay, out var value))
            {
                mention = null!;
                next = m + 1;
                return false;
            }

            var first = IncludeOn(c, start);
            mention = new DateMention(new TextSpan(v.Span(first).Start, v.Span(last).End), value, IsRelative: year is null);
            next = last + 1;
            return true;
        }

        // Month Year
        var yearIndex = j < c.End && v[j] is "," ? j + 1 : j;
        if (yearIndex < c.End && TryYear(v, yearIndex, out var monthYear))
        {
            var first = IncludeIn(c, start);
            var monthStart = new DateOnly(monthYear, month, 1);
            mention = new DateMention(new TextSpan(v.Span(first).Start, v.Span(yearIndex).End),
                new DateValue(monthStart, monthStart.AddMonths(1).AddDays(-1), DatePrecision.Month), IsRelative: false);
            next = yearIndex + 1;
            return true;
        }

        // Bare month: "in February", "late February", "last November".
        var s = start;
        var direction = c.Future ? 1 : -1;
        var strict = false;
        if (s > c.Floor && v.Kind(s - 1) == TokenKind.Word)
        {
            if (v.Is(s - 1, "last") || v.Is(s - 1, "past"))
            {
                direction = -1;
                strict = true;
                s--;
            }
            else if (v.Is(s - 1, "next"))
            {
                direction = 1;
                strict = true;
                s--;
            }
            else if (v.Is(s - 1, "early") || v.Is(s - 1, "late") || v.Is(s - 1, "mid") || v.Is(s - 1, "this"))
            {
                s--;
            }
        }

        s = IncludeIn(c, s);
        DateValue? bare = null;
        if (c.Anchor is { } anchor)
        {
            var year = anchor.Year;
            if (direction < 0 && (month > anchor.Month || (strict && month == anchor.Month)))
            {
                year--;
            }
            else if (direction > 0 && (month < anchor.Month || (strict && month == anchor.Month)))
            {
                year++;
            }

            var first = new DateOnly(year, month, 1);
            bare = new DateValue(first, first.AddMonths(1).AddDays(-1), DatePrecision.Month);
        }

        mention = new DateMention(new TextSpan(v.Span(s).Start, v.Span(j - 1).End), bare, IsRelative: true);
        next = j;
        return true;
    }

    private static int IncludeOn(Context c, int start) =>
        start > c.Floor && c.View.Is(start - 1, "on") ? start - 1 : start;

    private static int IncludeIn(Context c, int start) =>
        start > c.Floor && c.View.Is(start - 1, "in") ? start - 1 : start;

    private static bool TryResolveDays(Context c, int? year, int month, int day, int endDay, out DateValue? value)
    {
        value = null;
        if (year is { } y)
        {
            if (endDay > DateTime.DaysInMonth(y, month))
            {
                return false;
            }

            value = MakeDays(new DateOnly(y, month, day), endDay - day);
            return true;
        }

        if (endDay > DateTime.DaysInMonth(2024, month))
        {
            return false;
        }

        if (c.Anchor is not { } anchor)
        {
            return true;
        }

        var candidateYear = anchor.Year;
        if (month == 2 && endDay == 29)
        {
            // Leap day: search the nearest leap year in the preferred direction.
            while (!DateTime.IsLeapYear(candidateYear))
            {
                candidateYear += c.Future ? 1 : -1;
            }
        }

        var candidate = new DateOnly(candidateYear, month, day);
        if (!c.Future && candidate > anchor)
        {
            candidate = candidate.AddYears(-1);
        }
        else if (c.Future && candidate.AddDays(endDay - day) < anchor)
        {
            candidate = candidate.AddYears(1);
        }

        value = MakeDays(candidate, endDay - day);
        return true;
    }

    private static DateValue MakeDays(DateOnly start, int extraDays) =>
        extraDays == 0 ? DateValue.Day(start) : new DateValue(start, start.AddDays(extraDays), DatePrecision.Range);

    private bool MatchNumber(Context c, int i, out DateMention mention, out int next)
    {
        mention = null!;
        next = i + 1;
        var v = c.View;

        // ISO date: 2021-06-22
        if (TryYear(v, i, out var isoYear) && i + 4 < c.End && v[i + 1] is "-" && v[i + 3] is "-"
            && v.Touches(i) && v.Touches(i + 1) && v.Touches(i + 2) && v.Touches(i + 3)
            && v[i + 2].Length == 2 && v[i + 4].Length == 2
            && int.TryParse(v[i + 2], NumberStyles.None, CultureInfo.InvariantCulture, out var isoMonth)
            && int.TryParse(v[i + 4], NumberStyles.None, CultureInfo.InvariantCulture, out var isoDay)
            && isoMonth is >= 1 and <= 12 && isoDay >= 1 && isoDay <= DateTime.DaysInMonth(isoYear, isoMonth))
        {
            mention = new DateMention(new TextSpan(v.Span(i).Start, v.Span(i + 4).End), DateValue.Day(new DateOnly(isoYear, isoMonth, isoDay)), false);
            next = i + 5;
            return true;
        }

        // Day Month [Year]: 22 June 2021
        if (TryDayNumber(v, i, out var day) && i + 1 < c.End && v.Kind(i + 1) == TokenKind.Word && v.IsCapitalized(i + 1)
            && TryMonth(c with { Floor = i + 1 }, i + 1, out var month))
        {
            var last = i + 1;
            if (last + 1 < c.End && v[last + 1] is "." && v.Touches(last))
            {
                last++;
            }

            var k = last + 1 < c.End && v[last + 1] is "," ? last + 2 : last + 1;
            int? year = k < c.End && TryYear(v, k, out var y) ? y : null;
            if (year is not null)
            {
                last = k;
            }
            else if (v[last] is ".")
            {
                last--;
            }

            if (!TryResolveDays(c, year, month, day, day, out var value))
            {
                return false;
            }

            mention = new DateMention(new TextSpan(v.Span(IncludeOn(c, i)).Start, v.Span(last).End), value, year is null);
            next = last + 1;
            return true;
        }

        // "in 2020", "since 2019"
        if (TryYear(v, i, out var bareYear) && i > c.Floor && v.Kind(i - 1) == TokenKind.Word
            && (v.Is(i - 1, "in") || v.Is(i - 1, "since") || v.Is(i - 1, "during") || v.Is(i - 1, "until") || v.Is(i - 1, "by")
                || v.Is(i - 1, "early") || v.Is(i - 1, "late") || v.Is(i - 1, "mid") || v.Is(i - 1, "of") || v.Is(i - 1, "before")
                || v.Is(i - 1, "after") || v.Is(i - 1, "through"))
            && (i + 1 >= c.End || v.Kind(i + 1) != TokenKind.Word || !char.IsLower(v[i + 1][0]) || !IsCountedNoun(v[i + 1])))
        {
            var start = v.Is(i - 1, "in") || v.Is(i - 1, "early") || v.Is(i - 1, "late") || v.Is(i - 1, "mid") ? i - 1 : i;
            if (start == i - 1 && v.Is(i - 1, "in"))
            {
                start = i - 1;
            }

            var first = new DateOnly(bareYear, 1, 1);
            mention = new DateMention(new TextSpan(v.Span(start).Start, v.Span(i).End), new DateValue(first, new DateOnly(bareYear, 12, 31), DatePrecision.Year), false);
            next = i + 1;
            return true;
        }

        // "3 days ago", "the past 5 months"
        if (v.Kind(i) == TokenKind.Number && v[i].Length <= 3 && int.TryParse(v[i], NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            return MatchCount(c, i, i, count, vague: false, out mention, out next);
        }

        return false;
    }

    private static bool IsCountedNoun(ReadOnlySpan<char> word) => word.Length > 2 && word[^1] == 's';

    private bool MatchRelative(Context c, int i, out DateMention mention, out int next)
    {
        mention = null!;
        next = i + 1;
        var v = c.View;
        var word = v[i];
        var anchor = c.Anchor;
        if (word.Equals("today", StringComparison.OrdinalIgnoreCase) || word.Equals("tonight", StringComparison.OrdinalIgnoreCase))
        {
            mention = new DateMention(v.Span(i), anchor is { } a ? DateValue.Day(a) : null, true);
            return true;
        }

        if (word.Equals("yesterday", StringComparison.OrdinalIgnoreCase) || word.Equals("tomorrow", StringComparison.OrdinalIgnoreCase))
        {
            var delta = char.ToLowerInvariant(word[0]) == 'y' ? -1 : 1;
            mention = new DateMention(v.Span(i), anchor is { } a ? DateValue.Day(a.AddDays(delta)) : null, true);
            return true;
        }

        if (word.Equals("recently", StringComparison.OrdinalIgnoreCase))
        {
            mention = new DateMention(v.Span(i), anchor is { } a ? new DateValue(a.AddDays(-90), a, DatePrecision.Vague) : null, true);
            return true;
        }

        if (i + 1 < c.End && v.Kind(i + 1) == TokenKind.Word && _units.TryGetValue(v[i + 1], out var unit))
        {
            // last/this/next week|month|year
            var shift = word.Equals("last", StringComparison.OrdinalIgnoreCase) || word.Equals("past", StringComparison.OrdinalIgnoreCase) ? -1
                : word.Equals("next", StringComparison.OrdinalIgnoreCase) || word.Equals("coming", StringComparison.OrdinalIgnoreCase) ? 1
                : word.Equals("this", StringComparison.OrdinalIgnoreCase) ? 0
                : int.MinValue;
            var singular = !v[i + 1].EndsWith('s');
            if (shift != int.MinValue && singular && unit != DateUnit.Day && unit != DateUnit.Decade)
            {
                var start = i > c.Floor && (v.Is(i - 1, "earlier") || v.Is(i - 1, "later")) ? i - 1 : i;
                if (start > c.Floor && v.Is(start - 1, "the") && shift == -1)
                {
                    // "the past week": a window ending at the anchor.
                    start--;
                }

                mention = new DateMention(new TextSpan(v.Span(start).Start, v.Span(i + 1).End), anchor is { } a ? Shifted(a, unit, shift) : null, true);
                next = i + 2;
                return true;
            }

            if (word.Equals("recent", StringComparison.OrdinalIgnoreCase) && !singular)
            {
                var start = i > c.Floor && v.Is(i - 1, "in") ? i - 1 : i;
                mention = new DateMention(new TextSpan(v.Span(start).Start, v.Span(i + 1).End),
                    anchor is { } a ? new DateValue(Subtract(a, unit, 3), a, DatePrecision.Vague) : null, true);
                next = i + 2;
                return true;
            }
        }

        if (_smallNumbers.TryGetValue(word, out var count) && (count > 1 || word.Length <= 3 || word.Equals("one", StringComparison.OrdinalIgnoreCase)))
        {
            return MatchCount(c, i, i, count, vague: false, out mention, out next);
        }

        if (_vagueCounts.Contains(word))
        {
            var start = i > c.Floor && (v.Is(i - 1, "a") || v.Is(i - 1, "the")) ? i - 1 : i;
            var j = i + 1 < c.End && v.Is(i + 1, "of") ? i + 2 : i + 1;
            return MatchCount(c, start, j - 1, 3, vague: true, out mention, out next);
        }

        return false;
    }

    /// <summary>"&lt;count&gt; &lt;unit&gt; ago" or "the past &lt;count&gt; &lt;unit&gt;" with the count at <paramref name="countIndex"/>.</summary>
    private bool MatchCount(Context c, int start, int countIndex, int count, bool vague, out DateMention mention, out int next)
    {
        mention = null!;
        next = countIndex + 1;
        var v = c.View;
        var u = countIndex + 1;
        if (u >= c.End || v.Kind(u) != TokenKind.Word || !_units.TryGetValue(v[u], out var unit))
        {
            return false;
        }

        var anchor = c.Anchor;
        if (u + 1 < c.End && v.Is(u + 1, "ago"))
        {
            DateValue? value = null;
            if (anchor is { } a)
            {
                var when = Subtract(a, unit, count);
                value = vague
                    ? new DateValue(Subtract(a, unit, 6), Subtract(a, unit, 1), DatePrecision.Vague)
                    : unit switch
                    {
                        DateUnit.Day => DateValue.Day(when),
                        DateUnit.Week => Week(when),
                        DateUnit.Month => MonthOf(when),
                        _ => YearOf(when),
                    };
            }

            mention = new DateMention(new TextSpan(v.Span(start).Start, v.Span(u + 1).End), value, true);
            next = u + 2;
            return true;
        }

        if (!vague && start > c.Floor && (v.Is(start - 1, "past") || v.Is(start - 1, "last")))
        {
            var first = start - 1 > c.Floor && v.Is(start - 2, "the") ? start - 2 : start - 1;
            mention = new DateMention(new TextSpan(v.Span(first).Start, v.Span(u).End),
                anchor is { } a ? new DateValue(Subtract(a, unit, count), a, DatePrecision.Range) : null, true);
            next = u + 1;
            return true;
        }

        return false;
    }

    private static DateOnly Subtract(DateOnly anchor, DateUnit unit, int count) => unit switch
    {
        DateUnit.Day => anchor.AddDays(-count),
        DateUnit.Week => anchor.AddDays(-7 * count),
        DateUnit.Month => anchor.AddMonths(-count),
        DateUnit.Year => anchor.AddYears(-count),
        _ => anchor.AddYears(-10 * count),
    };

    private static DateValue Shifted(DateOnly anchor, DateUnit unit, int shift) => unit switch
    {
        DateUnit.Week => Week(anchor.AddDays(7 * shift)),
        DateUnit.Month => MonthOf(anchor.AddMonths(shift)),
        _ => YearOf(anchor.AddYears(shift)),
    };

    /// <summary>The Monday–Sunday week containing <paramref name="day"/>.</summary>
    private static DateValue Week(DateOnly day)
    {
        var monday = day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
        return new DateValue(monday, monday.AddDays(6), DatePrecision.Range);
    }

    private static DateValue MonthOf(DateOnly day)
    {
        var first = new DateOnly(day.Year, day.Month, 1);
        return new DateValue(first, first.AddMonths(1).AddDays(-1), DatePrecision.Month);
    }

    private static DateValue YearOf(DateOnly day) =>
        new(new DateOnly(day.Year, 1, 1), new DateOnly(day.Year, 12, 31), DatePrecision.Year);
}
