using System.Text;
using Crosscheck.Model;

namespace Crosscheck.Facts;

/// <summary>
/// Reads attributed direct quotes: a quoted passage of at least
/// <see cref="CrossCheckOptions.MinQuoteWords"/> words in a sentence that has a speech verb
/// (said, told, added, according to, ...) outside the quote. The speaker is the person named
/// outside the quote, else the last person named before when the subject is "he"/"she", else an
/// organisation named outside the quote. Unattributed quotes are not claims.
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
            if (EventVocabulary.SpeechVerbs.Contains(sentence.Words[i].Lower) && !Inside(quotes, sentence.Words[i].Span))
            {
                speechIndex = i;
            }
        }

        if (speechIndex < 0)
        {
            return;
        }

        var speaker = FindSpeaker(sentence, quotes, speechIndex, previousPerson);
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

    private static StoryEntity? FindSpeaker(SentenceView sentence, List<TextSpan> quotes, int speechIndex, StoryEntity? previousPerson)
    {
        var speechAt = sentence.Words[speechIndex].Span.Start;
        StoryEntity? person = null;
        StoryEntity? organisation = null;
        var personDistance = int.MaxValue;
        foreach (var mention in sentence.Entities)
        {
            if (Inside(quotes, mention.Span))
            {
                continue;
            }

            var distance = Math.Abs(mention.Span.Start - speechAt);
            if (mention.Entity.Kind == EntityKind.Person && distance < personDistance)
            {
                person = mention.Entity;
                personDistance = distance;
            }
            else if (mention.Entity.Kind == EntityKind.Organization)
            {
                organisation ??= mention.Entity;
            }
        }

        if (person is not null)
        {
            return person;
        }

        var words = sentence.Words;
        for (var i = Math.Max(0, speechIndex - 2); i <= Math.Min(words.Count - 1, speechIndex + 2); i++)
        {
            if (EventVocabulary.Pronouns.Contains(words[i].Lower) && previousPerson is not null)
            {
                return previousPerson;
            }
        }

        return organisation;
    }

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
