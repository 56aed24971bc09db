using System.CommandLine;
using Crosscheck.Model;

namespace Crosscheck.Cli;

/// <summary>
/// <c>crosscheck facts STORY-ID [--status S]</c>: prints a stored story's facts, one block each:
/// status and subject, the one-line explanation, then each variant with its sources (article,
/// outlet, half-open character offsets into the original text, and the cited words).
/// </summary>
internal static class FactsCommand
{
    private static readonly string[] Statuses = ["conflicting", "single-source", "compatible", "corroborated"];

    public static Command Create()
    {
        var id = new Argument<string>("story-id") { Description = "story id (s-...); 'crosscheck stories' lists them" };
        var status = new Option<string?>("--status") { Description = "only facts with this status" };
        status.AcceptOnlyFromAmong(Statuses);
        var command = new Command("facts", "Print a stored story's cross-checked facts with their variants and sources.") { id, status };
        command.SetAction(result => StoreAccess.Run(result.GetValue(CommandLine.DbOption)!, store =>
        {
            var key = result.GetValue(id)!;
            if (!store.TryLoadStory(new StoryId(key), out var story))
            {
                Console.Error.WriteLine($"error: no story '{key}' in the database; 'crosscheck stories' lists them");
                return ExitCodes.Error;
            }

            var articles = new Dictionary<ArticleId, Article>();
            foreach (var articleId in story.Story.ArticleIds)
            {
                if (store.TryLoadArticle(articleId, out var member))
                {
                    articles[articleId] = member.Article;
                }
            }

            var wanted = result.GetValue(status);
            var shown = 0;
            foreach (var fact in story.Facts)
            {
                if (wanted is null || string.Equals(Label(fact.Status), wanted, StringComparison.Ordinal))
                {
                    Write(fact, articles, Console.Out);
                    shown++;
                }
            }

            Console.Out.WriteLine($"{shown} of {story.Facts.Count} facts");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static void Write(Fact fact, Dictionary<ArticleId, Article> articles, TextWriter output)
    {
        output.WriteLine($"{fact.Id} [{Label(fact.Status)}] {fact.Subject} ({fact.Kind.ToString().ToLowerInvariant()}, {fact.IndependentSources} independent)");
        output.WriteLine($"  {fact.Explanation}");
        foreach (var variant in fact.Variants)
        {
            output.WriteLine($"  - {variant.Value}");
            foreach (var source in variant.Sources)
            {
                var outlet = "";
                var cited = "";
                if (articles.TryGetValue(source.ArticleId, out var article))
                {
                    outlet = article.Metadata.Outlet is { Length: > 0 } name ? " " + name : "";
                    if (source.Span.End <= article.Text.Length)
                    {
                        cited = WhitespaceFolding.Collapse(source.Span.In(article.Text));
                    }
                }

                output.WriteLine($"      {source.ArticleId.Value}{outlet} [{source.Span.Start},{source.Span.End}): {cited}");
            }
        }

        output.WriteLine();
    }

    private static string Label(FactStatus status) => status switch
    {
        FactStatus.Conflicting => "conflicting",
        FactStatus.SingleSource => "single-source",
        FactStatus.Compatible => "compatible",
        _ => "corroborated",
    };

}
