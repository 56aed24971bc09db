using System.CommandLine;
using Crosscheck.Reports;

namespace Crosscheck.Cli;

/// <summary><c>crosscheck stories</c>: lists the stored stories.</summary>
internal static class StoriesCommand
{
    public static Command Create()
    {
        var command = new Command("stories", "List the stories stored in the database.");
        command.SetAction(result => StoreAccess.Run(result.GetValue(CommandLine.DbOption)!, store =>
        {
            StoryListWriter.Write(store.LoadStories(), Console.Out);
            return ExitCodes.Ok;
        }));
        return command;
    }
}
