using System.Buffers;
using Crosscheck.Model;

namespace Crosscheck.Facts;

/// <summary>
/// Reads "X met (with) Y", "X visited Y", "X condemned Y" and similar: two resolved entities of a
/// sentence with an interaction verb between them and no clause break. The actor is the first
/// entity; for symmetric verbs (met) the pair is ordered by id so both directions agree.
/// </summary>
internal static class InteractionReader
{
    private const int MaxGapWords = 8;

    private static readonly SearchValues<char> ClauseBreaks = SearchValues.Create(";:\"“”()");

    public static void Read(SentenceView sentence, List<Claim> output)
    {
        var entities = sentence.Entities;
        for (var a = 0; a + 1 < entities.Count; a++)
        {
            var actor = entities[a];
            if (actor.Entity.Kind == EntityKind.Other)
            {
                continue;
            }

            var target = entities[a + 1];
            if (target.Entity.Id == actor.Entity.Id)
            {
                continue;
            }

            var gap = new TextSpan(actor.Span.End, target.Span.Start);
            if (gap.IsEmpty || HasClauseBreak(gap.In(sentence.Text)))
            {
                continue;
            }

            var first = sentence.WordIndexAt(gap.Start);
            var end = sentence.WordIndexAt(gap.End);
            if (end - first > MaxGapWords)
            {
                continue;
            }

            string? verb = null;
            for (var i = first; i < end && verb is null; i++)
            {
                if (EventVocabulary.InteractionWords.TryGetValue(sentence.Words[i].Lower, out var cls))
                {
                    verb = cls;
                }
            }

            if (verb is null)
            {
                continue;
            }

            target = SkipPossessor(sentence, a + 1);
            var (x, y) = (actor.Entity, target.Entity);
            if (verb == "met" && string.CompareOrdinal(x.Id, y.Id) > 0)
            {
                (x, y) = (y, x);
            }

            var span = new TextSpan(actor.Span.Start, target.Span.End);
            var value = x.Name + " " + verb + " " + y.Name;
            output.Add(new Claim(ClaimKind.Interaction, verb + "|" + x.Id + "|" + y.Id, value, span.Of(sentence.Text), sentence.ArticleId, sentence.Span, span)
            {
                Subject = value,
                Anchor = actor.Entity.Id,
                Participants = [new ClaimParticipant(x.Id, x.Kind), new ClaimParticipant(y.Id, y.Kind)],
                Date = sentence.FirstDate(),
            });
        }
    }

    /// <summary>
    /// In "met Belmark's president Lena Kirsch" the object is the person, not the country that
    /// possesses the title: when the entity at <paramref name="index"/> is followed by 's and
    /// another entity comes within a few words, returns that entity.
    /// </summary>
    private static ResolvedMention SkipPossessor(SentenceView sentence, int index)
    {
        var mention = sentence.Entities[index];
        var text = sentence.Text;
        var end = mention.Span.End;
        var possessive = end + 1 < sentence.Span.End && text[end] is '\'' or '’' && text[end + 1] == 's';
        if (!possessive || index + 1 >= sentence.Entities.Count)
        {
            return mention;
        }

        var next = sentence.Entities[index + 1];
        var gap = new TextSpan(end, next.Span.Start);
        return !HasClauseBreak(gap.In(text)) && sentence.WordIndexAt(gap.End) - sentence.WordIndexAt(gap.Start) <= 4 ? next : mention;
    }

    private static bool HasClauseBreak(ReadOnlySpan<char> gap) => gap.IndexOfAny(ClauseBreaks) >= 0;
}
