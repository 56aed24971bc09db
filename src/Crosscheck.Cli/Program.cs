using Crosscheck.Cli;
using Crosscheck.Storage;

// Expected failures (a database or file the user named that cannot be used) get one line, not a
// stack trace; anything else is a bug, printed whole.
try
{
    return await CommandLine.Build().Parse(args)
        .InvokeAsync(new System.CommandLine.InvocationConfiguration { EnableDefaultExceptionHandler = false })
        .ConfigureAwait(false);
}
catch (Exception e) when (e is StoreException or InvalidDataException or IOException or UnauthorizedAccessException)
{
    await Console.Error.WriteLineAsync("error: " + e.Message).ConfigureAwait(false);
    return ExitCodes.Error;
}
catch (OperationCanceledException)
{
    await Console.Error.WriteLineAsync("cancelled; what was stored stays stored").ConfigureAwait(false);
    return ExitCodes.Error;
}
#pragma warning disable CA1031 // the last resort of the process: report any bug with its stack trace
catch (Exception e)
#pragma warning restore CA1031
{
    await Console.Error.WriteLineAsync("Unhandled exception: " + e).ConfigureAwait(false);
    return ExitCodes.Error;
}
