using System.Diagnostics;
using Crosscheck.Model;
using Crosscheck.Stories;
using Crosscheck.Text;

namespace Crosscheck.Evaluation;

/// <summary>
/// Clusters a labelled stream in time order with <see cref="StoryClusterer"/> and scores the result
/// with <see cref="ClusteringScorer"/>. Each item becomes an article whose text is the title, a blank
/// line and the body; the title is the <see cref="ArticleMetadata.TitleSpan"/>, the body (when not
/// empty) the only body paragraph, the item's URL the <see cref="ArticleMetadata.Url"/>. The <see cref="TextAnalyzer"/> runs on each, so entity mentions
/// count in the similarity as they do in the pipeline.
/// </summary>
public static class ClusteringEvaluator
{
    /// <summary>Builds and analyses the articles of <paramref name="items"/>, in order.</summary>
    public static IReadOnlyList<AnnotatedArticle> Prepare(IReadOnlyList<LabelledItem> items, TextAnalyzerOptions options)
    {
        ArgumentNullException.ThrowIfNull(items);
        var analyzer = new TextAnalyzer(options);
        var result = new AnnotatedArticle[items.Count];
        Parallel.For(0, items.Count, i => result[i] = analyzer.Analyze(ToArticle(items[i], i)));
        return result;
    }

    /// <summary>The article for one labelled item; <paramref name="position"/> keeps ids unique.</summary>
    public static Article ToArticle(LabelledItem item, int position)
    {
        ArgumentNullException.ThrowIfNull(item);
        var title = item.Title;
        var hasBody = item.Text.Length > 0;
        var text = hasBody ? (title.Length > 0 ? title + "\n\n" + item.Text : item.Text) : title;
        var bodyStart = text.Length - item.Text.Length;
        var hash = ContentHash.Of(string.Concat(position.ToString(System.Globalization.CultureInfo.InvariantCulture), "\n", item.Id, "\n", text));
        var published = item.Published is { } p ? DateOnly.FromDateTime(p.UtcDateTime) : (DateOnly?)null;
        return new Article
        {
            Id = ArticleId.FromContentHash(hash),
            SourcePath = item.Id,
            Format = SourceFormat.Jsonl,
            ContentHash = hash,
            Text = text,
            Body = hasBody ? [new TextSpan(bodyStart, text.Length)] : [],
            Metadata = new ArticleMetadata
            {
                Title = title.Length > 0 ? title : null,
                Url = item.Url,
                TitleSpan = title.Length > 0 ? new TextSpan(0, title.Length) : null,
                Outlet = item.Outlet,
                OutletEvidence = item.Outlet is null ? MetadataEvidence.None : MetadataEvidence.Stated,
                Published = published,
                PublishedEvidence = published is null ? MetadataEvidence.None : MetadataEvidence.Stated,
            },
        };
    }

    /// <summary>
    /// Clusters <paramref name="articles"/> in order and scores them against <paramref name="labels"/>;
    /// <paramref name="times"/> as in <see cref="Cluster"/>.
    /// </summary>
    public static ClusteringEvaluation Evaluate(
        IReadOnlyList<AnnotatedArticle> articles, IReadOnlyList<string> labels, ClusteringOptions options,
        IReadOnlyList<DateTimeOffset?>? times = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(labels);
        var clock = Stopwatch.StartNew();
        var predicted = Cluster(articles, options, times);
        var seconds = clock.Elapsed.TotalSeconds;
        var score = ClusteringScorer.Score(labels, predicted);
        return new ClusteringEvaluation(score, seconds > 0 ? articles.Count / seconds : 0, predicted);
    }

    /// <summary>
    /// The predicted story id of each article, in order (after any merge pass). With
    /// <paramref name="times"/> (one per article, or null), each article is placed at its exact time.
    /// </summary>
    public static IReadOnlyList<string> Cluster(
        IReadOnlyList<AnnotatedArticle> articles, ClusteringOptions options, IReadOnlyList<DateTimeOffset?>? times = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var clusterer = new StoryClusterer(options);
        for (var i = 0; i < articles.Count; i++)
        {
            clusterer.Add(articles[i], times?[i]);
        }

        clusterer.MergeConverged();

        var storyOf = new Dictionary<ArticleId, string>(articles.Count);
        foreach (var story in clusterer.Stories)
        {
            foreach (var id in story.ArticleIds)
            {
                storyOf[id] = story.Id.Value;
            }
        }

        var predicted = new string[articles.Count];
        for (var i = 0; i < predicted.Length; i++)
        {
            predicted[i] = storyOf[articles[i].Id];
        }

        return predicted;
    }
}
