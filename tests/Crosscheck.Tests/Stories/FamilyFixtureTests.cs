using System.Text.Json;
using System.Text.RegularExpressions;
using Crosscheck.Evaluation;
using Crosscheck.Model;
using Crosscheck.Stories;
using Crosscheck.Tests.EndToEnd;
using Xunit.Abstractions;

namespace Crosscheck.Tests.Stories;

/// <summary>
/// Family detection on tests/fixtures/stories/families: the fixture articles plus edited copies
/// (trimmed, framed by an outlet's own paragraphs, reworked), with separate reports of one event
/// that must stay apart. Scored pairwise against families.manifest.json.
/// </summary>
public sealed partial class FamilyFixtureTests(ITestOutputHelper output)
{
    private static readonly string Folder = Path.Combine(RepoPaths.Root, "tests", "fixtures", "stories", "families");

    [GeneratedRegex(@"\n[ \t]*\n")]
    private static partial Regex BlankLine();

    private static (List<AnnotatedArticle> Articles, List<string> Families, List<string> Stories) Load()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "families.manifest.json")));
        var articles = new List<AnnotatedArticle>();
        var families = new List<string>();
        var stories = new List<string>();
        foreach (var entry in manifest.RootElement.GetProperty("articles").EnumerateObject().OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            var text = File.ReadAllText(Path.Combine(Folder, entry.Name)).ReplaceLineEndings("\n");
            var blocks = BlankLine().Split(text.Trim());
            articles.Add(TestArticles.Make(entry.Name, blocks[0], blocks[1..]));
            families.Add(entry.Value.GetProperty("family").GetString()!);
            stories.Add(entry.Value.GetProperty("story").GetString()!);
        }

        return (articles, families, stories);
    }

    private static List<string> Predicted(IReadOnlyList<AnnotatedArticle> articles, IReadOnlyList<Family> families)
    {
        var familyOf = families.SelectMany(f => f.ArticleIds.Select(id => (id, f.Id.Value))).ToDictionary(p => p.id, p => p.Value);
        return [.. articles.Select(a => familyOf[a.Id])];
    }

    [Fact]
    public void Batch_detector_finds_edited_copies_with_high_precision_and_recall()
    {
        var (articles, truth, _) = Load();
        Assert.True(articles.Count >= 100, "expected the generated copies");

        var predicted = Predicted(articles, new SyndicationDetector(SyndicationOptions.Default).Detect(articles));
        var score = ClusteringScorer.Score(truth, predicted);

        output.WriteLine($"batch: {articles.Count} articles, {score.TrueClusters} true families, {score.PredictedClusters} predicted; pairwise {score.Pairwise}");
        var groups = string.Join("\n", Enumerable.Range(0, articles.Count).GroupBy(i => predicted[i]).Where(g => g.Select(i => truth[i]).Distinct().Count() > 1)
            .Select(g => string.Join(" ", g.Select(i => articles[i].Article.SourcePath))));
        Assert.True(score.Pairwise.Precision >= 0.98, $"pairwise {score.Pairwise}\n{groups}");
        Assert.True(score.Pairwise.Recall >= 0.95, $"pairwise {score.Pairwise}");
    }

    [Fact]
    public void Online_tracker_finds_edited_copies_with_high_precision_and_recall()
    {
        var (articles, truth, _) = Load();
        var tracker = new FamilyTracker(SyndicationOptions.Default);
        var predicted = articles.Select(a => tracker.Add(a).Value).ToList();
        var score = ClusteringScorer.Score(truth, predicted);
        output.WriteLine($"online: {articles.Count} articles, {score.TrueClusters} true families, {score.PredictedClusters} predicted; pairwise {score.Pairwise}");

        Assert.True(score.Pairwise.Precision >= 0.98, $"pairwise {score.Pairwise}");
        Assert.True(score.Pairwise.Recall >= 0.95, $"pairwise {score.Pairwise}");
    }

    [Fact]
    public void Separate_reports_of_one_event_are_never_one_family()
    {
        var (articles, truth, stories) = Load();
        var predicted = Predicted(articles, new SyndicationDetector(SyndicationOptions.Default).Detect(articles));
        for (var i = 0; i < articles.Count; i++)
        {
            for (var j = i + 1; j < articles.Count; j++)
            {
                if (stories[i] == stories[j] && truth[i] != truth[j])
                {
                    Assert.True(predicted[i] != predicted[j], $"{truth[i]} and {truth[j]} were joined");
                }
            }
        }
    }
}
