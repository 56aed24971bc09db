using System.CommandLine;
using Crosscheck.Model;
using Crosscheck.Pipeline;
using Crosscheck.Reports;
using Crosscheck.Storage;

namespace Crosscheck.Cli;

/// <summary><c>crosscheck analyze PATH... --out DIR</c>: ingest, store, build stories, write reports.</summary>
internal static class AnalyzeCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "files or folders of articles (text, HTML, news-please JSONL or JSON, RSS/Atom feeds, WARC archives; format detected from content)", Arity = ArgumentArity.OneOrMore };
        var outDir = new Option<string>("--out", "-o") { Description = "folder for stories.json and the per-story reports", DefaultValueFactory = _ => "out" };
        var outlets = new Option<string?>("--outlets") { Description = "JSON file mapping hosts to outlet names, merged into the built-in table" };
        var command = new Command("analyze", "Ingest articles into the database, group them into stories, cross-check and write reports.")
        {
            paths, outDir, outlets,
        };
        command.SetAction((result, cancellationToken) => RunAsync(
            result.GetValue(paths)!, result.GetValue(outDir)!, result.GetValue(outlets), result.GetValue(CommandLine.DbOption)!, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string[] paths, string outDir, string? outletFile, string dbPath, CancellationToken cancellationToken)
    {
        var builder = new PipelineBuilder();
        if (outletFile is not null)
        {
            if (!File.Exists(outletFile))
            {
                await Console.Error.WriteLineAsync($"error: {outletFile}: no such outlet file (--outlets); check the path").ConfigureAwait(false);
                return ExitCodes.Error;
            }

            builder.WithOutletFile(outletFile);
        }

        if (File.Exists(outDir))
        {
            await Console.Error.WriteLineAsync($"error: {outDir}: --out names a file, not a folder; nothing was done ({DiagnosticCodes.ReportsNotWritten})").ConfigureAwait(false);
            return ExitCodes.Error;
        }

        var pipeline = builder.Build();
        using var store = SqliteStore.Open(dbPath);
        var report = await ProgressReporter.RunAsync(
            progress => pipeline.IngestAsync(paths, store, progress, cancellationToken)).ConfigureAwait(false);

        foreach (var diagnostic in report.Diagnostics)
        {
            if (diagnostic.Severity != Severity.Info)
            {
                await Console.Error.WriteLineAsync($"{diagnostic.Severity.ToString().ToLowerInvariant()}: {diagnostic}").ConfigureAwait(false);
            }
        }

        string? reportError = null;
        var changes = ProgressReporter.Run(progress =>
        {
            var analysis = pipeline.AnalyzeStoreChanges(store, progress);
            try
            {
                ReportFiles.WriteAll(outDir, store, pipeline.StageIds, progress);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                reportError = ex.Message;
            }

            return analysis;
        });
        foreach (var diagnostic in changes.Diagnostics)
        {
            await Console.Error.WriteLineAsync($"{diagnostic.Severity.ToString().ToLowerInvariant()}: {diagnostic}").ConfigureAwait(false);
        }

        Console.WriteLine(
            $"read {report.Read}, stored {report.Stored} new, {report.AlreadyStored} already stored, {report.Failed} failed; " +
            $"{store.CountArticles()} articles in {changes.Stories} stories ({changes.Checked} checked, {changes.Reused} unchanged); reports in {Path.GetFullPath(outDir)}; database {Path.GetFullPath(dbPath)}");
        if (reportError is not null)
        {
            await Console.Error.WriteLineAsync(
                $"error: {Path.GetFullPath(outDir)}: the reports could not be written ({reportError}); the articles and stories are stored in {Path.GetFullPath(dbPath)} ({DiagnosticCodes.ReportsNotWritten})").ConfigureAwait(false);
            return ExitCodes.Error;
        }

        var storyErrors = changes.Diagnostics.Any(static d => d.Severity == Severity.Error);
        return report.Failed > 0 || storyErrors ? ExitCodes.SomeInputsFailed : ExitCodes.Ok;
    }
}
