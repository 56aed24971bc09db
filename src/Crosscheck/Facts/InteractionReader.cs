using System.Buffers;
using Crosscheck.Model;

namespace Crosscheck.Facts;

/// <summary>
/// Reads "X met (with) Y", "X visited Y", "X condemned Y" and similar: two resolved entities of a
/// sentence with an interaction verb between them and no clause break. The actor is the first
/// entity; for symmetric verbs (met) the pair is ordered by id so both directions agree. When the
/// subject is a pronoun or a role ("He met Y", "The army chief also met Y"), the actor is the
/// previous sentence's person. Negated verbs ("did not meet", "no meeting") are not claims.
/// The claim's value is the day of the interaction when the sentence dates it, else
/// <see cref="Undated"/>; <see cref="ClaimExtractor"/> may date it later from a neighbouring sentence.
/// </summary>
internal static class InteractionReader
{
    /// <summary>Value of an interaction claim whose day is not known.</summary>
    public const string Undated = "undated";

    private const int MaxGapWords = 8;

    /// <summary>Most words between a verb whose subject is a pronoun or role and its object.</summary>
    private const int MaxObjectWords = 6;

    private static readonly SearchValues<char> ClauseBreaks = SearchValues.Create(";:\"“”()");

    public static void Read(SentenceView sentence, StoryEntity? previousPerson, List<Claim> output)
    {
        var entities = sentence.Entities;
        var usedVerbs = new List<int>(2);
        for (var a = 0; a + 1 < entities.Count; a++)
        {
            var actor = entities[a];
            if (actor.Entity.Kind == EntityKind.Other || IsPossessor(sentence, actor.Span) || IsRoleComplement(sentence, actor.Span))
            {
                // "Belmark's president met …", "The head of Belmark's army met …": the named
                // entity qualifies the actor's role; it is not the actor.
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

            var verbAt = FindVerb(sentence, first, end, out var verb);
            if (verb is null)
            {
                continue;
            }

            target = SkipPossessorOrOrganisation(sentence, a + 1);
            if (verb is "met" or "called" or "hosted" && (!IsParty(actor.Entity) || !IsParty(target.Entity)))
            {
                // People and organisations meet, phone and host; places and other names
                // (nationalities, events) do not.
                continue;
            }

            usedVerbs.Add(verbAt);
            Add(sentence, actor.Entity, target.Entity, verb, new TextSpan(actor.Span.Start, target.Span.End), output);
        }

        if (previousPerson is not null)
        {
            ReadWithImplicitActor(sentence, previousPerson, usedVerbs, output);
        }
    }

    /// <summary>"He met Y", "The army chief also met with Y": the actor is the previous person.</summary>
    private static void ReadWithImplicitActor(SentenceView sentence, StoryEntity previousPerson, List<int> usedVerbs, List<Claim> output)
    {
        var words = sentence.Words;
        for (var v = 0; v < words.Count; v++)
        {
            if (usedVerbs.Contains(v) || !EventVocabulary.InteractionWords.TryGetValue(words[v].Lower, out var verb) || IsNegated(sentence, v))
            {
                continue;
            }

            var clauseStart = ClauseStart(sentence, v);
            if (!ImplicitSubject(sentence, clauseStart, v))
            {
                continue;
            }

            var targetIndex = -1;
            for (var e = 0; e < sentence.Entities.Count; e++)
            {
                var mention = sentence.Entities[e];
                if (mention.Span.Start <= words[v].Span.End)
                {
                    continue;
                }

                if (sentence.WordIndexAt(mention.Span.Start) - v <= MaxObjectWords &&
                    !HasClauseBreak(sentence.Text.AsSpan(words[v].Span.End, mention.Span.Start - words[v].Span.End)))
                {
                    targetIndex = e;
                }

                break;
            }

            if (targetIndex < 0)
            {
                continue;
            }

            var target = SkipPossessorOrOrganisation(sentence, targetIndex);
            if (target.Entity.Id == previousPerson.Id || target.Entity.Kind == EntityKind.Other)
            {
                continue;
            }

            Add(sentence, previousPerson, target.Entity, verb, new TextSpan(words[clauseStart].Span.Start, target.Span.End), output);
        }
    }

    private static void Add(SentenceView sentence, StoryEntity actor, StoryEntity target, string verb, TextSpan span, List<Claim> output)
    {
        var (x, y) = (actor, target);
        if (verb == "met" && string.CompareOrdinal(x.Id, y.Id) > 0)
        {
            (x, y) = (y, x);
        }

        var date = FirstDay(sentence);
        var subject = x.Name + " " + verb + " " + y.Name;
        output.Add(new Claim(ClaimKind.Interaction, verb + "|" + x.Id + "|" + y.Id, date?.ToString() ?? Undated, span.Of(sentence.Text), sentence.ArticleId, sentence.Span, span)
        {
            Subject = subject,
            Anchor = actor.Id,
            Participants = [new ClaimParticipant(x.Id, x.Kind), new ClaimParticipant(y.Id, y.Kind)],
            Date = date,
        });
    }

    /// <summary>The first day (or range of days) the sentence names.</summary>
    internal static DateValue? FirstDay(SentenceView sentence)
    {
        foreach (var date in sentence.Dates)
        {
            if (date.Value is { } value && FactAligner.IsDayLike(value))
            {
                return value;
            }
        }

        return null;
    }

    private static int FindVerb(SentenceView sentence, int first, int end, out string? verb)
    {
        for (var i = first; i < end; i++)
        {
            if (EventVocabulary.InteractionWords.TryGetValue(sentence.Words[i].Lower, out var cls) && !IsNegated(sentence, i))
            {
                verb = cls;
                return i;
            }
        }

        verb = null;
        return -1;
    }

    /// <summary>"did not meet", "no meeting", "never visited": a negation within two words before the verb.</summary>
    private static bool IsNegated(SentenceView sentence, int verb)
    {
        for (var i = Math.Max(0, verb - 2); i < verb; i++)
        {
            if (EventVocabulary.Negations.Contains(sentence.Words[i].Lower))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Index of the first word of the clause holding word <paramref name="verb"/>: after the last ";", ":" or ", but".</summary>
    private static int ClauseStart(SentenceView sentence, int verb)
    {
        var words = sentence.Words;
        for (var i = verb - 1; i > 0; i--)
        {
            var between = sentence.Text.AsSpan(words[i - 1].Span.End, words[i].Span.Start - words[i - 1].Span.End);
            if (between.IndexOfAny(';', ':') >= 0 || (between.Contains(',') && words[i].Lower is "but" or "while" or "and" or "whereas"))
            {
                return words[i].Lower is "but" or "while" or "and" or "whereas" ? i + 1 : i;
            }
        }

        return 0;
    }

    /// <summary>The clause's subject is "he"/"she" or a role ("the army chief", "its commander-in-chief") naming no person.</summary>
    private static bool ImplicitSubject(SentenceView sentence, int clauseStart, int verb)
    {
        var words = sentence.Words;
        if (clauseStart >= verb)
        {
            return false;
        }

        if (EventVocabulary.Pronouns.Contains(words[clauseStart].Lower))
        {
            return true;
        }

        var clause = new TextSpan(words[clauseStart].Span.Start, words[verb].Span.Start);
        foreach (var mention in sentence.Entities)
        {
            if (clause.Contains(mention.Span) && mention.Entity.Kind is EntityKind.Person or EntityKind.Organization
                && !IsRoleComplement(sentence, mention.Span))
            {
                return false;
            }
        }

        for (var i = clauseStart; i < verb; i++)
        {
            if (EventVocabulary.RoleNouns.Contains(words[i].Lower))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// In "met Belmark's president Lena Kirsch" the object is the person, not the country that
    /// possesses the title; in "met the head of Norcorp, Lena Kirsch," it is the person in
    /// apposition, not the organisation. Returns the person when one follows that closely.
    /// </summary>
    private static ResolvedMention SkipPossessorOrOrganisation(SentenceView sentence, int index)
    {
        // "the head of Teland's arms exporter Norcorp, Lena Kirsch": possessor, then apposition.
        var mention = sentence.Entities[index];
        for (var step = 0; step < 2 && index < sentence.Entities.Count; step++)
        {
            var next = SkipOnce(sentence, index);
            if (next.Span == mention.Span)
            {
                break;
            }

            mention = next;
            index++;
        }

        return mention;
    }

    private static bool IsParty(StoryEntity entity) => entity.Kind is EntityKind.Person or EntityKind.Organization;

    /// <summary>"the commander-in-chief of (the) X": X completes a role noun.</summary>
    private static bool IsRoleComplement(SentenceView sentence, TextSpan mention)
    {
        var words = sentence.Words;
        var j = sentence.WordIndexAt(mention.Start) - 1;
        if (j >= 0 && words[j].Lower == "the")
        {
            j--;
        }

        return j >= 1 && words[j].Lower == "of" && EventVocabulary.RoleNouns.Contains(words[j - 1].Lower);
    }

    private static bool IsPossessor(SentenceView sentence, TextSpan mention)
    {
        var text = sentence.Text;
        var end = mention.End;
        return end + 1 < sentence.Span.End && text[end] is '\'' or '’' && text[end + 1] == 's';
    }

    private static ResolvedMention SkipOnce(SentenceView sentence, int index)
    {
        var mention = sentence.Entities[index];
        if (mention.Entity.Kind == EntityKind.Person || index + 1 >= sentence.Entities.Count)
        {
            return mention;
        }

        var text = sentence.Text;
        var end = mention.Span.End;
        var next = sentence.Entities[index + 1];
        var gap = new TextSpan(end, next.Span.Start);
        var gapText = gap.In(text);
        if (IsPossessor(sentence, mention.Span))
        {
            // "Teland's defence minister X": the country possesses the person's title.
            return !HasClauseBreak(gapText) && sentence.WordIndexAt(gap.End) - sentence.WordIndexAt(gap.Start) <= 4 ? next : mention;
        }

        if (mention.Entity.Kind is EntityKind.Other or EntityKind.Place && next.Entity.Kind == EntityKind.Person && IsTitleGap(sentence, gap))
        {
            // "Telandic Defence Minister X", "Teland Prime Minister X": the name qualifies the person's title.
            return next;
        }

        var apposition = next.Entity.Kind == EntityKind.Person && gapText.Trim().SequenceEqual(",");
        return apposition ? next : mention;
    }

    /// <summary>At most four capitalised title words between a qualifier and a person ("Prime Minister").</summary>
    private static bool IsTitleGap(SentenceView sentence, TextSpan gap)
    {
        var first = sentence.WordIndexAt(gap.Start);
        var end = sentence.WordIndexAt(gap.End);
        if (end - first > 4 || HasClauseBreak(gap.In(sentence.Text)) || gap.In(sentence.Text).Contains(','))
        {
            return false;
        }

        for (var i = first; i < end; i++)
        {
            if (!char.IsUpper(sentence.Text[sentence.Words[i].Span.Start]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasClauseBreak(ReadOnlySpan<char> gap) => gap.IndexOfAny(ClauseBreaks) >= 0;
}
