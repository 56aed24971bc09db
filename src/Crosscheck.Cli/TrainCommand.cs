using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Crosscheck.Evaluation;
using Crosscheck.Pipeline;
using Crosscheck.Text.Ner;

namespace Crosscheck.Cli;

/// <summary><c>crosscheck train ner</c>: trains the shipped entity model from the documented recipe.</summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "folder of the CoNLL training corpora", DefaultValueFactory = _ => "../shared/data/ner" };
        var output = new Option<string>("--out") { Description = "model folder to write (weights.bin.gz + meta.json)", DefaultValueFactory = _ => "models/ner" };
        var defaults = new PerceptronTrainingOptions();
        var epochs = new Option<int>("--epochs") { Description = "training passes over the data", DefaultValueFactory = _ => defaults.Epochs };
        var seed = new Option<int>("--seed") { Description = "shuffling seed (fixed: the same data and seed give the same model)", DefaultValueFactory = _ => defaults.Seed };
        var mixes = new Option<int>("--mixes") { Description = "training runs in different orders whose weights are averaged (parameter mixing)", DefaultValueFactory = _ => defaults.Mixes };
        var singlePass = new Option<bool>("--single-pass") { Description = "skip the document-consistency second pass (for comparison)" };
        var fifth = new Option<int>("--held-out-fifth") { Description = "which fifth of the gum-wikinews and wikigold documents to hold out (index % 5; the shipped model holds out 0, others cross-check a change)", DefaultValueFactory = _ => 0 };
        var pages = new Option<string?>("--pages") { Description = "folder of saved news pages whose extracted bodies teach the common-word lexicon (default: DATA/../extraction/dev)" };
        var headlines = new Option<string?>("--headlines") { Description = "UCI News Aggregator CSV whose titles teach the common-word lexicon (default: DATA/../stories/uci-news-dev.csv)" };
        var selfTrain = new Option<float>("--self-train") { Description = "weight of the page bodies tagged by a first model in a second training run (0: no self-training)", DefaultValueFactory = _ => NerTrainingRecipe.SelfTrainingWeight };
        var ner = new Command("ner", "Train the named-entity model on the openly licensed corpora and report held-out scores.") { data, output, epochs, seed, mixes, singlePass, fifth, pages, headlines, selfTrain };
        ner.SetAction(result =>
        {
            var folder = result.GetValue(data)!;
            return Run(folder, result.GetValue(output)!,
                new PerceptronTrainingOptions { Epochs = result.GetValue(epochs), Seed = result.GetValue(seed), Mixes = Math.Clamp(result.GetValue(mixes), 1, 16), SecondPass = !result.GetValue(singlePass) }, result.GetValue(fifth),
                result.GetValue(pages) ?? Path.Combine(folder, "..", "extraction", "dev"), result.GetValue(headlines) ?? Path.Combine(folder, "..", "stories", "uci-news-dev.csv"), result.GetValue(selfTrain));
        });
        return new Command("train", "Train a model.") { ner };
    }

    private static int Run(string data, string output, PerceptronTrainingOptions options, int heldOutFifth, string pages, string headlines, float selfTrainWeight)
    {
        if (!Directory.Exists(data))
        {
            Console.Error.WriteLine($"error: {data}: training data folder not found; pass --data DIR (see README, \"Entity model\")");
            return ExitCodes.Error;
        }

        if (heldOutFifth is < 0 or > 4)
        {
            Console.Error.WriteLine($"error: --held-out-fifth {heldOutFifth}: expected 0 to 4");
            return ExitCodes.Error;
        }

        if (!Directory.Exists(pages) || !File.Exists(headlines))
        {
            Console.Error.WriteLine($"error: {(Directory.Exists(pages) ? headlines : pages)}: unlabelled text for the common-word lexicon not found; pass --pages DIR and --headlines CSV (see README, \"Entity model\")");
            return ExitCodes.Error;
        }

        if (!float.IsFinite(selfTrainWeight) || selfTrainWeight is < 0 or > 1)
        {
            Console.Error.WriteLine($"error: --self-train {selfTrainWeight}: expected a weight from 0 to 1");
            return ExitCodes.Error;
        }

        var clock = Stopwatch.StartNew();
        var bodies = UnlabelledNewsText.PageBodies(pages);
        (string, IReadOnlyList<string>)[] commonText =
        [
            ($"{Named(pages)} page bodies", bodies),
            ($"{Named(headlines)} titles", UnlabelledNewsText.Headlines(headlines)),
        ];
        var meta = NerTrainingRecipe.TrainAndSave(data, output, options, line =>
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{clock.Elapsed.TotalSeconds,6:F1} s] {line}")), heldOutFifth, commonText,
            new SelfTraining($"{Named(pages)} page bodies", bodies, selfTrainWeight));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"wrote {Path.GetFullPath(output)}: {meta.Features} features, {new FileInfo(Path.Combine(output, NerModelFile.WeightsFile)).Length / 1e6:F1} MB, {clock.Elapsed.TotalSeconds:F0} s"));
        return ExitCodes.Ok;
    }

    /// <summary>The last two parts of a path ("extraction/dev"), so that the model's metadata does not depend on where the data lives.</summary>
    private static string Named(string path)
    {
        var full = Path.GetFullPath(path).TrimEnd(Path.DirectorySeparatorChar);
        return $"{Path.GetFileName(Path.GetDirectoryName(full))}/{Path.GetFileName(full)}";
    }
}
