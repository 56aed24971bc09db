using System.Text.RegularExpressions;
using Crosscheck.Facts;
using Crosscheck.Model;

namespace Crosscheck.Tests.Facts;

/// <summary>
/// Builds hand-annotated mini stories: articles split into sentences, entity mentions found by
/// name, dates and quantities placed by phrase, and the entity resolution over them.
/// </summary>
internal sealed partial class StoryFixture
{
    private readonly List<(string Id, string Name, EntityKind Kind, string[] Forms)> _entities = [];
    private readonly List<ArticleDraft> _articles = [];
    private readonly List<(string EntityId, string Canonical, string Variant)> _namings = [];

    public StoryFixture Entity(string id, string name, EntityKind kind, params string[] aliases)
    {
        _entities.Add((id, name, kind, [name, .. aliases]));
        return this;
    }

    public StoryFixture Naming(string entityId, string canonical, string variant)
    {
        _namings.Add((entityId, canonical, variant));
        return this;
    }

    public ArticleDraft Article(string key, string text, string? title = null, string? outlet = null)
    {
        var draft = new ArticleDraft(key, text, title, outlet);
        _articles.Add(draft);
        return draft;
    }

    public IReadOnlyList<AnnotatedArticle> Articles => _articles.Select(a => a.Build(_entities)).ToList();

    public static ArticleId Id(string key) => ArticleDraft.IdOf(key);

    public StoryCluster Story => new(new StoryId("s-test"), _articles.Select(a => ArticleDraft.IdOf(a.Key)).ToList());

    public static Family Family(params string[] keys) =>
        new(FamilyId.FoundedBy(ArticleDraft.IdOf(keys[0])), keys.Select(ArticleDraft.IdOf).ToList());

    /// <summary>The claims of the fixture's one article (the phrasing tests build single-article stories).</summary>
    public IReadOnlyList<Claim> SingleArticleClaims()
    {
        var article = Assert.Single(Articles);
        return new ClaimExtractor(CrossCheckOptions.Default).Extract(article, Resolution());
    }

    /// <summary>The key of the one dated event a one-sentence article yields when <paramref name="datePhrase"/> is dated <paramref name="date"/>.</summary>
    public static string DatedEventKey(string sentence, string datePhrase, DateOnly date)
    {
        var story = new StoryFixture();
        story.Article("a", sentence).Date(datePhrase, date);
        return Assert.Single(story.SingleArticleClaims(), c => c.Kind == ClaimKind.DatedEvent).Key;
    }

    public EntityResolution Resolution()
    {
        var articles = Articles;
        var entities = new List<StoryEntity>();
        foreach (var (id, name, kind, forms) in _entities)
        {
            var mentions = new List<SourceRef>();
            foreach (var article in articles)
            {
                foreach (var mention in article.Entities)
                {
                    var text = mention.Span.Of(article.Text);
                    if (forms.Contains(text, StringComparer.Ordinal))
                    {
                        mentions.Add(new SourceRef(article.Id, mention.Span));
                    }
                }
            }

            entities.Add(new StoryEntity(id, name, kind, forms.Skip(1).ToList(), mentions.Select(m => m.ArticleId).Distinct().ToList(), mentions, []));
        }

        var namings = new List<NamingVariant>();
        foreach (var (entityId, canonical, variant) in _namings)
        {
            var sources = new List<SourceRef>();
            foreach (var article in articles)
            {
                foreach (var mention in article.Entities)
                {
                    if (mention.Span.Of(article.Text) == variant)
                    {
                        sources.Add(new SourceRef(article.Id, mention.Span));
                    }
                }
            }

            namings.Add(new NamingVariant(entityId, canonical, variant, sources));
        }

        return new EntityResolution(entities, namings);
    }

    /// <summary>One article being written: its text plus the date and quantity phrases to annotate.</summary>
    internal sealed class ArticleDraft(string key, string text, string? title, string? outlet)
    {
        private readonly List<(string Phrase, DateValue Value)> _dates = [];
        private readonly List<(string Phrase, decimal Value, QuantityModifier Modifier, string? Unit)> _quantities = [];

        public string Key => key;

        public static ArticleId IdOf(string key) => new("a-" + key);

        public ArticleDraft Date(string phrase, DateOnly day)
        {
            _dates.Add((phrase, DateValue.Day(day)));
            return this;
        }

        public ArticleDraft Date(string phrase, DateValue value)
        {
            _dates.Add((phrase, value));
            return this;
        }

        public ArticleDraft Quantity(string phrase, decimal value, QuantityModifier modifier, string? unit)
        {
            _quantities.Add((phrase, value, modifier, unit));
            return this;
        }

        public AnnotatedArticle Build(List<(string Id, string Name, EntityKind Kind, string[] Forms)> entities)
        {
            var article = new Article
            {
                Id = IdOf(key),
                SourcePath = key + ".txt",
                Format = SourceFormat.Text,
                ContentHash = key,
                Text = text,
                Metadata = new ArticleMetadata { Title = title, Outlet = outlet },
                Body = [new TextSpan(0, text.Length)],
            };

            return new AnnotatedArticle(article)
            {
                Sentences = SplitSentences(text),
                Entities = FindEntities(text, entities),
                Dates = _dates.Select(d => new DateMention(Find(text, d.Phrase), d.Value, true)).OrderBy(d => d.Span.Start).ToList(),
                Quantities = _quantities.Select(q => Quantity(text, q)).OrderBy(q => q.Span.Start).ToList(),
            };
        }

        private static QuantityMention Quantity(string text, (string Phrase, decimal Value, QuantityModifier Modifier, string? Unit) q)
        {
            var span = Find(text, q.Phrase);
            var digits = DigitsPattern().Match(q.Phrase);
            var number = new TextSpan(span.Start + digits.Index, span.Start + digits.Index + digits.Length);
            return new QuantityMention(span, q.Value, q.Modifier, q.Unit, number);
        }

        private static TextSpan Find(string text, string phrase)
        {
            var at = text.IndexOf(phrase, StringComparison.Ordinal);
            Assert.True(at >= 0, $"phrase not in text: {phrase}");
            return new TextSpan(at, at + phrase.Length);
        }

        private static List<Sentence> SplitSentences(string text)
        {
            var sentences = new List<Sentence>();
            var start = 0;
            foreach (Match end in SentenceEndPattern().Matches(text))
            {
                sentences.Add(new Sentence(new TextSpan(start, end.Index + 1 + (end.Groups["q"].Success ? 1 : 0))));
                start = end.Index + end.Length;
            }

            if (start < text.TrimEnd().Length)
            {
                sentences.Add(new Sentence(new TextSpan(start, text.TrimEnd().Length)));
            }

            return sentences;
        }

        private static List<EntityMention> FindEntities(string text, List<(string Id, string Name, EntityKind Kind, string[] Forms)> entities)
        {
            var found = new List<EntityMention>();
            foreach (var (form, kind) in entities.SelectMany(e => e.Forms.Select(f => (f, e.Kind))).OrderByDescending(f => f.f.Length))
            {
                var at = 0;
                while ((at = text.IndexOf(form, at, StringComparison.Ordinal)) >= 0)
                {
                    var span = new TextSpan(at, at + form.Length);
                    var bounded = (at == 0 || !char.IsLetter(text[at - 1])) && (span.End == text.Length || !char.IsLetter(text[span.End]));
                    if (bounded && !found.Exists(m => m.Span.Overlaps(span)))
                    {
                        found.Add(new EntityMention(span, kind, 0.9f));
                    }

                    at = span.End;
                }
            }

            return found.OrderBy(m => m.Span.Start).ToList();
        }
    }

    [GeneratedRegex(@"[.!?](?<q>[""”])?\s+")]
    private static partial Regex SentenceEndPattern();

    [GeneratedRegex(@"\d[\d,.]*")]
    private static partial Regex DigitsPattern();
}
