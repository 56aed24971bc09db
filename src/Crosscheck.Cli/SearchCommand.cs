using System.CommandLine;

namespace Crosscheck.Cli;

/// <summary><c>crosscheck search TEXT</c>: full-text search over articles and stories.</summary>
internal static class SearchCommand
{
    public static Command Create()
    {
        var text = new Argument<string>("text") { Description = "words to find (all must match)" };
        var limit = new Option<int>("--limit", "-n") { Description = "maximum hits", DefaultValueFactory = _ => 20 };
        var command = new Command("search", "Find articles and stories by text (SQLite FTS5).") { text, limit };
        command.SetAction(result => StoreAccess.Run(result.GetValue(CommandLine.DbOption)!, store =>
        {
            var hits = store.Search(result.GetValue(text)!, Math.Clamp(result.GetValue(limit), 1, 1000));
            foreach (var hit in hits)
            {
                Console.Out.WriteLine($"{hit.Kind}\t{hit.Id}\t{hit.Title}\t{hit.Snippet}");
            }

            if (hits.Count == 0)
            {
                Console.Error.WriteLine("no matches");
            }

            return ExitCodes.Ok;
        }));
        return command;
    }
}
