using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Crosscheck.Evaluation;
using Crosscheck.Extract;
using Crosscheck.Ingest;
using Crosscheck.Model;

namespace Crosscheck.Cli;

/// <summary>
/// <c>crosscheck extract PATH...</c>: extracts article body and metadata from .html / .html.gz
/// files (or folders of them) and prints one JSON object keyed by file id. Files that yield no
/// article get a per-file diagnostic on stderr.
/// </summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "HTML files (.html, .htm, .html.gz) or folders of them", Arity = ArgumentArity.OneOrMore };
        var command = new Command("extract", "Extract article body, title, date, authors, outlet, URL and language from HTML pages as JSON.") { paths };
        command.SetAction(result => Run(result.GetValue(paths)!));
        return command;
    }

    private static int Run(string[] paths)
    {
        var files = new List<string>();
        int failed = 0;
        foreach (string path in paths)
        {
            if (Directory.Exists(path))
            {
                var inDir = Directory.GetFiles(path).Where(HtmlPageSet.IsPageFile).ToList();
                inDir.Sort(StringComparer.Ordinal);
                files.AddRange(inDir);
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                Console.Error.WriteLine($"error: {path}: no such file or directory ({DiagnosticCodes.NotFound})");
                failed++;
            }
        }
        var set = HtmlPageSet.LoadFiles(files, IngestOptions.Default);
        var extractor = new ArticleExtractor(ExtractOptions.Default);
        using var stdout = Console.OpenStandardOutput();
        using var json = new Utf8JsonWriter(stdout, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        foreach (var page in set.Pages)
        {
            var diagnostics = new List<Diagnostic>(page.Diagnostics);
            ExtractResult? result = null;
            if (page.Document is { } document)
            {
                result = extractor.Extract(document);
                diagnostics.AddRange(result.Diagnostics);
            }
            foreach (var d in diagnostics)
            {
                if (d.Severity != Severity.Info)
                {
                    Console.Error.WriteLine($"{d.Severity.ToString().ToLowerInvariant()}: {d}");
                }
            }
            if (result?.Article is not { } article)
            {
                failed++;
                continue;
            }
            Write(json, page.Id, article, result.Strategy);
            if (json.BytesPending >= 64 * 1024)
            {
                json.Flush(); // the writer holds everything until flushed
            }
        }
        json.WriteEndObject();
        json.Flush();
        stdout.WriteByte((byte)'\n');
        return failed > 0 ? ExitCodes.SomeInputsFailed : ExitCodes.Ok;
    }

    private static void Write(Utf8JsonWriter json, string id, Article article, ExtractionStrategy strategy)
    {
        var m = article.Metadata;
        json.WriteStartObject(id);
        json.WriteString("articleBody", article.BodyText);
        json.WriteString("title", m.Title);
        json.WriteString("published", m.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteString("publishedEvidence", m.PublishedEvidence.ToString());
        json.WriteStartArray("authors");
        foreach (string a in m.Authors)
        {
            json.WriteStringValue(a);
        }
        json.WriteEndArray();
        json.WriteStartArray("agencies");
        foreach (string a in m.Agencies)
        {
            json.WriteStringValue(a);
        }
        json.WriteEndArray();
        json.WriteString("outlet", m.Outlet);
        json.WriteString("url", m.Url);
        json.WriteString("language", m.Language);
        json.WriteString("strategy", strategy.ToString());
        json.WriteEndObject();
    }
}
