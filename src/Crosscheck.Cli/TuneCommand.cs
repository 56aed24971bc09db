using System.CommandLine;
using System.Globalization;
using Crosscheck.Evaluation;
using Crosscheck.Pipeline;

namespace Crosscheck.Cli;

/// <summary>
/// <c>crosscheck tune clustering --input FILE --format uci|jsonl</c>: grid search over the clustering
/// settings on a labelled stream; prints the best settings with their scores on the whole stream and
/// on each half (a stable setting scores alike on both halves).
/// </summary>
internal static class TuneCommand
{
    public static Command Create()
    {
        var top = new Option<int>("--top") { Description = "settings to print", DefaultValueFactory = _ => 10 };
        var clustering = new Command("clustering", "Fit the story clustering thresholds and weights on a labelled stream.")
        {
            EvalClusteringCommand.InputOption, EvalClusteringCommand.FormatOption, top,
        };
        clustering.SetAction(result => Run(
            result.GetValue(EvalClusteringCommand.InputOption)!, result.GetValue(EvalClusteringCommand.FormatOption), result.GetValue(top)));
        return new Command("tune", "Fit a stage's settings on labelled data.") { clustering };
    }

    private static int Run(string input, LabelledStreamFormat format, int top)
    {
        if (EvalClusteringCommand.Load(input, format) is not { } stream)
        {
            return ExitCodes.Error;
        }

        var options = new PipelineBuilder().Build().Options;
        var articles = ClusteringEvaluator.Prepare(stream.Items, options.Text);
        var labels = stream.Items.Select(static i => i.Label).ToList();
        var grid = ClusteringTuner.Grid(options.Clustering);
        var progress = new Progress<int>(done =>
        {
            if (done % 50 == 0)
            {
                Console.Error.WriteLine($"{done}/{grid.Count} settings");
            }
        });
        var trials = ClusteringTuner.Tune(articles, labels, grid, progress);
        var current = ClusteringTuner.Tune(articles, labels, [options.Clustering])[0];
        Console.WriteLine("B-cubed F1: worse half | first half | second half | whole  <- settings");
        Console.WriteLine(Line(current) + "  <- current defaults");
        foreach (var trial in trials.Take(top))
        {
            var o = trial.Options;
            Console.WriteLine(Line(trial) + string.Create(CultureInfo.InvariantCulture,
                $"  <- ShortTextThreshold {o.ShortTextThreshold}, MergeThreshold {o.MergeThreshold}, CapitalizedWeight {o.CapitalizedWeight}, EntityWeight {o.EntityWeight}"));
        }

        return ExitCodes.Ok;
    }

    private static string Line(ClusteringTrial t) => string.Create(CultureInfo.InvariantCulture,
        $"{t.WorseHalfF1:F3} | {t.FirstHalf.F1:F3} | {t.SecondHalf.F1:F3} | {t.Whole.F1:F3}");
}
