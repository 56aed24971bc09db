using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Crosscheck.Evaluation;
using Crosscheck.Pipeline;

namespace Crosscheck.Cli;

/// <summary>
/// <c>crosscheck eval clustering --input FILE --format uci|jsonl [--json] [--replay N [--replay-days D]]</c>: clusters a labelled
/// stream in time order with the pipeline's clustering settings and prints B-cubed and pairwise scores.
/// </summary>
internal static class EvalClusteringCommand
{
    public static readonly Option<string> InputOption = new("--input", "-i") { Description = "labelled stream file", Required = true };

    public static readonly Option<LabelledStreamFormat> FormatOption = new("--format", "-f")
    {
        Description = "uci (UCI News Aggregator CSV) or jsonl (id, title, text, published, outlet, url, label)",
        DefaultValueFactory = _ => LabelledStreamFormat.Jsonl,
    };

    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "print one JSON object instead of text" };
        var dump = new Option<string?>("--dump") { Description = "write id, true label, predicted story and title of each item to this TSV file (error analysis)" };
        var replay = new Option<int>("--replay")
        {
            Description = "play the stream this many times, each copy later by --replay-days and with its stories relabelled (a long stream for scale tests)",
            DefaultValueFactory = _ => 1,
        };
        var replayDays = new Option<double>("--replay-days") { Description = "days between replayed copies", DefaultValueFactory = _ => 2 };
        var command = new Command("clustering", "Cluster a labelled stream in time order and print pairwise and B-cubed precision/recall/F1.")
        {
            InputOption, FormatOption, json, DateOnlyOption, ClusteringOverrides.SetOption, dump, replay, replayDays,
        };
        command.SetAction(result => Run(
            result.GetValue(InputOption)!, result.GetValue(FormatOption), result.GetValue(json),
            result.GetValue(DateOnlyOption), result.GetValue(ClusteringOverrides.SetOption), result.GetValue(dump),
            (result.GetValue(replay), result.GetValue(replayDays))));
        return command;
    }

    public static readonly Option<bool> DateOnlyOption = new("--date-only")
    {
        Description = "place articles by their date only, as the pipeline does for extracted articles (default: the stream's exact times)",
    };

    /// <summary>The items' exact times, or null with <paramref name="dateOnly"/>.</summary>
    public static IReadOnlyList<DateTimeOffset?>? Times(LabelledCorpus stream, bool dateOnly) =>
        dateOnly ? null : stream.Items.Select(static i => i.Published).ToList();

    /// <summary>Skipped records reported one line each; the rest are counted in one line.</summary>
    private const int MaxSkippedLines = 20;

    /// <summary>
    /// Reads the stream, reports skipped records on stderr (the first <see cref="MaxSkippedLines"/>, then a count);
    /// null when the file cannot be read or holds no labelled item in <paramref name="format"/>.
    /// </summary>
    public static LabelledCorpus? Load(string input, LabelledStreamFormat format)
    {
        if (!File.Exists(input))
        {
            Console.Error.WriteLine($"error: {input}: file not found; pass an existing labelled stream with --input");
            return null;
        }

        var stream = LabelledStreamReader.Read(input, format);
        foreach (var diagnostic in stream.Diagnostics.Take(MaxSkippedLines))
        {
            Console.Error.WriteLine($"warning: {diagnostic}");
        }

        if (stream.Diagnostics.Count > MaxSkippedLines)
        {
            Console.Error.WriteLine($"warning: {input}: {stream.Diagnostics.Count - MaxSkippedLines} more records skipped");
        }

        if (stream.Items.Count == 0)
        {
            var formatName = format.ToString().ToLowerInvariant();
            Console.Error.WriteLine(
                $"error: {input}: no labelled item read as {formatName} ({stream.Diagnostics.Count} records skipped); check --format (uci or jsonl, default jsonl)");
            return null;
        }

        return stream;
    }

    private static int Run(
        string input, LabelledStreamFormat format, bool json, bool dateOnly, string[]? settings, string? dump, (int Copies, double Days) replay)
    {
        var options = new PipelineBuilder().Build().Options;
        if (replay.Copies < 1 || replay.Days < 0)
        {
            Console.Error.WriteLine("error: --replay needs 1 or more copies and --replay-days 0 or more days");
            return ExitCodes.Error;
        }

        if (!ClusteringOverrides.TryApply(options.Clustering, settings, out var clustering) || Load(input, format) is not { } stream)
        {
            return ExitCodes.Error;
        }

        if (replay.Copies > 1)
        {
            if (stream.Items.Any(static i => i.Published is null))
            {
                Console.Error.WriteLine($"error: {input}: --replay needs a time on every item");
                return ExitCodes.Error;
            }

            stream = LabelledStreamReplay.Replay(stream, replay.Copies, TimeSpan.FromDays(replay.Days));
        }

        var clock = Stopwatch.StartNew();
        var articles = ClusteringEvaluator.Prepare(stream.Items, options.Text);
        var analysisSeconds = clock.Elapsed.TotalSeconds;
        var labels = stream.Items.Select(static i => i.Label).ToList();
        var evaluation = ClusteringEvaluator.Evaluate(articles, labels, clustering, Times(stream, dateOnly));
        var score = evaluation.Score;
        if (dump is not null)
        {
            using var writer = new StreamWriter(dump);
            writer.WriteLine("id\tlabel\tpredicted\ttitle");
            for (var i = 0; i < stream.Items.Count; i++)
            {
                var item = stream.Items[i];
                writer.WriteLine($"{item.Id}\t{item.Label}\t{evaluation.Predicted[i]}\t{item.Title.ReplaceLineEndings(" ").Replace('\t', ' ')}");
            }
        }

        if (json)
        {
            var payload = new
            {
                items = score.Items,
                trueClusters = score.TrueClusters,
                predictedClusters = score.PredictedClusters,
                bcubed = new { precision = score.BCubed.Precision, recall = score.BCubed.Recall, f1 = score.BCubed.F1 },
                pairwise = new { precision = score.Pairwise.Precision, recall = score.Pairwise.Recall, f1 = score.Pairwise.F1 },
                itemsPerSecond = evaluation.ItemsPerSecond,
            };
            Console.WriteLine(JsonSerializer.Serialize(payload));
            return ExitCodes.Ok;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"items {score.Items}: true clusters {score.TrueClusters}, predicted {score.PredictedClusters}\n" +
            $"B-cubed   {score.BCubed}\n" +
            $"pairwise  {score.Pairwise}\n" +
            $"clustering {evaluation.ItemsPerSecond:F0} items/s (text analysis {analysisSeconds:F1} s, excluded)"));
        return ExitCodes.Ok;
    }
}
