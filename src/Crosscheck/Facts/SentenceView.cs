using System.Collections.Frozen;
using Crosscheck.Model;

namespace Crosscheck.Facts;

/// <summary>One sentence of an article with the layers that fall inside it, as claim readers see it.</summary>
internal sealed class SentenceView
{
    public required AnnotatedArticle Article { get; init; }

    public required TextSpan Span { get; init; }

    public required List<Word> Words { get; init; }

    /// <summary>Resolved entity mentions inside the sentence, in text order.</summary>
    public required List<ResolvedMention> Entities { get; init; }

    public required List<DateMention> Dates { get; init; }

    public required List<QuantityMention> Quantities { get; init; }

    public string Text => Article.Text;

    public ArticleId ArticleId => Article.Id;

    public bool HasAny(FrozenSet<string> words)
    {
        foreach (var word in Words)
        {
            if (words.Contains(word.Lower))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Index of the first word starting at or after <paramref name="charOffset"/> (Words.Count if none).</summary>
    public int WordIndexAt(int charOffset)
    {
        int lo = 0, hi = Words.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Words[mid].Span.Start < charOffset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>The first resolved date of the sentence, any precision.</summary>
    public DateValue? FirstDate()
    {
        foreach (var date in Dates)
        {
            if (date.Value is { } value)
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>Most words a trailing attribution (", a police spokesman in the province said") may have.</summary>
    private const int MaxAttributionWords = 8;

    /// <summary>
    /// Where a trailing attribution starts (", a police spokesman in Kasso said."): its words name
    /// the speaker, not the reported event. <see cref="Span"/>'s end when the sentence has none.
    /// </summary>
    public int TrailingAttributionStart()
    {
        var comma = Text.AsSpan(Span.Start, Span.Length).LastIndexOf(',');
        if (comma < 0)
        {
            return Span.End;
        }

        var start = Span.Start + comma;
        var count = Words.Count - WordIndexAt(start);
        return count is >= 2 and <= MaxAttributionWords && EventVocabulary.SpeechVerbs.Contains(Words[^1].Lower) && Words[^1].Lower != "according"
            ? start
            : Span.End;
    }

    /// <summary>
    /// The place a trailing attribution's speaker spoke from (", a police spokesman in Kasso said"):
    /// a place after "in" or "from" there is where the words were said, not where the event was.
    /// </summary>
    public bool IsSpeakersPlace(TextSpan span, int attributionStart)
    {
        if (span.Start < attributionStart)
        {
            return false;
        }

        var at = WordIndexAt(span.Start);
        return at > 0 && Words[at - 1].Lower is "in" or "from";
    }

    public List<ClaimParticipant> Participants(Func<TextSpan, bool>? exclude = null)
    {
        var result = new List<ClaimParticipant>(Entities.Count);
        foreach (var mention in Entities)
        {
            if (exclude is not null && exclude(mention.Span))
            {
                continue;
            }

            if (!result.Contains(mention.Participant))
            {
                result.Add(mention.Participant);
            }
        }

        return result;
    }
}
