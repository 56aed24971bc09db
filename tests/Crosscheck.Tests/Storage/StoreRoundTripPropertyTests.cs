using System.Text.Json;
using Crosscheck.Model;
using Crosscheck.Storage;
using CsCheck;

namespace Crosscheck.Tests.Storage;

public sealed class StoreRoundTripPropertyTests : IDisposable
{
    private readonly TempStore _temp = new();

    public void Dispose() => _temp.Dispose();

    /// <summary>Random text (any UTF-16, including lone surrogates and NUL) with random in-range spans and metadata.</summary>
    private static readonly Gen<AnnotatedArticle> ArticleGen =
        from text in Gen.String[1, 400]
        from cuts in Gen.Int[0, 400].Array[0, 8]
        from title in Gen.String.Null()
        from published in Gen.Date.Nullable()
        from evidence in Gen.Enum<MetadataEvidence>()
        from score in Gen.Float[0f, 1f]
        from value in Gen.Decimal
        from record in Gen.Long.Nullable()
        select Make(text, cuts, title, published is { } d ? DateOnly.FromDateTime(d) : null, evidence, score, value, record);

    [Fact]
    public void Any_article_round_trips_through_the_store()
    {
        using var store = SqliteStore.Open(_temp.DbPath);
        ArticleGen.Sample(article =>
        {
            store.AddArticles([article]);
            Assert.True(store.TryLoadArticle(article.Id, out var loaded));
            Assert.Equal(JsonSerializer.Serialize(article), JsonSerializer.Serialize(loaded));
        }, iter: 200, threads: 1);
    }

    private static AnnotatedArticle Make(
        string text, int[] cuts, string? title, DateOnly? published, MetadataEvidence evidence, float score, decimal value, long? record)
    {
        var points = cuts.Select(c => c % (text.Length + 1)).Order().ToArray();
        var spans = new List<TextSpan>();
        for (var i = 0; i + 1 < points.Length; i += 2)
        {
            spans.Add(new TextSpan(points[i], points[i + 1]));
        }

        var first = spans.Count > 0 ? spans[0] : new TextSpan(0, text.Length);
        var hash = ContentHash.Of(text + "|" + Guid.NewGuid().ToString("N"));
        var article = new Article
        {
            Id = ArticleId.FromContentHash(hash),
            SourcePath = "in/" + text[..Math.Min(5, text.Length)],
            Record = record,
            Format = SourceFormat.Html,
            ContentHash = hash,
            Text = text,
            Metadata = new ArticleMetadata
            {
                Title = title, TitleSpan = first, Url = title, Outlet = title, OutletEvidence = evidence,
                Published = published, PublishedEvidence = evidence, Authors = title is null ? [] : [title, text],
                Agencies = [text], Language = title,
            },
            Body = spans,
            Removed = spans.Select(s => new RemovedBlock(s, ChromeKind.Footer)).ToList(),
        };
        return new AnnotatedArticle(article)
        {
            Sentences = spans.Select(s => new Sentence(s)).ToList(),
            Tokens = spans.Select(s => new Token(s, TokenKind.Hashtag)).ToList(),
            Entities = [new EntityMention(first, EntityKind.Place, score, title)],
            Dates = published is { } day
                ? [new DateMention(first, new DateValue(day, day.AddDays(3), DatePrecision.Range), true), new DateMention(first, null, false)]
                : [],
            Quantities = [new QuantityMention(first, value, QuantityModifier.UpTo, title, first)],
        };
    }
}
