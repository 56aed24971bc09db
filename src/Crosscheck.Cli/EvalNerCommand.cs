using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Crosscheck.Pipeline;
using Crosscheck.Text;
using Crosscheck.Text.Ner;

namespace Crosscheck.Cli;

/// <summary>
/// <c>crosscheck eval ner --conll FILE</c>: exact-span (conlleval) per-type and micro precision,
/// recall and F1 of the entity tagger as shipped (model plus title rules) on a CoNLL file (IOB1
/// or BIO), and its speed. Each document's words are joined by spaces into a text and tagged.
/// </summary>
internal static class EvalNerCommand
{
    private static readonly string[] TypeNames = ["PER", "ORG", "LOC", "MISC"];

    public static Command Create()
    {
        var conll = new Option<string>("--conll") { Description = "CoNLL file: 'token ... TAG' per line, IOB1 or BIO", Required = true };
        var json = new Option<bool>("--json") { Description = "print the scores as JSON" };
        var model = new Option<string?>("--model") { Description = "model folder (default: the model shipped next to the binaries)" };
        var output = new Option<string?>("--output") { Description = "also write 'word gold predicted' lines (conlleval input) to this file" };
        var baseline = new Option<bool>("--baseline") { Description = "score the heuristic baseline tagger instead of the model (words joined by spaces into text)" };
        var retokenize = new Option<bool>("--retokenize")
        {
            Description = "give the tagger Crosscheck's own tokens of each sentence instead of the file's words, as in the pipeline (scores still count the file's words)",
        };
        var command = new Command("ner", "Score the entity model on a CoNLL file: per-type and micro P/R/F1, tokens/s.") { conll, json, model, output, baseline, retokenize };
        command.SetAction(result => Run(
            result.GetValue(conll)!, result.GetValue(json), result.GetValue(baseline) ? null : result.GetValue(model) ?? NerTrainingRecipe.ShippedModelFolder,
            result.GetValue(output), result.GetValue(retokenize)));
        return command;
    }

    /// <param name="modelFolder">The model to score, or null for the baseline tagger.</param>
    private static int Run(string conllPath, bool json, string? modelFolder, string? outputPath, bool retokenize)
    {
        List<ConllSentence> sentences;
        IEntityTagger tagger;
        try
        {
            sentences = NerTrainingRecipe.Read(conllPath);
            tagger = modelFolder is null ? new BaselineEntityTagger() : PerceptronEntityTagger.Load(modelFolder);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or FormatException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"error: {(e is FileNotFoundException or DirectoryNotFoundException ? conllPath + ": no such file" : e.Message)}");
            return ExitCodes.Error;
        }

        // Tagged twice: the first run warms up the JIT, the second is timed and reported.
        var tokenizer = retokenize ? new Tokenizer() : null;
        _ = NerEvaluation.Run(tagger, sentences, tokenizer);
        var evaluation = NerEvaluation.Run(tagger, sentences, tokenizer);
        var scorer = evaluation.Scorer;
        if (outputPath is not null)
        {
            WritePredictions(outputPath, sentences, evaluation.Predicted);
        }

        if (json)
        {
            var types = new JsonObject();
            for (var t = 0; t < TypeNames.Length; t++)
            {
                types[TypeNames[t]] = ToJson(scorer.Type(t));
            }

            var root = new JsonObject
            {
                ["types"] = types,
                ["micro"] = ToJson(scorer.Micro),
                ["tokensPerSecond"] = Math.Round(evaluation.TokensPerSecond),
            };
            Console.WriteLine(root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
            return ExitCodes.Ok;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{conllPath}: {sentences.Count} sentences, {evaluation.Tokens} tokens"));
        Console.WriteLine("type        tp     fp     fn  precision  recall     F1");
        for (var t = 0; t < TypeNames.Length; t++)
        {
            Console.WriteLine(Row(TypeNames[t], scorer.Type(t)));
        }

        Console.WriteLine(Row("micro", scorer.Micro));
        Console.WriteLine(Row("PER+ORG+LOC", scorer.MicroOver(0, 1, 2)));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"speed: {evaluation.TokensPerSecond:F0} tokens/s (one thread)"));
        return ExitCodes.Ok;
    }

    private static void WritePredictions(string path, List<ConllSentence> sentences, IReadOnlyList<int[]> predicted)
    {
        using var writer = new StreamWriter(path);
        for (var s = 0; s < sentences.Count; s++)
        {
            if (s == 0 || sentences[s].Document != sentences[s - 1].Document)
            {
                writer.WriteLine("-DOCSTART- O O");
                writer.WriteLine();
            }

            for (var i = 0; i < sentences[s].Words.Length; i++)
            {
                writer.WriteLine($"{sentences[s].Words[i]} {NerTags.Name(sentences[s].Tags[i])} {NerTags.Name(predicted[s][i])}");
            }

            writer.WriteLine();
        }
    }

    private static string Row(string name, NerTypeScore s) =>
        string.Create(CultureInfo.InvariantCulture, $"{name,-11} {s.Tp,6} {s.Fp,6} {s.Fn,6}  {s.Precision,9:F4}  {s.Recall,6:F4}  {s.F1,6:F4}");

    private static JsonObject ToJson(NerTypeScore s) => new()
    {
        ["tp"] = s.Tp,
        ["fp"] = s.Fp,
        ["fn"] = s.Fn,
        ["precision"] = Math.Round(s.Precision, 4),
        ["recall"] = Math.Round(s.Recall, 4),
        ["f1"] = Math.Round(s.F1, 4),
    };
}
