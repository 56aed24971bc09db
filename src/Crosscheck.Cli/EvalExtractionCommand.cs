using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Crosscheck.Evaluation;
using Crosscheck.Extract;
using Crosscheck.Ingest;

namespace Crosscheck.Cli;

/// <summary>
/// <c>crosscheck eval extraction --pages DIR --truth ground-truth.json [--json]</c>: scores the
/// HTML extractor's bodies against the benchmark's ground truth (4-token shingles, macro P/R).
/// </summary>
internal static class EvalExtractionCommand
{
    /// <summary>How many of the lowest-F1 pages are listed.</summary>
    private const int WorstPages = 10;

    public static Command Create()
    {
        var pages = new Option<string>("--pages") { Description = "folder of <id>.html or <id>.html.gz pages", Required = true };
        var truth = new Option<string>("--truth") { Description = "ground-truth.json: {id: {articleBody, url}}", Required = true };
        var json = new Option<bool>("--json") { Description = "print one JSON object {pages, precision, recall, f1, pagesPerSecond}" };
        var command = new Command("extraction", "Score HTML body extraction against ground truth (article-extraction-benchmark scoring).")
        {
            pages, truth, json,
        };
        command.SetAction(result => Run(result.GetValue(pages)!, result.GetValue(truth)!, result.GetValue(json)));
        return command;
    }

    private static int Run(string pagesDir, string truthPath, bool asJson)
    {
        if (!Directory.Exists(pagesDir))
        {
            Console.Error.WriteLine($"error: pages folder {pagesDir} not found");
            return ExitCodes.Error;
        }
        if (!File.Exists(truthPath))
        {
            Console.Error.WriteLine($"error: {truthPath}: no such ground-truth file (--truth)");
            return ExitCodes.Error;
        }
        IReadOnlyDictionary<string, ExtractionTruth> truth;
        try
        {
            truth = ExtractionTruth.Load(truthPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException or InvalidDataException)
        {
            Console.Error.WriteLine($"error: cannot read ground truth {truthPath}: {ex.Message}");
            return ExitCodes.Error;
        }
        var set = HtmlPageSet.Load(pagesDir, IngestOptions.Default);
        var evaluation = new ExtractionEvaluator(new ArticleExtractor(ExtractOptions.Default)).Evaluate(set, truth);
        var score = evaluation.Score;
        if (asJson)
        {
            Console.WriteLine(JsonSerializer.Serialize(new
            {
                pages = score.Pages,
                precision = Math.Round(score.Precision, 4),
                recall = Math.Round(score.Recall, 4),
                f1 = Math.Round(score.F1, 4),
                pagesPerSecond = Math.Round(evaluation.PagesPerSecond, 1),
            }));
            return ExitCodes.Ok;
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{score}  ({evaluation.PagesPerSecond:F0} pages/s)"));
        foreach (string id in evaluation.Missing)
        {
            Console.WriteLine($"missing page (scored empty): {id}");
        }
        Console.WriteLine($"worst {WorstPages} pages (id, precision, recall):");
        foreach (var page in evaluation.Pages.OrderBy(p => p.F1).ThenBy(p => p.Id, StringComparer.Ordinal).Take(WorstPages))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {page.Id}  P {page.Precision ?? 0:F3}  R {page.Recall ?? 0:F3}"));
        }
        return ExitCodes.Ok;
    }
}
