namespace Crosscheck.Cli;

/// <summary>Process exit codes.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    /// <summary>The command could not run (bad database, unknown id).</summary>
    public const int Error = 1;
    /// <summary>The run finished, but at least one input failed and was skipped.</summary>
    public const int SomeInputsFailed = 2;
}
