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
