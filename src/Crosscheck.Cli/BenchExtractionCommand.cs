using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Crosscheck.Evaluation;
using Crosscheck.Extract;
using Crosscheck.Ingest;
using Crosscheck.Model;

namespace Crosscheck.Cli;

/// <summary>
/// <c>crosscheck bench extraction --pages DIR</c>: single-threaded pages/s of the HTML extractor
/// (parse + extract + metadata, pages already decoded in memory) and, in the same process on the
/// same pages, of SmartReader (the C# Readability port) as a baseline; then peak memory.
/// A benchmark, never a test.
/// </summary>
internal static class BenchExtractionCommand
{
    public static Command Create()
    {
        var pages = new Option<string>("--pages") { Description = "folder of <id>.html or <id>.html.gz pages", Required = true };
        var rounds = new Option<int>("--rounds") { Description = "timed rounds per extractor (after one warm-up round); the best is reported", DefaultValueFactory = _ => 5 };
        var noBaseline = new Option<bool>("--no-baseline") { Description = "skip SmartReader (measure our extractor and peak memory alone)" };
        var command = new Command("extraction", "Benchmark HTML extraction pages/s against SmartReader on the same pages, with peak memory.")
        {
            pages, rounds, noBaseline,
        };
        command.SetAction(result => Run(result.GetValue(pages)!, Math.Clamp(result.GetValue(rounds), 1, 100), result.GetValue(noBaseline)));
        return command;
    }

    private static int Run(string dir, int rounds, bool noBaseline)
    {
        if (!Directory.Exists(dir))
        {
            Console.Error.WriteLine($"error: pages folder {dir} not found");
            return ExitCodes.Error;
        }
        var documents = HtmlPageSet.Load(dir, IngestOptions.Default).Pages
            .Where(p => p.Document is not null).Select(p => p.Document!).ToArray();
        if (documents.Length == 0)
        {
            Console.Error.WriteLine($"error: no readable .html or .html.gz pages in {dir}");
            return ExitCodes.Error;
        }
        long bytes = documents.Sum(d => (long)d.Content.Length * sizeof(char));
        var extractor = new ArticleExtractor(ExtractOptions.Default);
        int ours = 0;
        double oursRate = Measure(documents, rounds, d => ours += extractor.Extract(d).Article is null ? 0 : 1);
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        double peakOursMb = process.PeakWorkingSet64 / (1024.0 * 1024.0);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"pages: {documents.Length} ({bytes / 2 / (1024.0 * 1024.0):F1} M chars in memory), single thread, best of {rounds} rounds after a warm-up"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"crosscheck ArticleExtractor: {oursRate:F0} pages/s ({1000 / oursRate:F2} ms/page)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"peak memory (working set) after our extractor: {peakOursMb:F0} MB"));
        if (noBaseline)
        {
            return ExitCodes.Ok;
        }
        double baseRate = Measure(documents, rounds, d => _ = new SmartReader.Reader(BaselineUrl(d), d.Content).GetArticle());
        process.Refresh();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"SmartReader 0.11.1 (baseline): {baseRate:F0} pages/s ({1000 / baseRate:F2} ms/page)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"speed ratio crosscheck / SmartReader: {oursRate / baseRate:F2}x"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"peak memory (working set) after both: {process.PeakWorkingSet64 / (1024.0 * 1024.0):F0} MB"));
        return ExitCodes.Ok;
    }

    /// <summary>Pages per second of the best of <paramref name="rounds"/> timed rounds, after one untimed warm-up round.</summary>
    private static double Measure(RawDocument[] documents, int rounds, Action<RawDocument> run)
    {
        foreach (var d in documents)
        {
            run(d);
        }
        double best = double.MaxValue;
        for (int r = 0; r < rounds; r++)
        {
            var clock = Stopwatch.StartNew();
            foreach (var d in documents)
            {
                run(d);
            }
            best = Math.Min(best, clock.Elapsed.TotalSeconds);
        }
        return documents.Length / best;
    }

    /// <summary>SmartReader needs an absolute URL; the page's file path stands in for pages without one.</summary>
    private static string BaselineUrl(RawDocument document) => "https://example.invalid/" + Uri.EscapeDataString(Path.GetFileName(document.SourcePath));
}
