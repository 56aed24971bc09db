using System.Diagnostics;
using Crosscheck.Pipeline;
using Spectre.Console;

namespace Crosscheck.Cli;

/// <summary>
/// Shows ingest progress on stderr: a progress bar when stderr is a terminal, plain periodic
/// lines otherwise (logs, CI). Stdout stays clean for results.
/// </summary>
internal static class ProgressReporter
{
    private static readonly TimeSpan PlainInterval = TimeSpan.FromSeconds(2);

    public static async Task<T> RunAsync<T>(IReadOnlyList<string> paths, Func<IProgress<IngestProgress>, Task<T>> work)
    {
        var expected = CountFiles(paths);
        if (Console.IsErrorRedirected)
        {
            return await work(new PlainLines(expected)).ConfigureAwait(false);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(Console.Error),
            Ansi = AnsiSupport.Detect,
            Interactive = InteractionSupport.Yes,
        });
        T result = default!;
        await console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("ingest", maxValue: Math.Max(1, expected));
                result = await work(new Progress<IngestProgress>(p =>
                {
                    task.MaxValue = Math.Max(task.MaxValue, p.Read + p.Failed);
                    task.Value = p.Read + p.Failed;
                    task.Description = $"ingest: {p.Stored} stored, {p.Failed} failed";
                })).ConfigureAwait(false);
                task.Value = task.MaxValue;
            }).ConfigureAwait(false);
        return result;
    }

    /// <summary>Counts the files named, to size the bar; a JSONL file counts once.</summary>
    private static int CountFiles(IReadOnlyList<string> paths)
    {
        var count = 0;
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                try
                {
                    count += Directory.EnumerateFiles(path, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true }).Count();
                }
                catch (IOException)
                {
                    // The reader reports the unreadable folder itself; the bar just starts smaller.
                }
            }
            else
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Writes a line at most every two seconds, synchronously, so lines keep their order.</summary>
    private sealed class PlainLines(int expected) : IProgress<IngestProgress>
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private TimeSpan _last = TimeSpan.Zero;

        public void Report(IngestProgress value)
        {
            if (_clock.Elapsed - _last < PlainInterval)
            {
                return;
            }

            _last = _clock.Elapsed;
            Console.Error.WriteLine($"ingest: {value.Read + value.Failed}/{expected} inputs, {value.Stored} stored, {value.Failed} failed, {_clock.Elapsed.TotalSeconds:F0} s");
        }
    }
}
