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
        var dated = new List<int>();
        var undated = false;
        foreach (var member in members)
        {
            if (member.Article.Metadata.Published is { } date)
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
            return members;
        }

        dated.Sort();
        var median = DateOnly.FromDayNumber(dated[(dated.Count - 1) / 2]);
        var result = new List<AnnotatedArticle>(members.Count);
        foreach (var member in members)
        {
            if (member.Article.Metadata.Published is not null)
            {
                result.Add(member);
                continue;
            }

            var article = member.Article with
            {
                Metadata = member.Article.Metadata with
                {
                    Published = median,
                    PublishedEvidence = MetadataEvidence.InferredFromStory,
                },
            };
            result.Add(analyzer.Analyze(article, median));
        }

        return result;
    }
}
