using Crosscheck.Model;

namespace Crosscheck.Facts;

/// <summary>
/// Places the story's dated events (Day or Range precision) on a timeline. Claims aligned into one
/// event and dated to the same value become one entry citing every article that reports it; an
/// event reported on two different days (a conflict) gets an entry for each day. Entries are
/// sorted by date, then by first appearance.
/// </summary>
public sealed class TimelineBuilder
{
    private readonly CrossCheckOptions _options;

    public TimelineBuilder(CrossCheckOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    /// <param name="events">Aligned facts; only those of dated-event claims are used.</param>
    /// <param name="textOf">The text of an article.</param>
    public IReadOnlyList<TimelineEntry> Build(IReadOnlyList<AlignedFact> events, Func<ArticleId, string> textOf)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(textOf);

        var entries = new List<(TimelineEntry Entry, int Order)>();
        var used = new HashSet<(SourceRef, DateValue)>();
        foreach (var aligned in events)
        {
            if (aligned.ClaimKind != ClaimKind.DatedEvent)
            {
                continue;
            }

            foreach (var byDate in aligned.Claims.Where(c => c.Date is { } d && FactAligner.IsDayLike(d)).GroupBy(c => c.Date!.Value))
            {
                var first = byDate.First();
                var sources = byDate.Select(c => c.Source).Distinct().ToList();
                if (sources.TrueForAll(s => used.Contains((s, byDate.Key))))
                {
                    continue;
                }

                used.UnionWith(sources.Select(s => (s, byDate.Key)));
                var text = Describe(textOf(first.ArticleId), first.Sentence, first.Span);
                entries.Add((new TimelineEntry(byDate.Key, text, sources), aligned.FirstSeen));
            }
        }

        return entries
            .OrderBy(e => e.Entry.Date.Start)
            .ThenBy(e => e.Entry.Date.End)
            .ThenBy(e => e.Order)
            .Select(e => e.Entry)
            .ToList();
    }

    /// <summary>The sentence, or when it is too long the clause around the date, trimmed to the limit.</summary>
    internal string Describe(string text, TextSpan sentence, TextSpan date)
    {
        var span = sentence;
        if (span.Length > _options.MaxTimelineTextChars)
        {
            var start = date.Start;
            while (start > sentence.Start && !IsClauseBreak(text[start - 1]))
            {
                start--;
            }

            var end = date.End;
            while (end < sentence.End && !IsClauseBreak(text[end]))
            {
                end++;
            }

            span = new TextSpan(start, end);
        }

        var clause = WhitespaceFolding.Collapse(span.In(text)).Trim().TrimEnd(',', ';', ':').Trim();
        if (clause.Length <= _options.MaxTimelineTextChars)
        {
            return clause;
        }

        var cut = clause.LastIndexOf(' ', _options.MaxTimelineTextChars - 1);
        return clause[..(cut > 0 ? cut : _options.MaxTimelineTextChars - 1)] + "…";
    }

    private static bool IsClauseBreak(char c) => c is ';' or '—' or '–' or ':' or '(' or ')';
}
