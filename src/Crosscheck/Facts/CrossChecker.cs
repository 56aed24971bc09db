using System.Globalization;
using Crosscheck.Model;

namespace Crosscheck.Facts;

/// <summary>
/// Cross-checks one story: reads claims from every article, aligns claims answering the same
/// question into facts, judges each fact by how many independent families support each variant,
/// builds the timeline of dated events, and writes the headline and cited summary.
/// Facts are ordered for reading: conflicting, single-source, compatible, corroborated; ids
/// ("f1", "f2", ...) follow first appearance in story order and do not depend on that ordering.
/// </summary>
public sealed class CrossChecker
{
    public const string StageId = "facts.crosscheck/9";

    private readonly ClaimExtractor _extractor;
    private readonly FactAligner _aligner;
    private readonly FactJudge _judge;
    private readonly TimelineBuilder _timeline;
    private readonly StorySynthesizer _synthesizer;

    public CrossChecker(CrossCheckOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _extractor = new ClaimExtractor(options);
        _aligner = new FactAligner(options);
        _judge = new FactJudge(options);
        _timeline = new TimelineBuilder(options);
        _synthesizer = new StorySynthesizer(options);
    }

    public StoryFindings Check(StoryCluster story, IReadOnlyList<AnnotatedArticle> articles, IReadOnlyList<Family> families, EntityResolution entities)
    {
        ArgumentNullException.ThrowIfNull(story);
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(families);
        ArgumentNullException.ThrowIfNull(entities);

        var ordered = InStoryOrder(story, articles);
        var byId = ordered.ToDictionary(a => a.Id);
        var familyIndex = new FamilyIndex(families);

        var claims = new List<Claim>();
        foreach (var article in ordered)
        {
            claims.AddRange(_extractor.Extract(article, entities));
        }

        var aligned = _aligner.Align(claims);
        var datedInteractions = new HashSet<(SourceRef, DateValue)>();
        foreach (var claim in claims)
        {
            if (claim.Kind == ClaimKind.Interaction && claim.Date is { } day && claim.DateSource is null)
            {
                datedInteractions.Add((claim.Source, day));
            }
        }

        var facts = new List<Fact>();
        foreach (var candidate in aligned)
        {
            if (IsReportable(candidate, datedInteractions))
            {
                facts.Add(_judge.Judge(NextId(facts), candidate, familyIndex));
            }
        }

        foreach (var naming in entities.NamingVariants)
        {
            facts.Add(FactJudge.JudgeNaming(NextId(facts), naming, entities, familyIndex, id => SourceName(byId, id)));
        }

        var sorted = facts.OrderBy(f => Rank(f.Status)).ToList();
        var timeline = _timeline.Build(aligned, id => byId.TryGetValue(id, out var a) ? a.Text : "");
        var headline = _synthesizer.Headline(ordered);
        var summary = _synthesizer.Summarize(ordered, familyIndex, sorted, entities);
        return new StoryFindings(story, headline, families, entities.Entities, timeline, sorted, summary);
    }

    /// <summary>
    /// Dated statements ("said on Monday"), dated sentences with no event word, and dated meetings
    /// already reported as a dated interaction of the same sentence ("On Tuesday, X met Y") go to
    /// the timeline only.
    /// </summary>
    private static bool IsReportable(AlignedFact fact, HashSet<(SourceRef, DateValue)> datedInteractions) =>
        fact.ClaimKind != ClaimKind.DatedEvent ||
        (fact.Key != "event:" + EventVocabulary.Statement && fact.Key != "event:" + EventVocabulary.Other &&
         !(fact.Key == "event:meeting" && fact.Claims.All(c => c.Date is { } d && datedInteractions.Contains((c.Source, d)))));

    private static string NextId(List<Fact> facts) => "f" + (facts.Count + 1).ToString(CultureInfo.InvariantCulture);

    private static int Rank(FactStatus status) => status switch
    {
        FactStatus.Conflicting => 0,
        FactStatus.SingleSource => 1,
        FactStatus.Compatible => 2,
        _ => 3,
    };

    /// <summary>How an explanation names a source: its outlet, else its site, else its title in quotes, else its id.</summary>
    private static string SourceName(Dictionary<ArticleId, AnnotatedArticle> articles, ArticleId id)
    {
        if (!articles.TryGetValue(id, out var article))
        {
            return id.Value;
        }

        var metadata = article.Article.Metadata;
        if (metadata.Outlet is { Length: > 0 } outlet)
        {
            return outlet;
        }

        if (Uri.TryCreate(metadata.Url, UriKind.Absolute, out var url) && url.Host.Length > 0)
        {
            return url.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? url.Host[4..] : url.Host;
        }

        return metadata.Title is { Length: > 0 } title ? $"“{title}”" : id.Value;
    }

    private static List<AnnotatedArticle> InStoryOrder(StoryCluster story, IReadOnlyList<AnnotatedArticle> articles)
    {
        var position = new Dictionary<ArticleId, int>();
        for (var i = 0; i < story.ArticleIds.Count; i++)
        {
            position.TryAdd(story.ArticleIds[i], i);
        }

        return articles
            .DistinctBy(a => a.Id)
            .Select((a, i) => (Article: a, Order: position.TryGetValue(a.Id, out var p) ? p : story.ArticleIds.Count + i))
            .OrderBy(x => x.Order)
            .Select(x => x.Article)
            .ToList();
    }
}
