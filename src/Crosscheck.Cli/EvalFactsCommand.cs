using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Crosscheck.Evaluation;
using Crosscheck.Pipeline;

namespace Crosscheck.Cli;

/// <summary>
/// <c>crosscheck eval facts --gold DIR [--json]</c>: runs the pipeline on each story folder of
/// DIR (each with a gold.json) and prints precision and recall of conflict detection and of
/// corroboration, with the errors of each story.
/// </summary>
internal static class EvalFactsCommand
{
    public static Command Create()
    {
        var gold = new Option<string>("--gold") { Description = "folder of story folders, each with articles and a gold.json", Required = true };
        var json = new Option<bool>("--json") { Description = "print the scores as JSON" };
        var command = new Command("facts", "Score conflict and corroboration detection on fixture stories with expected judgements.") { gold, json };
        command.SetAction((result, cancellationToken) => RunAsync(result.GetValue(gold)!, result.GetValue(json), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string goldDir, bool asJson, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(goldDir))
        {
            await Console.Error.WriteLineAsync($"error: {goldDir}: no such folder").ConfigureAwait(false);
            return ExitCodes.Error;
        }

        IReadOnlyList<FactGold> stories;
        try
        {
            stories = FactGoldReader.ReadAll(goldDir);
        }
        catch (InvalidDataException e)
        {
            await Console.Error.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
            return ExitCodes.Error;
        }

        if (stories.Count == 0)
        {
            await Console.Error.WriteLineAsync($"error: {goldDir}: no story folder with a {FactGoldReader.GoldFileName}").ConfigureAwait(false);
            return ExitCodes.Error;
        }

        var evaluation = await new FactEvaluator(new PipelineBuilder().Build()).EvaluateAsync(stories, cancellationToken).ConfigureAwait(false);
        if (asJson)
        {
            WriteJson(evaluation);
        }
        else
        {
            WriteText(evaluation);
        }

        return ExitCodes.Ok;
    }

    private static void WriteText(FactEvaluation evaluation)
    {
        foreach (var story in evaluation.Stories)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{story.Name}: conflicts {story.Conflicts.PredictedCorrect}/{story.Conflicts.Predicted} correct, {story.Conflicts.GoldFound}/{story.Conflicts.Gold} found; " +
                $"corroborations {story.Corroborations.PredictedCorrect}/{story.Corroborations.Predicted} correct, {story.Corroborations.GoldFound}/{story.Corroborations.Gold} found"));
            foreach (var error in story.Errors)
            {
                Console.WriteLine("  " + error);
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"stories: {evaluation.Stories.Count}"));
        Console.WriteLine($"conflicts ({evaluation.Conflicts.Predicted} predicted, {evaluation.Conflicts.Gold} gold): {evaluation.Conflicts.ToPrf()}");
        Console.WriteLine($"corroborations ({evaluation.Corroborations.Predicted} predicted, {evaluation.Corroborations.Gold} gold): {evaluation.Corroborations.ToPrf()}");
    }

    private static void WriteJson(FactEvaluation evaluation)
    {
        using var stdout = Console.OpenStandardOutput();
        using var json = new Utf8JsonWriter(stdout, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteNumber("stories", evaluation.Stories.Count);
        Write(json, "conflicts", evaluation.Conflicts);
        Write(json, "corroborations", evaluation.Corroborations);
        json.WriteStartArray("perStory");
        foreach (var story in evaluation.Stories)
        {
            json.WriteStartObject();
            json.WriteString("name", story.Name);
            Write(json, "conflicts", story.Conflicts);
            Write(json, "corroborations", story.Corroborations);
            json.WriteStartArray("errors");
            foreach (var error in story.Errors)
            {
                json.WriteStringValue(error);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        stdout.WriteByte((byte)'\n');
    }

    private static void Write(Utf8JsonWriter json, string name, FactDetectionScore score)
    {
        json.WriteStartObject(name);
        json.WriteNumber("predicted", score.Predicted);
        json.WriteNumber("predictedCorrect", score.PredictedCorrect);
        json.WriteNumber("gold", score.Gold);
        json.WriteNumber("goldFound", score.GoldFound);
        json.WriteNumber("precision", Math.Round(score.Precision, 4));
        json.WriteNumber("recall", Math.Round(score.Recall, 4));
        json.WriteEndObject();
    }
}
