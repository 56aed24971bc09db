using System.CommandLine;
using System.Globalization;
using Crosscheck.Evaluation;
using Crosscheck.Pipeline;
using Crosscheck.Stories;

namespace Crosscheck.Cli;

/// <summary>
/// <c>crosscheck tune clustering --input FILE --format uci|jsonl [--split stories|category]</c>: grid
/// search over the clustering settings on a labelled stream split in two parts; prints the best
/// settings chosen on each part with their score on the other part, which they never saw.
/// </summary>
internal static class TuneCommand
{
    public static Command Create()
    {
        var top = new Option<int>("--top") { Description = "settings to print", DefaultValueFactory = _ => 10 };
        var split = new Option<string>("--split")
        {
            Description = "stories: first vs second half of the stories by first appearance; " +
                          "category: categories listed in --first (default b,e) vs the rest",
            DefaultValueFactory = _ => "stories",
        };
        split.AcceptOnlyFromAmong("stories", "category");
        var first = new Option<string>("--first") { Description = "categories of part 1 with --split category", DefaultValueFactory = _ => "b,e" };
        var noGrid = new Option<bool>("--no-grid") { Description = "score only the current settings (defaults plus --set) on each part, without the grid search" };
        var clustering = new Command("clustering", "Fit the story clustering thresholds and weights on a labelled stream.")
        {
            EvalClusteringCommand.InputOption, EvalClusteringCommand.FormatOption, top, split, first,
            EvalClusteringCommand.DateOnlyOption, ClusteringOverrides.SetOption, noGrid,
        };
        clustering.SetAction(result => Run(
            result.GetValue(EvalClusteringCommand.InputOption)!, result.GetValue(EvalClusteringCommand.FormatOption), result.GetValue(top),
            result.GetValue(split)!, result.GetValue(first)!, result.GetValue(EvalClusteringCommand.DateOnlyOption),
            result.GetValue(ClusteringOverrides.SetOption), result.GetValue(noGrid)));
        return new Command("tune", "Fit a stage's settings on labelled data.") { clustering };
    }

    private static int Run(string input, LabelledStreamFormat format, int top, string split, string first, bool dateOnly, string[]? settings, bool noGrid)
    {
        var options = new PipelineBuilder().Build().Options;
        if (!ClusteringOverrides.TryApply(options.Clustering, settings, out var baseline) || EvalClusteringCommand.Load(input, format) is not { } stream)
        {
            return ExitCodes.Error;
        }

        var articles = ClusteringEvaluator.Prepare(stream.Items, options.Text);
        var labels = stream.Items.Select(static i => i.Label).ToList();
        var times = EvalClusteringCommand.Times(stream, dateOnly);
        var parts = split == "category"
            ? ClusteringTuner.SplitByCategory(stream.Items, first.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal))
            : ClusteringTuner.SplitByFirstAppearance(labels);
        var grid = noGrid ? Array.Empty<ClusteringOptions>() : ClusteringTuner.Grid(baseline);
        var progress = new Progress<int>(done =>
        {
            if (done % 100 == 0)
            {
                Console.Error.WriteLine($"{done}/{grid.Count} settings");
            }
        });
        var trials = ClusteringTuner.Tune(articles, labels, grid, parts, times, progress);
        var current = ClusteringTuner.Tune(articles, labels, [baseline], parts, times)[0];
        var sizes = (parts.Count(static p => p == 0), parts.Count(static p => p == 1));
        Console.WriteLine($"split {split}: part 1 {sizes.Item1} items, part 2 {sizes.Item2} items");
        Console.WriteLine("B-cubed F1: part 1 | part 2 | whole  <- settings");
        Console.WriteLine(Line(current) + "  <- current defaults");
        if (grid.Count == 0)
        {
            return ExitCodes.Ok;
        }

        Console.WriteLine("best on part 1 (part 2 unseen):");
        foreach (var trial in trials.OrderByDescending(static t => t.FirstPart.F1).ThenByDescending(static t => t.Whole.F1).Take(top))
        {
            Console.WriteLine(Line(trial) + "  <- " + Describe(trial));
        }

        Console.WriteLine("best on part 2 (part 1 unseen):");
        foreach (var trial in trials.OrderByDescending(static t => t.SecondPart.F1).ThenByDescending(static t => t.Whole.F1).Take(top))
        {
            Console.WriteLine(Line(trial) + "  <- " + Describe(trial));
        }

        Console.WriteLine("best on the worse part:");
        foreach (var trial in trials.OrderByDescending(static t => t.WorsePartF1).ThenByDescending(static t => t.Whole.F1).Take(top))
        {
            Console.WriteLine(Line(trial) + "  <- " + Describe(trial));
        }

        return ExitCodes.Ok;
    }

    private static string Describe(ClusteringTrial trial)
    {
        var o = trial.Options;
        return string.Create(CultureInfo.InvariantCulture,
            $"ShortTextThreshold {o.ShortTextThreshold}, MergeThreshold {o.MergeThreshold}, MemberFloor {o.MemberFloor}, " +
            $"TimeHalfLifeHours {o.TimeHalfLifeHours}, ShortTextTimeFloor {o.ShortTextTimeFloor}");
    }

    private static string Line(ClusteringTrial t) => string.Create(CultureInfo.InvariantCulture,
        $"{t.FirstPart.F1:F3} | {t.SecondPart.F1:F3} | {t.Whole.F1:F3}");
}
