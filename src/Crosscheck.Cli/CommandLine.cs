using System.CommandLine;

namespace Crosscheck.Cli;

/// <summary>Builds the crosscheck command tree.</summary>
internal static class CommandLine
{
    public static RootCommand Build()
    {
        var root = new RootCommand("Crosscheck: group news articles into stories and cross-check their facts.");
        return root;
    }
}
