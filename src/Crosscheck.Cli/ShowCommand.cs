using System.CommandLine;
using Crosscheck.Model;
using Crosscheck.Reports;

namespace Crosscheck.Cli;

/// <summary><c>crosscheck show ID</c>: prints one story report, or one article with <c>--article</c>.</summary>
internal static class ShowCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("id") { Description = "story id (s-...), or article id (a-...) with --article" };
        var format = new Option<string>("--format", "-f") { Description = "markdown, html or json", DefaultValueFactory = _ => "markdown" };
        format.AcceptOnlyFromAmong("markdown", "html", "json");
        var article = new Option<bool>("--article") { Description = "show an article instead of a story" };
        var original = new Option<bool>("--original") { Description = "with --article: print the original text that all offsets refer to" };
        var command = new Command("show", "Print one story's report, or one article.") { id, format, article, original };
        command.SetAction(result => result.GetValue(original) && !result.GetValue(article)
            ? RefuseOriginalWithoutArticle()
            : StoreAccess.Run(result.GetValue(CommandLine.DbOption)!, store =>
        {
            var key = result.GetValue(id)!;
            if (result.GetValue(article))
            {
                if (!store.TryLoadArticle(new ArticleId(key), out var stored))
                {
                    Console.Error.WriteLine($"error: no article '{key}' in the database; 'crosscheck search' finds ids");
                    return ExitCodes.Error;
                }

                Console.Out.Write(result.GetValue(original) ? stored.Article.Text : stored.Article.BodyText);
                Console.Out.WriteLine();
                return ExitCodes.Ok;
            }

            if (!store.TryLoadStory(new StoryId(key), out var story))
            {
                Console.Error.WriteLine($"error: no story '{key}' in the database; 'crosscheck stories' lists them");
                return ExitCodes.Error;
            }

            var articles = new List<Article>();
            foreach (var articleId in story.Story.ArticleIds)
            {
                if (store.TryLoadArticle(articleId, out var member))
                {
                    articles.Add(member.Article);
                }
            }

            switch (result.GetValue(format))
            {
                case "json":
                    using (var stdout = Console.OpenStandardOutput())
                    {
                        JsonReportWriter.Write(articles, [story], stdout);
                    }

                    break;
                case "html":
                    HtmlReportWriter.Write(StoryReport.Create(story, articles), Console.Out);
                    break;
                default:
                    MarkdownReportWriter.Write(StoryReport.Create(story, articles), Console.Out);
                    break;
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    private static int RefuseOriginalWithoutArticle()
    {
        Console.Error.WriteLine("error: --original prints an article's original text; use it with --article and an article id (a-...)");
        return ExitCodes.Error;
    }
}
