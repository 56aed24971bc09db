using System.Diagnostics;

namespace Crosscheck.Tests.EndToEnd;

/// <summary>Runs the real CLI (Crosscheck.Cli.dll, copied beside the tests) as a child process.</summary>
public static class CliRunner
{
    public sealed record Result(int ExitCode, string StdOut, string StdErr);

    public static Result Run(params string[] args)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "Crosscheck.Cli.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(cli);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("crosscheck " + string.Join(' ', args) + " did not finish in 5 minutes");
        }

        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }
}
