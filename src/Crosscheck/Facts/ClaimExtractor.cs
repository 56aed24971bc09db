using Crosscheck.Model;

namespace Crosscheck.Facts;

/// <summary>
/// Reads structured claims from the sentences of an annotated article: counted outcomes, vote
/// tallies and positions, dated events, interactions between entities, and attributed quotes.
/// Every claim points at its sentence and at the words carrying its answer.
/// </summary>
public sealed class ClaimExtractor
{
    public const string StageId = "facts.claims/1";

    /// <summary>How many sentences back a vote sentence looks for the voting body.</summary>
    private const int BodyLookbackSentences = 4;

    private readonly QuantityClaimReader _quantities;
    private readonly QuoteReader _quotes;

    public ClaimExtractor(CrossCheckOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _quantities = new QuantityClaimReader(options);
        _quotes = new QuoteReader(options);
    }

    /// <summary>The claims of one article, in text order of their sentences.</summary>
    public IReadOnlyList<Claim> Extract(AnnotatedArticle article, EntityResolution entities)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(entities);

        var claims = new List<Claim>();
        int entityAt = 0, dateAt = 0, quantityAt = 0;
        StoryEntity? lastPerson = null; // for "he said"
        StoryEntity? body = null;
        var bodySentence = int.MinValue;
        var consumed = new List<TextSpan>();

        for (var index = 0; index < article.Sentences.Count; index++)
        {
            var span = article.Sentences[index].Span;
            var sentence = new SentenceView
            {
                Article = article,
                Span = span,
                Words = Word.Scan(article.Text, span),
                Entities = Resolved(article, entities, span, ref entityAt),
                Dates = Inside(article.Dates, span, static d => d.Span, ref dateAt),
                Quantities = Inside(article.Quantities, span, static q => q.Span, ref quantityAt),
            };

            var isVote = sentence.HasAny(EventVocabulary.VoteWords);
            if ((isVote || sentence.HasAny(EventVocabulary.BodyNouns)) && FirstOrganisation(sentence) is { } org)
            {
                body = org;
                bodySentence = index;
            }

            var voteBody = index - bodySentence <= BodyLookbackSentences ? body : null;
            consumed.Clear();
            VoteClaimReader.Read(sentence, voteBody?.Id, voteBody?.Name, claims, consumed);
            _quantities.Read(sentence, isVote, consumed, claims);
            DatedEventReader.Read(sentence, claims);
            InteractionReader.Read(sentence, claims);
            _quotes.Read(sentence, lastPerson, claims);

            // The subject of the last sentence naming a person: English subjects come first.
            foreach (var mention in sentence.Entities)
            {
                if (mention.Entity.Kind == EntityKind.Person)
                {
                    lastPerson = mention.Entity;
                    break;
                }
            }
        }

        return claims;
    }

    private static StoryEntity? FirstOrganisation(SentenceView sentence)
    {
        foreach (var mention in sentence.Entities)
        {
            if (mention.Entity.Kind == EntityKind.Organization)
            {
                return mention.Entity;
            }
        }

        return null;
    }

    private static List<ResolvedMention> Resolved(AnnotatedArticle article, EntityResolution entities, TextSpan sentence, ref int cursor)
    {
        var mentions = Inside(article.Entities, sentence, static e => e.Span, ref cursor);
        var resolved = new List<ResolvedMention>(mentions.Count);
        foreach (var mention in mentions)
        {
            if (entities.TryGetEntity(article.Id, mention.Span, out var entity))
            {
                resolved.Add(new ResolvedMention(mention, entity));
            }
        }

        return resolved;
    }

    /// <summary>Items of a sorted layer inside <paramref name="sentence"/>, advancing a cursor shared across sentences.</summary>
    private static List<T> Inside<T>(IReadOnlyList<T> layer, TextSpan sentence, Func<T, TextSpan> spanOf, ref int cursor)
    {
        var items = new List<T>();
        while (cursor < layer.Count && spanOf(layer[cursor]).Start < sentence.Start)
        {
            cursor++;
        }

        for (var i = cursor; i < layer.Count && spanOf(layer[i]).Start < sentence.End; i++)
        {
            if (sentence.Contains(spanOf(layer[i])))
            {
                items.Add(layer[i]);
            }
        }

        return items;
    }
}
