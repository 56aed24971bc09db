using System.CommandLine;

namespace Crosscheck.Cli;

/// <summary>Builds the crosscheck command tree. Commands only translate arguments and output.</summary>
internal static class CommandLine
{
    public static readonly Option<string> DbOption = new("--db")
    {
        Description = "SQLite database file: analyze creates it (and its folder) if missing; stories, show, search and facts read it; bench, eval, extract, train and tune do not use it",
        DefaultValueFactory = _ => "crosscheck.db",
        Recursive = true,
    };

    public static RootCommand Build()
    {
        var root = new RootCommand("Crosscheck: group news articles into stories and cross-check their facts across independent sources.");
        root.Options.Add(DbOption);
        root.Subcommands.Add(AnalyzeCommand.Create());
        root.Subcommands.Add(StoriesCommand.Create());
        root.Subcommands.Add(ShowCommand.Create());
        root.Subcommands.Add(SearchCommand.Create());
        root.Subcommands.Add(BenchCommand.Create());
        root.Subcommands.Add(EvalCommand.Create());
        root.Subcommands.Add(FactsCommand.Create());
        root.Subcommands.Add(ExtractCommand.Create());
        root.Subcommands.Add(TrainCommand.Create());
        root.Subcommands.Add(TuneCommand.Create());
        return root;
    }
}
