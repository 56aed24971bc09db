using System.Buffers;
using System.Text;
using Crosscheck.Model;

namespace Crosscheck.Facts;

/// <summary>
/// Reads attributed direct quotes: a quoted passage of at least
/// <see cref="CrossCheckOptions.MinQuoteWords"/> words in a sentence that has a speech verb
/// (said, told, added, according to, ...) outside the quote. The speaker is the subject of that
/// verb: a person or organisation named next to it, or the last person named before when the
/// subject is "he"/"she". Quotes whose speaker is not plain ("it said", "a spokesperson said")
/// are not claims: misattributing a quote is worse than leaving it out.
/// </summary>
internal sealed class QuoteReader(CrossCheckOptions options)
{
    /// <param name="previousPerson">The subject (first person named) of the last earlier sentence naming a person, if any.</param>
    public void Read(SentenceView sentence, StoryEntity? previousPerson, List<Claim> output)
    {
        var quotes = FindQuotes(sentence.Text, sentence.Span);
        if (quotes.Count == 0)
        {
            return;
        }

        var speechIndex = -1;
        for (var i = 0; i < sentence.Words.Count && speechIndex < 0; i++)
        {
            if ((EventVocabulary.SpeechVerbs.Contains(sentence.Words[i].Lower) || NamesQuoteAfter(sentence, quotes, i)) && !Inside(quotes, sentence.Words[i].Span))
            {
                speechIndex = i;
            }
        }

        var speaker = speechIndex < 0 ? OpeningPerson(sentence, quotes[0]) : FindSpeaker(sentence, quotes, speechIndex, previousPerson);
        if (speaker is null)
        {
            return;
        }

        foreach (var quote in quotes)
        {
            var inner = new TextSpan(quote.Start + 1, quote.End - 1);
            var normalised = Normalise(inner.In(sentence.Text), out var wordCount);
            if (wordCount < options.MinQuoteWords)
            {
                continue;
            }

            output.Add(new Claim(ClaimKind.Quote, "quote", speaker.Name + ": " + normalised, quote.Of(sentence.Text), sentence.ArticleId, sentence.Span, quote)
            {
                Subject = "quote by " + speaker.Name,
                Anchor = speaker.Id,
                Participants = [new ClaimParticipant(speaker.Id, speaker.Kind)],
                Date = sentence.FirstDate(),
            });
        }
    }

    /// <summary>
    /// words[i] is a verb of naming ("called", "described … as", "branded") whose object is a quote
    /// a few words later: "called the result \"a funeral for democracy\"" reports the subject's words.
    /// </summary>
    private static bool NamesQuoteAfter(SentenceView sentence, List<TextSpan> quotes, int i)
    {
        if (!EventVocabulary.NamingVerbs.Contains(sentence.Words[i].Lower))
        {
            return false;
        }

        var end = sentence.Words[i].Span.End;
        var words = 0;
        for (var j = i + 1; j < sentence.Words.Count && words < NamingObjectWords; j++, words++)
        {
            if (sentence.Words[j].Span.Start > end && sentence.Text.AsSpan(end, sentence.Words[j].Span.Start - end).IndexOfAny(QuoteMarks) >= 0)
            {
                return Inside(quotes, sentence.Words[j].Span);
            }

            end = sentence.Words[j].Span.End;
        }

        return false;
    }

    /// <summary>How many words may stand between a naming verb and the quote it names ("described the outcome as").</summary>
    private const int NamingObjectWords = 5;

    private static readonly SearchValues<char> QuoteMarks = SearchValues.Create("\"“");

    /// <summary>
    /// The grammatical subject of the speech verb, and only that: a person or organisation named
    /// right before the verb ("Lind said", "the ministry's spokesman Ana Lee, 45, said" via an
    /// appositive), right after it ("said Ana Lee"), or after "according to"; "he"/"she" there
    /// stand for the previous person. Any other subject ("it said", "a spokesperson said") gives
    /// no speaker: an unattributed quote is better than a misattributed one.
    /// </summary>
    private static StoryEntity? FindSpeaker(SentenceView sentence, List<TextSpan> quotes, int speechIndex, StoryEntity? previousPerson)
    {
        var words = sentence.Words;
        if (words[speechIndex].Lower == "according")
        {
            return speechIndex + 1 < words.Count && words[speechIndex + 1].Lower == "to"
                ? FirstSpeakerAfter(sentence, quotes, speechIndex + 2, SpeakerWindowWords)
                : null;
        }

        if (EventVocabulary.SpeechParticiples.Contains(words[speechIndex].Lower))
        {
            return SentenceSubject(sentence, quotes, speechIndex);
        }

        // Subject before the verb, skipping auxiliaries and adverbs ("has also said").
        var before = speechIndex - 1;
        while (before >= 0 && SubjectFillers.Contains(words[before].Lower))
        {
            before--;
        }

        if (before >= 0)
        {
            var subject = words[before];
            if (!Inside(quotes, subject.Span))
            {
                if (EventVocabulary.Pronouns.Contains(subject.Lower))
                {
                    return previousPerson;
                }

                if (MentionEndingAt(sentence, quotes, before) is { } named)
                {
                    return named;
                }

                if (AppositiveSubject(sentence, quotes, words[speechIndex].Span.Start) is { } appositive)
                {
                    return appositive;
                }

                // A quote closes right before the verb: the subject may follow ("…," said Ana Lee).
                var afterQuote = sentence.Text.AsSpan(subject.Span.End, words[speechIndex].Span.Start - subject.Span.End);
                if (afterQuote.IndexOfAny('"', '”') < 0)
                {
                    return null;
                }
            }
        }

        if (speechIndex + 1 < words.Count)
        {
            var next = words[speechIndex + 1];
            if (EventVocabulary.Pronouns.Contains(next.Lower))
            {
                return previousPerson;
            }

            return FirstSpeakerAfter(sentence, quotes, speechIndex + 1, 1);
        }

        return null;
    }

    /// <summary>
    /// "Ana Lee called for calm, saying: \"...\"": after a comma, a speech participle's speaker is the
    /// sentence's subject, the person or organisation named first, within its first few words and
    /// with no other person or organisation named before the participle.
    /// </summary>
    private static StoryEntity? SentenceSubject(SentenceView sentence, List<TextSpan> quotes, int speechIndex)
    {
        var words = sentence.Words;
        var verb = words[speechIndex].Span;
        var previous = speechIndex > 0 ? words[speechIndex - 1].Span.End : sentence.Span.Start;
        if (speechIndex == 0 || sentence.Text.AsSpan(previous, verb.Start - previous).IndexOf(',') < 0)
        {
            return null;
        }

        var subjectEnd = words[Math.Min(speechIndex, SubjectWindowWords) - 1].Span.End;
        StoryEntity? subject = null;
        foreach (var mention in sentence.Entities)
        {
            if (mention.Span.Start >= verb.Start || Inside(quotes, mention.Span) || !IsSpeakerKind(mention.Entity))
            {
                continue;
            }

            if (subject is not null && mention.Entity.Id != subject.Id)
            {
                return null;
            }

            if (subject is null && mention.Span.Start >= subjectEnd)
            {
                return null;
            }

            subject ??= mention.Entity;
        }

        return subject;
    }

    /// <summary>
    /// A quote in a sentence with no speech verb ("Coach Ana Lee dedicated the win to the fans, \"who
    /// waited ten years for this\"") is the words of the person the sentence opens with: the one
    /// person named within its first words, with no other person or organisation named before the
    /// quote. Organisations are not taken: a quoted phrase in a sentence about an institution is
    /// as often a title or a slogan.
    /// </summary>
    private static StoryEntity? OpeningPerson(SentenceView sentence, TextSpan firstQuote)
    {
        var words = sentence.Words;
        if (words.Count == 0 || firstQuote.Start <= words[0].Span.Start)
        {
            return null;
        }

        var subjectEnd = words[Math.Min(words.Count, SubjectWindowWords) - 1].Span.End;
        StoryEntity? subject = null;
        foreach (var mention in sentence.Entities)
        {
            if (mention.Span.Start >= firstQuote.Start || !IsSpeakerKind(mention.Entity))
            {
                continue;
            }

            if ((subject is not null && mention.Entity.Id != subject.Id) || mention.Entity.Kind != EntityKind.Person)
            {
                return null;
            }

            if (subject is null && mention.Span.Start >= subjectEnd)
            {
                return null;
            }

            subject ??= mention.Entity;
        }

        return subject;
    }

    /// <summary>Most words before the end of a sentence subject's name.</summary>
    private const int SubjectWindowWords = 6;

    private static readonly SearchValues<char> AppositiveBreaks = SearchValues.Create(",.;:\"“”");

    /// <summary>Most words between "according to" (or an inverted verb) and the speaker's name.</summary>
    private const int SpeakerWindowWords = 5;

    /// <summary>Auxiliaries and adverbs that may stand between a subject and its speech verb.</summary>
    private static readonly HashSet<string> SubjectFillers = new(StringComparer.Ordinal)
    {
        "also", "has", "had", "have", "later", "then", "further", "previously", "earlier", "again", "reportedly", "would", "will",
    };

    /// <summary>The person or organisation whose name ends with word <paramref name="wordIndex"/>.</summary>
    private static StoryEntity? MentionEndingAt(SentenceView sentence, List<TextSpan> quotes, int wordIndex)
    {
        var word = sentence.Words[wordIndex].Span;
        foreach (var mention in sentence.Entities)
        {
            if (mention.Span.End >= word.End && mention.Span.Start <= word.Start && !Inside(quotes, mention.Span))
            {
                return IsSpeakerKind(mention.Entity) ? mention.Entity : null;
            }
        }

        return null;
    }

    /// <summary>"Ana Lee, the ministry's spokeswoman, said": a name followed by a comma-delimited appositive ending at the verb.</summary>
    private static StoryEntity? AppositiveSubject(SentenceView sentence, List<TextSpan> quotes, int verbStart)
    {
        var text = sentence.Text;
        var close = verbStart - 1;
        while (close > sentence.Span.Start && char.IsWhiteSpace(text[close]))
        {
            close--;
        }

        if (text[close] != ',')
        {
            return null;
        }

        foreach (var mention in sentence.Entities)
        {
            if (mention.Span.End >= close || Inside(quotes, mention.Span) || !IsSpeakerKind(mention.Entity))
            {
                continue;
            }

            var gap = text.AsSpan(mention.Span.End, close - mention.Span.End);
            if (gap.Length > 1 && gap[0] == ',' && gap.Length <= 60 && gap[1..].IndexOfAny(AppositiveBreaks) < 0)
            {
                return mention.Entity;
            }
        }

        return null;
    }

    /// <summary>The first person or organisation starting within <paramref name="windowWords"/> words from word <paramref name="from"/>; a place or nothing gives null.</summary>
    private static StoryEntity? FirstSpeakerAfter(SentenceView sentence, List<TextSpan> quotes, int from, int windowWords)
    {
        if (from >= sentence.Words.Count)
        {
            return null;
        }

        var windowEnd = sentence.Words[Math.Min(sentence.Words.Count - 1, from + windowWords - 1)].Span.End;
        var windowStart = sentence.Words[from].Span.Start;
        foreach (var mention in sentence.Entities)
        {
            if (mention.Span.Start < windowStart || Inside(quotes, mention.Span))
            {
                continue;
            }

            if (mention.Span.Start >= windowEnd)
            {
                break;
            }

            return IsSpeakerKind(mention.Entity) ? mention.Entity : null;
        }

        return null;
    }

    private static bool IsSpeakerKind(StoryEntity entity) => entity.Kind is EntityKind.Person or EntityKind.Organization;

    /// <summary>Quoted passages (including the quote marks) inside a sentence.</summary>
    internal static List<TextSpan> FindQuotes(string text, TextSpan range)
    {
        var quotes = new List<TextSpan>(2);
        var i = range.Start;
        while (i < range.End)
        {
            var c = text[i];
            if (c != '“' && c != '"')
            {
                i++;
                continue;
            }

            var close = c == '“' ? '”' : '"';
            var end = text.IndexOf(close, i + 1, range.End - i - 1);
            if (end < 0)
            {
                break;
            }

            quotes.Add(new TextSpan(i, end + 1));
            i = end + 1;
        }

        return quotes;
    }

    /// <summary>Lower-case words joined by single spaces.</summary>
    internal static string Normalise(ReadOnlySpan<char> text, out int wordCount)
    {
        var builder = new StringBuilder(text.Length);
        wordCount = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (!inWord && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                if (!inWord)
                {
                    wordCount++;
                }

                builder.Append(char.ToLowerInvariant(c));
                inWord = true;
            }
            else
            {
                inWord = false;
            }
        }

        return builder.ToString();
    }

    private static bool Inside(List<TextSpan> quotes, TextSpan span)
    {
        foreach (var quote in quotes)
        {
            if (quote.Contains(span))
            {
                return true;
            }
        }

        return false;
    }
}
