using Crosscheck.Model;

namespace Crosscheck.Reports;

/// <summary>
/// What the story reports show, arranged for rendering: numbered sources with their families,
/// facts grouped by status (conflicts first), and the source × fact matrix. Built from the
/// findings as they are; nothing is recomputed.
/// </summary>
public sealed class StoryReport
{
    public const string StageId = "reports.story/1";

    /// <summary>Longest quote of supporting text shown, in UTF-16 code units, before it is cut with an ellipsis.</summary>
    public const int MaxQuoteChars = 400;

    private readonly Dictionary<ArticleId, ReportSource> _sourceById;

    private StoryReport(StoryFindings findings, List<ReportSource> sources)
    {
        Findings = findings;
        Sources = sources;
        _sourceById = sources.ToDictionary(s => s.ArticleId);
        Conflicts = findings.Facts.Where(f => f.Status == FactStatus.Conflicting).ToList();
        SingleSourceClaims = findings.Facts.Where(f => f.Status == FactStatus.SingleSource).ToList();
        SettledFacts = findings.Facts
            .Where(f => f.Status is FactStatus.Compatible or FactStatus.Corroborated)
            .OrderBy(f => f.Status == FactStatus.Corroborated ? 1 : 0)
            .ToList();
        Matrix = Conflicts.Concat(SingleSourceClaims).Concat(SettledFacts).Select(BuildRow).ToList();
        Comparison = SourceComparison.Compute(findings);
    }

    public StoryFindings Findings { get; }

    public StoryId Id => Findings.Story.Id;

    public string Headline => Findings.Headline;

    /// <summary>The story's articles in story order, then any other article the findings cite; numbered from 1.</summary>
    public IReadOnlyList<ReportSource> Sources { get; }

    /// <summary>Facts the independent sources disagree on.</summary>
    public IReadOnlyList<Fact> Conflicts { get; }

    /// <summary>Facts only one independent source (family) states.</summary>
    public IReadOnlyList<Fact> SingleSourceClaims { get; }

    /// <summary>Compatible facts, then corroborated ones.</summary>
    public IReadOnlyList<Fact> SettledFacts { get; }

    /// <summary>One row per fact, in the order conflicts, single-source, settled.</summary>
    public IReadOnlyList<FactMatrixRow> Matrix { get; }

    /// <summary>Per article: what only it (and its wire copies) reports, and which settled facts it omits.</summary>
    public IReadOnlyList<SourceComparison> Comparison { get; }

    public static StoryReport Create(StoryFindings findings, IReadOnlyList<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(articles);
        var byId = new Dictionary<ArticleId, Article>();
        foreach (var article in articles)
        {
            byId.TryAdd(article.Id, article);
        }

        var familyOf = new Dictionary<ArticleId, Family>();
        foreach (var family in findings.Families)
        {
            foreach (var id in family.ArticleIds)
            {
                familyOf.TryAdd(id, family);
            }
        }

        var order = ArticlesShown(findings);
        var sources = new List<ReportSource>(order.Count);
        foreach (var id in order)
        {
            familyOf.TryGetValue(id, out var family);
            sources.Add(new ReportSource(sources.Count + 1, id, byId.GetValueOrDefault(id), family?.Id, family?.Origin));
        }

        return new StoryReport(findings, sources);
    }

    /// <summary>The articles a report of <paramref name="findings"/> lists as sources: the story's articles in story order, then any other article the findings cite.</summary>
    public static IReadOnlyList<ArticleId> ArticlesShown(StoryFindings findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var order = new List<ArticleId>();
        var seen = new HashSet<ArticleId>();
        void Add(ArticleId id)
        {
            if (seen.Add(id))
            {
                order.Add(id);
            }
        }

        foreach (var id in findings.Story.ArticleIds)
        {
            Add(id);
        }

        foreach (var id in CitedArticles(findings))
        {
            Add(id);
        }

        return order;
    }

    public bool TryGetSource(ArticleId id, out ReportSource source) => _sourceById.TryGetValue(id, out source!);

    /// <summary>The distinct citation numbers of the given articles, ascending.</summary>
    public IReadOnlyList<int> CitationNumbers(IEnumerable<ArticleId> articleIds)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        var numbers = new SortedSet<int>();
        foreach (var id in articleIds)
        {
            if (_sourceById.TryGetValue(id, out var source))
            {
                numbers.Add(source.Number);
            }
        }

        return [.. numbers];
    }

    /// <summary>The distinct citation numbers of the articles the references point into, ascending.</summary>
    public IReadOnlyList<int> CitationNumbers(IEnumerable<SourceRef> references) =>
        CitationNumbers(references.Select(r => r.ArticleId));

    /// <summary>
    /// The text a reference points at, exactly as in the article, cut at <see cref="MaxQuoteChars"/>.
    /// Empty when the article was not supplied or the span lies outside its text.
    /// </summary>
    public string Quote(SourceRef reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (!_sourceById.TryGetValue(reference.ArticleId, out var source) || source.Article is not { } article)
        {
            return "";
        }

        var span = reference.Span;
        if (span.Start < 0 || span.End > article.Text.Length || span.IsEmpty)
        {
            return "";
        }

        return span.Length <= MaxQuoteChars
            ? span.Of(article.Text)
            : string.Concat(article.Text.AsSpan(span.Start, MaxQuoteChars), "…");
    }

    /// <summary>
    /// The quotes of the references, each with its source, in order; a text one source says in
    /// the same words more than once (a name written four times) is quoted once.
    /// </summary>
    public IReadOnlyList<(ReportSource Source, string Quote)> DistinctQuotes(IReadOnlyList<SourceRef> references)
    {
        ArgumentNullException.ThrowIfNull(references);
        var quotes = new List<(ReportSource, string)>(references.Count);
        var seen = new HashSet<(int, string)>();
        foreach (var reference in references)
        {
            var quote = Quote(reference);
            if (quote.Length > 0 && TryGetSource(reference.ArticleId, out var source) && seen.Add((source.Number, quote)))
            {
                quotes.Add((source, quote));
            }
        }

        return quotes;
    }

    private FactMatrixRow BuildRow(Fact fact)
    {
        var cells = new List<int>[Sources.Count];
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i] = [];
        }

        for (var v = 0; v < fact.Variants.Count; v++)
        {
            foreach (var reference in fact.Variants[v].Sources)
            {
                var cell = cells[_sourceById[reference.ArticleId].Number - 1];
                if (!cell.Contains(v))
                {
                    cell.Add(v);
                }
            }
        }

        return new FactMatrixRow(fact, cells);
    }

    private static IEnumerable<ArticleId> CitedArticles(StoryFindings findings)
    {
        foreach (var family in findings.Families)
        {
            foreach (var id in family.ArticleIds)
            {
                yield return id;
            }
        }

        foreach (var fact in findings.Facts)
        {
            foreach (var variant in fact.Variants)
            {
                foreach (var reference in variant.Sources)
                {
                    yield return reference.ArticleId;
                }
            }
        }

        foreach (var entry in findings.Timeline)
        {
            foreach (var reference in entry.Sources)
            {
                yield return reference.ArticleId;
            }
        }

        foreach (var sentence in findings.Summary)
        {
            foreach (var id in sentence.ArticleIds)
            {
                yield return id;
            }
        }

        foreach (var entity in findings.Entities)
        {
            foreach (var id in entity.ArticleIds)
            {
                yield return id;
            }
        }
    }
}
