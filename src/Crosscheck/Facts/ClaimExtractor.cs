using Crosscheck.Model;

namespace Crosscheck.Facts;

/// <summary>
/// Reads structured claims from the sentences of an annotated article: counted outcomes, vote
/// tallies and positions, dated events, interactions between entities, attributed quotes, and
/// people's ages and roles.
/// Every claim points at its sentence and at the words carrying its answer.
/// </summary>
public sealed class ClaimExtractor
{
    public const string StageId = "facts.claims/10";

    /// <summary>How many sentences back a vote sentence looks for the voting body.</summary>
    private const int BodyLookbackSentences = 4;

    private readonly QuantityClaimReader _quantities;
    private readonly QuoteReader _quotes;
    private readonly AttributeReader _attributes = new();

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
        var firstClaimOf = new int[article.Sentences.Count + 1];
        SentenceView? openQuote = null; // the last sentence, when a quote it opens runs on into the next

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

            firstClaimOf[index] = claims.Count;
            var voteBody = index - bodySentence <= BodyLookbackSentences ? body : null;
            consumed.Clear();
            VoteClaimReader.Read(sentence, voteBody?.Id, voteBody?.Name, claims, consumed);
            ScoreReader.Read(sentence, isVote, consumed, claims);
            _quantities.Read(sentence, isVote, consumed, claims);
            DatedEventReader.Read(sentence, claims);
            InteractionReader.Read(sentence, lastPerson, claims);
            var leavesOpen = LeavesQuoteOpen(article.Text, span);
            if (openQuote is not null && leavesOpen)
            {
                // "\"No one will lose a cent. Every account will be restored,\" she said.": the
                // sentence that opened the quote and the one that closes it are read as one.
                _quotes.Read(Joined(openQuote, sentence), lastPerson, claims);
                openQuote = null;
            }
            else
            {
                _quotes.Read(sentence, lastPerson, claims);
                openQuote = leavesOpen ? sentence : null;
            }

            _attributes.Read(sentence, claims);

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

        firstClaimOf[article.Sentences.Count] = claims.Count;
        DateInteractionsFromNeighbours(article, claims, firstClaimOf);
        return claims;
    }

    /// <summary>
    /// An undated interaction takes the day of a neighbouring sentence of its paragraph that dates
    /// a meeting, a statement or an unnamed event: the previous one for "also met", the next one
    /// when it opens with its date ("… would hold talks with Y. On June 21, the officials
    /// discussed …"), else the previous, then the next. Arrivals, votes and other named events
    /// never lend their day.
    /// </summary>
    private static void DateInteractionsFromNeighbours(AnnotatedArticle article, List<Claim> claims, int[] firstClaimOf)
    {
        for (var s = 0; s < article.Sentences.Count; s++)
        {
            for (var c = firstClaimOf[s]; c < firstClaimOf[s + 1]; c++)
            {
                var claim = claims[c];
                if (claim.Kind != ClaimKind.Interaction || claim.Date is not null)
                {
                    continue;
                }

                var also = claim.Sentence.In(article.Text).Contains(" also ", StringComparison.Ordinal);
                ReadOnlySpan<int> order = also ? [s - 1, s + 1] : OpensWithDate(article, claims, firstClaimOf, s + 1) ? [s + 1, s - 1] : [s - 1, s + 1];
                foreach (var n in order)
                {
                    if (n < 0 || n >= article.Sentences.Count || !SameParagraph(article, s, n) || LendingEvent(claims, firstClaimOf, n) is not { } dated)
                    {
                        continue;
                    }

                    claims[c] = claim with { Date = dated.Date, Value = dated.Value, DateSource = dated.Source };
                    break;
                }
            }
        }
    }

    private static Claim? LendingEvent(List<Claim> claims, int[] firstClaimOf, int sentence)
    {
        for (var c = firstClaimOf[sentence]; c < firstClaimOf[sentence + 1]; c++)
        {
            var claim = claims[c];
            if (claim.Kind == ClaimKind.DatedEvent && claim.Date is { Precision: DatePrecision.Day } &&
                claim.Key is "event:meeting" or "event:" + EventVocabulary.Statement or "event:" + EventVocabulary.Other)
            {
                return claim;
            }
        }

        return null;
    }

    private static bool OpensWithDate(AnnotatedArticle article, List<Claim> claims, int[] firstClaimOf, int sentence)
    {
        if (sentence >= article.Sentences.Count || LendingEvent(claims, firstClaimOf, sentence) is not { } dated)
        {
            return false;
        }

        var opening = Word.Scan(article.Text, new TextSpan(article.Sentences[sentence].Span.Start, dated.Span.Start));
        return opening.Count <= 1;
    }

    private static bool SameParagraph(AnnotatedArticle article, int a, int b)
    {
        var (first, second) = a < b ? (a, b) : (b, a);
        var gap = new TextSpan(article.Sentences[first].Span.End, article.Sentences[second].Span.Start);
        var newlines = 0;
        foreach (var ch in gap.In(article.Text))
        {
            newlines += ch == '\n' ? 1 : 0;
        }

        return newlines < 2;
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

    /// <summary>The sentence has an unmatched quotation mark: it opens a quote that the next closes, or closes one the last opened.</summary>
    internal static bool LeavesQuoteOpen(string text, TextSpan span)
    {
        var sentence = span.In(text);
        var straight = sentence.Count('"');
        return straight % 2 == 1 || sentence.Count('“') != sentence.Count('”');
    }

    /// <summary>Two neighbouring sentences read as one, for a quote that runs across them.</summary>
    private static SentenceView Joined(SentenceView first, SentenceView second)
    {
        var span = new TextSpan(first.Span.Start, second.Span.End);
        return new SentenceView
        {
            Article = second.Article,
            Span = span,
            Words = Word.Scan(second.Article.Text, span),
            Entities = [.. first.Entities, .. second.Entities],
            Dates = [.. first.Dates, .. second.Dates],
            Quantities = [.. first.Quantities, .. second.Quantities],
        };
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
