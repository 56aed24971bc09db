using System.Globalization;
using Crosscheck.Model;

namespace Crosscheck.Reports;

/// <summary>
/// Plain-text listing of stories for <c>crosscheck stories</c>: one aligned line per story with
/// its id, article count, family (independent source) count and headline.
/// </summary>
public static class StoryListWriter
{
    public const string StageId = "reports.list/1";

    public static void Write(IReadOnlyList<StoryFindings> stories, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(stories);
        ArgumentNullException.ThrowIfNull(output);
        const string idHeader = "STORY";
        var idWidth = idHeader.Length;
        foreach (var story in stories)
        {
            idWidth = Math.Max(idWidth, story.Story.Id.Value?.Length ?? 0);
        }

        output.WriteLine($"{idHeader.PadRight(idWidth)}  ARTICLES  FAMILIES  HEADLINE");
        foreach (var story in stories)
        {
            output.WriteLine(
                (story.Story.Id.Value ?? "").PadRight(idWidth) + "  " +
                story.Story.ArticleIds.Count.ToString(CultureInfo.InvariantCulture).PadLeft(8) + "  " +
                story.Families.Count.ToString(CultureInfo.InvariantCulture).PadLeft(8) + "  " +
                ReportLabels.OneLine(story.Headline));
        }

        output.WriteLine(stories.Count == 1 ? "1 story" : stories.Count.ToString(CultureInfo.InvariantCulture) + " stories");
    }
}
