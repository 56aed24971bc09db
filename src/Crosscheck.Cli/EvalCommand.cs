using System.CommandLine;

namespace Crosscheck.Cli;

/// <summary><c>crosscheck eval ...</c>: quality evaluations on labelled data, one subcommand per stage.</summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var command = new Command("eval", "Evaluate a stage on labelled data and print precision, recall and F1.");
        // Each evaluation lives in its own file and registers itself here.
        command.Subcommands.Add(EvalFactsCommand.Create());
        command.Subcommands.Add(EvalExtractionCommand.Create());
        command.Subcommands.Add(EvalNerCommand.Create());
        command.Subcommands.Add(EvalClusteringCommand.Create());
        return command;
    }
}
