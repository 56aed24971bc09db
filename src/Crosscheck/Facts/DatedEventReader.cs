using Crosscheck.Model;

namespace Crosscheck.Facts;

/// <summary>
/// Reads events placed on a day or a range of days: for each resolved date of Day or Range
/// precision, the event word nearest to the date (preferring words before it) gives the event class (arrival, meeting, vote,
/// ...; a statement verb counts only when it directly precedes the date or nothing more
/// specific is near), and the resolved
/// entities of the sentence are the participants. Key <c>event:&lt;class&gt;</c>, value the date.
/// </summary>
internal static class DatedEventReader
{
    /// <summary>Words after a participle that make it a verb of the clause, not a noun's description.</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> ParticipleFollowers = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["the", "a", "an", "by", "in", "on", "at", "to", "for", "from", "with", "of", "and", "or", "as", "after", "before", "during",
         "last", "this", "his", "her", "their", "its", "over", "into", "up", "out", "off", "him", "them", "it"], StringComparer.Ordinal);

    /// <summary>Extra distance, in words, charged to statement verbs so a nearby event word wins.</summary>
    private const int StatementPenaltyWords = 4;

    /// <summary>Words allowed between a determiner and the event noun an announcing verb governs ("a 48-hour walkout").</summary>
    private const int MaxObjectModifierWords = 3;

    /// <summary>
    /// Extra distance charged to event words after the date: a date usually modifies the verb
    /// before it ("arrived in the capital on Sunday to attend …" dates the arrival).
    /// </summary>
    private const int FollowingPenaltyWords = 2;

    /// <summary>Extra distance charged to a purpose infinitive after the date ("… on Sunday to attend").</summary>
    private const int PurposePenaltyWords = 4;

    /// <summary>Extra distance that makes an event word a fallback, chosen only when no other is in the sentence.</summary>
    private const int FallbackPenaltyWords = 1000;

    /// <summary>Extra distance charged to event words in another clause than the date.</summary>
    private const int ClausePenaltyWords = 3;

    private static bool HasClauseBreak(SentenceView sentence, int start, int end) =>
        end > start && sentence.Text.AsSpan(start, end - start).IndexOfAny(ClauseBreaks) >= 0;

    private static readonly System.Buffers.SearchValues<char> ClauseBreaks = System.Buffers.SearchValues.Create(",;:—–()");

    /// <summary>
    /// A "sentence" with this many day-precise dates is a schedule or a table ("July 19 – Toronto @
    /// Budweiser Stage  July 22 – …"), not a report of events: which date goes with which place is
    /// not readable from words around it, so it gives no dated claims.
    /// </summary>
    private const int ScheduleDates = 4;

    public static void Read(SentenceView sentence, List<Claim> output)
    {
        if (IsSchedule(sentence))
        {
            return;
        }

        var hasBody = sentence.HasAny(EventVocabulary.BodyNouns);
        var quotes = QuoteReader.FindQuotes(sentence.Text, sentence.Span);
        foreach (var date in sentence.Dates)
        {
            if (date.Value is not { } value || (value.Precision != DatePrecision.Day && value.Precision != DatePrecision.Range))
            {
                continue;
            }

            // "runs until Saturday": the day an event ends is not the day it happens.
            // "temperatures are forecast to stay above 40C until Sunday": a forecast's horizon ends no event.
            var eventClass = EndsEvent(sentence, date.Span)
                ? sentence.HasAny(ForecastWords) ? "forecast" : "end"
                : NearestEventClass(sentence, date.Span, hasBody, quotes);
            // ", a police spokesman in Kasso said": where the speaker spoke is not where the event happened.
            var attribution = sentence.TrailingAttributionStart();
            var participants = sentence.Participants(span => date.Span.Overlaps(span) || (date.Span.Start < attribution && sentence.IsSpeakersPlace(span, attribution)));
            output.Add(new Claim(
                ClaimKind.DatedEvent,
                "event:" + eventClass,
                value.ToString(),
                date.Span.Of(sentence.Text),
                sentence.ArticleId,
                sentence.Span,
                date.Span)
            {
                Subject = Describe(eventClass, sentence, date.Span),
                Date = value,
                Participants = participants,
                Anchor = participants.Count > 0 ? participants[0].EntityId : null,
            });
        }
    }

    /// <summary>Index of the quoted passage containing <paramref name="span"/>, or -1.</summary>
    private static int QuoteAround(List<TextSpan> quotes, TextSpan span)
    {
        for (var q = 0; q < quotes.Count; q++)
        {
            if (quotes[q].Contains(span))
            {
                return q;
            }
        }

        return -1;
    }

    /// <summary>The date follows "until" or "till": it bounds an event rather than dating it.</summary>
    private static bool EndsEvent(SentenceView sentence, TextSpan date)
    {
        var first = sentence.WordIndexAt(date.Start);
        return first > 0 && sentence.Words[first - 1].Lower is "until" or "till";
    }

    private static bool IsSchedule(SentenceView sentence)
    {
        var dayDates = 0;
        foreach (var date in sentence.Dates)
        {
            if (date.Value is { Precision: DatePrecision.Day or DatePrecision.Range } && ++dayDates >= ScheduleDates)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A participle describing the noun after it, not an event of the sentence: after an adverb in
    /// -ly or a determiner, and before a content word ("the democratically elected government",
    /// "the ousted leader"; not "reportedly killed 12", "was reportedly killed in").
    /// </summary>
    private static bool IsAttributiveParticiple(List<Word> words, int i)
    {
        if (i == 0 || i + 1 >= words.Count || !words[i].Lower.EndsWith("ed", StringComparison.Ordinal))
        {
            return false;
        }

        var previous = words[i - 1].Lower;
        var next = words[i + 1].Lower;
        var describes = (previous.Length > 4 && previous.EndsWith("ly", StringComparison.Ordinal)) ||
                        previous is "the" or "a" or "an" or "its" or "their" or "his" or "her";
        return describes && next.Length > 0 && char.IsLetter(next[0]) && !ParticipleFollowers.Contains(next);
    }

    /// <param name="quotes">Quoted passages of the sentence: a day inside a quote dates only the quote's own words, and a day outside it none of them.</param>
    private static string NearestEventClass(SentenceView sentence, TextSpan date, bool hasBody, List<TextSpan> quotes)
    {
        var dateQuote = QuoteAround(quotes, date);
        var words = sentence.Words;
        var first = sentence.WordIndexAt(date.Start);
        var last = sentence.WordIndexAt(date.End) - 1;
        var best = EventVocabulary.Other;
        var bestDistance = int.MaxValue;
        var possessive = IsPossessive(sentence.Text, date) && last + 1 < words.Count;
        // "…, a day after two officials were arrested": a day counted from an event dates that event.
        var countedFromNext = last > first && words[last].Lower is "after" or "before" && words[last - 1].Lower is "day" or "days";
        for (var i = 0; i < words.Count; i++)
        {
            if ((i >= first && i <= last) || (countedFromNext && i < first))
            {
                continue;
            }

            var cls = EventClassAt(words, i, hasBody);
            if (cls is null || IsAttributiveParticiple(words, i) || QuoteAround(quotes, words[i].Span) != dateQuote)
            {
                // "\"… reconnected by Wednesday,\" the minister said after a visit": the speaker's
                // day is not the visit's.
                continue;
            }

            if (IsNearerAnotherDate(sentence, i, date, i < first ? first - i : i - last))
            {
                // "The ferry that capsized on Saturday was arrested on Sunday": "arrested" dates
                // Sunday, never Saturday; "met on Wednesday … the strike, which began on Monday":
                // Monday is left without an event rather than given the meeting.
                continue;
            }

            // "Sunday's election": a possessive date names the event after it, not the one before.
            var distance = possessive
                ? i < first ? first - i + FollowingPenaltyWords : i - last - (words[last + 1].Lower == "s" ? 1 : 0)
                : i < first ? first - i : i - last + FollowingPenaltyWords;
            if (i > last && i > 0 && words[i - 1].Lower is "to" or "for")
            {
                // "flew to the capital on June 20 to attend …", "arrived on Sunday for talks": a purpose.
                distance += PurposePenaltyWords;
            }

            if (HasClauseBreak(sentence, i < first ? words[i].Span.End : date.End, i < first ? date.Start : words[i].Span.Start))
            {
                // "met X on Monday, the first such visit …": a date belongs to the verb of its own clause.
                distance += ClausePenaltyWords;
            }
            if (words[i].Lower is "killed" or "kill" or "kills" or "killing" && !IsPassive(words, i))
            {
                // "A blaze on Friday killed 12": killing is the outcome of a named event, and names
                // the event only when the sentence names no other.
                distance += FallbackPenaltyWords;
            }

            if (cls == EventVocabulary.Statement)
            {
                // "said on Monday": a date right after the statement verb dates the statement;
                // "announced on Tuesday", "said on Tuesday it would cut …" date an announcement.
                // A trailing attribution (", the ministry said") dates nothing the sentence reports.
                if (i == first - 1)
                {
                    distance = 0;
                    cls = AnnouncesPlan(words, i, last) ? "announcement" : cls;
                }
                else
                {
                    distance += i > last && HasClauseBreak(sentence, date.End, words[i].Span.Start) ? FallbackPenaltyWords : StatementPenaltyWords;
                }
            }

            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = cls;
            }
        }

        return best;
    }

    /// <summary>
    /// The event class words[i] signals: a single word, or the first word of a two-word verb ("gave
    /// way"); an event noun that is the object of an announcing verb is its announcement ("called
    /// the strike on Monday"), and a strike from the air is an attack.
    /// </summary>
    internal static string? EventClassAt(List<Word> words, int i, bool hasBody)
    {
        var word = words[i].Lower;
        if (IsReason(words, i))
        {
            // "arrested five suspects in connection with the kidnapping the previous day": the
            // kidnapping is why, not what happened that day.
            return null;
        }

        if (ContextClass(words, i) is { } fromContext)
        {
            return fromContext.Length == 0 ? null : fromContext;
        }

        if (!EventVocabulary.DatedEventWords.TryGetValue(word, out var cls))
        {
            if (EventVocabulary.DatedEventPhrases.TryGetValue(word, out var phrases) && i + 1 < words.Count)
            {
                foreach (var phrase in phrases)
                {
                    if (words[i + 1].Lower == phrase.Next)
                    {
                        return phrase.Class;
                    }
                }
            }

            return hasBody && EventVocabulary.BodyActionWords.Contains(word) ? "vote" : null;
        }

        if (cls == "strike" && i > 0 && EventVocabulary.AttackStrikeWords.Contains(words[i - 1].Lower))
        {
            return "attack";
        }

        return cls != EventVocabulary.Statement && AnnouncingVerbOf(words, i) is { } verb
            && !(EventVocabulary.OrderedEventClasses.Contains(cls) && EventVocabulary.OrderingVerbs.Contains(verb))
            ? "announcement"
            : cls;
    }

    /// <summary>
    /// The statement verb at words[i] announces something: it is "announced"/"announces", or
    /// "said" is followed after the date by a plan ("said on Tuesday it would cut 2,400 jobs",
    /// "said on Monday that they will close …").
    /// </summary>
    private static bool AnnouncesPlan(List<Word> words, int i, int last)
    {
        if (words[i].Lower is "announced" or "announces")
        {
            return true;
        }

        if (words[i].Lower is not ("said" or "says"))
        {
            return false;
        }

        var k = last + 1;
        if (k < words.Count && words[k].Lower == "that")
        {
            k++;
        }

        return k + 1 < words.Count && words[k].Lower is "it" or "they" or "he" or "she" or "we" &&
            words[k + 1].Lower is "would" or "will" or "plans" or "planned" or "intends" or "intended";
    }

    /// <summary>Most words between a court noun and its "ordered", or a weapon and its "struck" ("a court in the port city on Monday ordered").</summary>
    private const int SubjectWindowWords = 8;

    /// <summary>Most words after "leaving" or "left" that may show it is a result ("leaving about 3,000 homes without power").</summary>
    private const int ResultWindowWords = 6;

    /// <summary>
    /// Classes that depend on the words around words[i]: a court's "ordered" is its ruling, a
    /// weapon's "struck" an attack, a noun "ruling" (not "the ruling party") a verdict; "leaving" or
    /// "left" before a count or "without"/"dead"/"homeless" is a result, not a departure (empty
    /// string: no event). Null when the context says nothing.
    /// </summary>
    /// <summary>words[i] follows "in connection with" (and a determiner): the event it names is the reason for another.</summary>
    private static bool IsReason(List<Word> words, int i)
    {
        var k = i - 1;
        if (k >= 0 && words[k].Lower is "the" or "a" or "an" or "his" or "her" or "their" or "its" or "last" or "this")
        {
            k--;
        }

        return k >= 2 && words[k].Lower == "with" && words[k - 1].Lower == "connection" && words[k - 2].Lower == "in";
    }

    private static string? ContextClass(List<Word> words, int i)
    {
        switch (words[i].Lower)
        {
            case "killed" when IsPassive(words, i):
                // "Two firefighters were killed on Sunday fighting a blaze": the day of their death.
                return "death";
            case "showed" or "show" or "shows" or "showing":
                // "official data on Tuesday showed inflation at …": the figures' release.
                return AnyBefore(words, i, DataNouns, DataWindowWords) ? "release" : null;
            case "ordered" or "orders":
                return AnyBefore(words, i, EventVocabulary.CourtNouns) ? "verdict" : null;
            case "struck" or "hit" or "hits":
                return AnyBefore(words, i, EventVocabulary.WeaponNouns) ? "attack" : null;
            case "ruling":
                return i + 1 >= words.Count || ParticipleFollowers.Contains(words[i + 1].Lower) || !char.IsLetter(words[i + 1].Lower[0]) ? "verdict" : string.Empty;
            case "leaving" or "left":
                for (var k = i + 1; k < Math.Min(words.Count, i + 1 + ResultWindowWords); k++)
                {
                    if (EventVocabulary.ResultWords.Contains(words[k].Lower) || (k == i + 1 && char.IsDigit(words[k].Lower[0])))
                    {
                        return string.Empty;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    /// <summary>Words of a weather or economic forecast, whose "until Sunday" is its horizon, not an event's end.</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> ForecastWords = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["forecast", "forecasts", "forecasters", "predicted", "outlook"], StringComparer.Ordinal);

    /// <summary>Nouns naming published statistics, whose "showed" is their release ("data on Tuesday showed").</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> DataNouns = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["data", "figures", "statistics", "survey", "report"], StringComparer.Ordinal);

    /// <summary>Most words between a data noun and its "showed" ("official data on Tuesday showed").</summary>
    private const int DataWindowWords = 4;

    /// <summary>"were killed", "was killed", "had been killed": a passive killing names the victims' death.</summary>
    private static bool IsPassive(List<Word> words, int i) =>
        i > 0 && words[i - 1].Lower is "was" or "were" or "been" or "being";

    private static bool AnyBefore(List<Word> words, int i, System.Collections.Frozen.FrozenSet<string> set, int window = SubjectWindowWords)
    {
        for (var k = i - 1; k >= Math.Max(0, i - window); k--)
        {
            if (set.Contains(words[k].Lower))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The announcing verb (lower case) words[i] follows with a determiner, with at most
    /// <see cref="MaxObjectModifierWords"/> words between them ("called the strike", "announced a
    /// 48-hour walkout", "called for a general strike"); null if none.
    /// </summary>
    private static string? AnnouncingVerbOf(List<Word> words, int i)
    {
        for (var d = i - 1; d >= Math.Max(1, i - 1 - MaxObjectModifierWords); d--)
        {
            if (words[d].Lower is not ("the" or "a" or "an" or "its" or "their" or "his" or "her"))
            {
                continue;
            }

            var verb = words[d - 1].Lower == "for" && d >= 2 ? d - 2 : d - 1;
            return EventVocabulary.AnnouncingVerbs.Contains(words[verb].Lower) ? words[verb].Lower : null;
        }

        return null;
    }

    private static bool IsPossessive(string text, TextSpan date)
    {
        var span = date.Of(text);
        if (span.EndsWith("'s", StringComparison.Ordinal) || span.EndsWith("’s", StringComparison.Ordinal))
        {
            return true;
        }

        return date.End + 1 < text.Length && text[date.End] is '\'' or '’' && text[date.End + 1] == 's' &&
            (date.End + 2 == text.Length || !char.IsLetter(text[date.End + 2]));
    }

    /// <summary>Word <paramref name="i"/>, <paramref name="own"/> words from <paramref name="date"/>, stands nearer to another day-precise date of the sentence.</summary>
    private static bool IsNearerAnotherDate(SentenceView sentence, int i, TextSpan date, int own)
    {
        foreach (var other in sentence.Dates)
        {
            if (!other.Span.Equals(date) && other.Value is { Precision: DatePrecision.Day or DatePrecision.Range } &&
                WordDistance(sentence, i, other.Span) < own && !DatesStatement(sentence, other.Span))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The date directly follows a statement verb ("said on Friday they had arrested …"): it dates
    /// the statement, and leaves the verbs it reports to the sentence's other dates.
    /// </summary>
    private static bool DatesStatement(SentenceView sentence, TextSpan date)
    {
        var first = sentence.WordIndexAt(date.Start);
        var at = first > 0 && sentence.Words[first - 1].Lower is "on" or "last" ? first - 2 : first - 1;
        return at >= 0 && EventVocabulary.DatedEventWords.TryGetValue(sentence.Words[at].Lower, out var cls) && cls == EventVocabulary.Statement &&
               !AnnouncesPlan(sentence.Words, at, sentence.WordIndexAt(date.End) - 1);
    }

    private static int WordDistance(SentenceView sentence, int i, TextSpan span)
    {
        var first = sentence.WordIndexAt(span.Start);
        var last = sentence.WordIndexAt(span.End) - 1;
        return i < first ? first - i : i > last ? i - last : 0;
    }

    private static string Describe(string eventClass, SentenceView sentence, TextSpan date)
    {
        var names = new List<string>(3);
        foreach (var mention in sentence.Entities)
        {
            if (!mention.Span.Overlaps(date) && !names.Contains(mention.Entity.Name) && names.Count < 3)
            {
                names.Add(mention.Entity.Name);
            }
        }

        return names.Count == 0 ? eventClass : eventClass + " (" + string.Join(", ", names) + ")";
    }
}
