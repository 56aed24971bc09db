using Crosscheck.Model;
using Crosscheck.Text;

namespace Crosscheck.Pipeline;

/// <summary>
/// Gives an article with no known publication date the median publication date of the dated
/// articles of its story, marked <see cref="MetadataEvidence.InferredFromStory"/>, and re-anchors its
/// relative dates on it. Reports of one event are published within days of each other, so the
/// median of the story is the best estimate when the article itself states nothing.
/// </summary>
public static class PublicationDateInferrer
{
    public const string StageId = "pipeline.infer-date/1";

    public static List<AnnotatedArticle> InferFromStory(List<AnnotatedArticle> members, TextAnalyzer analyzer)
    {
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(analyzer);
        if (StoryDate(members.Select(static m => m.Article)) is not { } median)
        {
            return members;
        }

        var result = new List<AnnotatedArticle>(members.Count);
        foreach (var member in members)
        {
            result.Add(member.Article.Metadata.Published is null ? analyzer.Analyze(WithStoryDate(member.Article, median), median) : member);
        }

        return result;
    }

    /// <summary>
    /// The articles of one story with the inferred dates set as <see cref="InferFromStory"/> sets
    /// them, without analysing them again: the articles as the story's report shows them.
    /// </summary>
    public static List<Article> InferDates(IReadOnlyList<Article> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        var result = new List<Article>(members);
        if (StoryDate(members) is { } median)
        {
            for (var i = 0; i < result.Count; i++)
            {
                if (result[i].Metadata.Published is null)
                {
                    result[i] = WithStoryDate(result[i], median);
                }
            }
        }

        return result;
    }

    /// <summary>The median date of the dated members when some member is undated; null when all or none are dated.</summary>
    private static DateOnly? StoryDate(IEnumerable<Article> members)
    {
        var dated = new List<int>();
        var undated = false;
        foreach (var member in members)
        {
            if (member.Metadata.Published is { } date)
            {
                dated.Add(date.DayNumber);
            }
            else
            {
                undated = true;
            }
        }

        if (!undated || dated.Count == 0)
        {
            return null;
        }

        dated.Sort();
        return DateOnly.FromDayNumber(dated[(dated.Count - 1) / 2]);
    }

    /// <summary>The article dated <paramref name="median"/>, marked inferred from its story.</summary>
    internal static Article WithStoryDate(Article article, DateOnly median) => article with
    {
        Metadata = article.Metadata with
        {
            Published = median,
            PublishedEvidence = MetadataEvidence.InferredFromStory,
        },
    };
}
