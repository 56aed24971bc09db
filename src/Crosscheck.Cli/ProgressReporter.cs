using System.Diagnostics;
using Crosscheck.Pipeline;
using Spectre.Console;

namespace Crosscheck.Cli;

/// <summary>
/// Shows ingest and analysis progress on stderr: a progress bar when stderr is a terminal, plain
/// periodic lines otherwise (logs, CI). Stdout stays clean for results.
/// </summary>
internal static class ProgressReporter
{
    private static readonly TimeSpan PlainInterval = TimeSpan.FromSeconds(2);

    public static async Task<T> RunAsync<T>(Func<IProgress<IngestProgress>, Task<T>> work)
    {
        if (Console.IsErrorRedirected)
        {
            return await work(new PlainLines<IngestProgress>(p => $"ingest: {p.FilesReached}/{p.Files} files, {p.Read} documents read, {p.Stored} stored, {p.Failed} failed")).ConfigureAwait(false);
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
                var task = context.AddTask("ingest", maxValue: 1);
                result = await work(new Progress<IngestProgress>(p =>
                {
                    task.MaxValue = Math.Max(1, p.Files);
                    task.Value = p.FilesReached;
                    task.Description = $"ingest: {p.Stored} stored, {p.Failed} failed";
                })).ConfigureAwait(false);
                task.Value = task.MaxValue;
            }).ConfigureAwait(false);
        return result;
    }

    /// <summary>Runs the story analysis and report writing with one bar per stage (clustering, checking, reports).</summary>
    public static T Run<T>(Func<IProgress<AnalysisProgress>, T> work)
    {
        if (Console.IsErrorRedirected)
        {
            return work(new PlainLines<AnalysisProgress>(p => $"{p.Stage}: {p.Done}/{p.Total}"));
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(Console.Error),
            Ansi = AnsiSupport.Detect,
            Interactive = InteractionSupport.Yes,
        });
        T result = default!;
        console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(context =>
            {
                var tasks = new Dictionary<string, ProgressTask>(StringComparer.Ordinal);
                result = work(new Synchronous(p =>
                {
                    if (!tasks.TryGetValue(p.Stage, out var task))
                    {
                        foreach (var earlier in tasks.Values)
                        {
                            earlier.Value = earlier.MaxValue;
                        }

                        tasks[p.Stage] = task = context.AddTask(p.Stage, maxValue: 1);
                    }

                    task.MaxValue = Math.Max(1, p.Total);
                    task.Value = p.Done;
                    task.Description = $"{p.Stage}: {p.Done:N0}/{p.Total:N0}";
                }));
                foreach (var task in tasks.Values)
                {
                    task.Value = task.MaxValue;
                }
            });
        return result;
    }

    /// <summary>Reports on the caller's thread (the analysis is synchronous), unlike <see cref="Progress{T}"/>.</summary>
    private sealed class Synchronous(Action<AnalysisProgress> report) : IProgress<AnalysisProgress>
    {
        public void Report(AnalysisProgress value) => report(value);
    }

    /// <summary>Writes a line at most every two seconds, synchronously, so lines keep their order: a short run writes none.</summary>
    private sealed class PlainLines<T>(Func<T, string> line) : IProgress<T>
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private TimeSpan _last = TimeSpan.Zero;

        public void Report(T value)
        {
            if (_clock.Elapsed - _last < PlainInterval)
            {
                return;
            }

            _last = _clock.Elapsed;
            Console.Error.WriteLine($"{line(value)}, {_clock.Elapsed.TotalSeconds:F0} s");
        }
    }
}
