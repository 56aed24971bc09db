using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Crosscheck.Cli.Bench;
using Crosscheck.Model;
using Crosscheck.Pipeline;
using Crosscheck.Text;
using Crosscheck.Text.Ner;

namespace Crosscheck.Cli;

/// <summary>
/// <c>crosscheck bench text</c>: single-thread throughput of the language stages on ~3 KB
/// generated articles: tokenisation + sentence splitting (MB/s), the entity model (tokens/s),
/// dates + quantities (articles/s). Each stage runs several rounds; the best round is reported
/// (the machine is shared, so the best round is the least disturbed one), with CPU-time figures beside.
/// </summary>
internal static class BenchTextCommand
{
    private const int TargetChars = 3_000;

    public static Command Create()
    {
        var count = new Option<int>("--articles", "-n") { Description = "articles of about 3 KB to generate", DefaultValueFactory = _ => 2_000 };
        var rounds = new Option<int>("--rounds") { Description = "timed rounds per stage (best reported)", DefaultValueFactory = _ => 5 };
        var model = new Option<string?>("--model") { Description = "entity model folder (default: the shipped model next to the binaries)" };
        var conll = new Option<string?>("--conll") { Description = "also time the entity model on the real text of this CoNLL file (generated text repeats its vocabulary)" };
        var command = new Command("text", "Benchmark tokens + sentences (MB/s), the entity model (tokens/s) and dates + quantities (articles/s), one thread.")
        {
            count, rounds, model, conll,
        };
        command.SetAction(result => Run(result.GetValue(count), result.GetValue(rounds), result.GetValue(model) ?? NerTrainingRecipe.ShippedModelFolder, result.GetValue(conll)));
        return command;
    }

    private static int Run(int count, int rounds, string modelFolder, string? conllPath)
    {
        if (conllPath is not null && !File.Exists(conllPath))
        {
            Console.Error.WriteLine($"error: {conllPath}: no such CoNLL file (--conll); check the path");
            return ExitCodes.Error;
        }

        PerceptronEntityTagger tagger;
        var loadClock = Stopwatch.StartNew();
        try
        {
            tagger = PerceptronEntityTagger.Load(modelFolder);
        }
        catch (InvalidDataException e)
        {
            Console.Error.WriteLine(e.Message);
            return ExitCodes.Error;
        }

        var loadSeconds = loadClock.Elapsed.TotalSeconds;
        var texts = Articles(count);
        var bytes = texts.Sum(t => (long)Encoding.UTF8.GetByteCount(t));
        var splitter = new SentenceSplitter();
        var tokenizer = new Tokenizer();
        var dates = new DateNormalizer();
        var quantities = new QuantityReader();
        var anchor = new DateOnly(2024, 3, 1);

        var sentences = new List<Sentence>[texts.Count];
        var tokens = new List<Token>[texts.Count];
        var tokenizeTime = Measure(rounds, () =>
        {
            for (var a = 0; a < texts.Count; a++)
            {
                var s = new List<Sentence>();
                splitter.Split(texts[a], new TextSpan(0, texts[a].Length), s);
                var t = new List<Token>(s.Count * 24);
                foreach (var sentence in s)
                {
                    tokenizer.Tokenize(texts[a], sentence.Span, t);
                }

                sentences[a] = s;
                tokens[a] = t;
            }
        });
        var tokenCount = tokens.Sum(t => (long)t.Count);

        var nerTime = Measure(rounds, () =>
        {
            for (var a = 0; a < texts.Count; a++)
            {
                tagger.Tag(texts[a], sentences[a], tokens[a]);
            }
        });

        var datesTime = Measure(rounds, () =>
        {
            for (var a = 0; a < texts.Count; a++)
            {
                var found = dates.Find(texts[a], sentences[a], tokens[a], anchor);
                quantities.Read(texts[a], sentences[a], tokens[a], found);
            }
        });

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"entity model loaded in {loadSeconds * 1000:F0} ms ({modelFolder})\n" +
            $"{texts.Count} articles, {bytes / 1e6:F2} MB UTF-8 (mean {bytes / texts.Count} bytes), {tokenCount} tokens; best of {rounds} rounds, one thread\n" +
            $"tokens + sentences: {bytes / 1e6 / tokenizeTime.Wall:F1} MB/s (CPU time: {bytes / 1e6 / tokenizeTime.Cpu:F1} MB/s)   target >= 5\n" +
            $"entity model:       {tokenCount / nerTime.Wall:F0} tokens/s (CPU time: {tokenCount / nerTime.Cpu:F0} tokens/s)   target >= 200,000\n" +
            $"dates + quantities: {texts.Count / datesTime.Wall:F0} articles/s (CPU time: {texts.Count / datesTime.Cpu:F0} articles/s)   target >= 2,000"));
        if (conllPath is not null)
        {
            var sentencesOfFile = NerTrainingRecipe.Read(conllPath);
            var best = NerEvaluation.Run(tagger, sentencesOfFile);
            for (var r = 0; r < rounds; r++)
            {
                var run = NerEvaluation.Run(tagger, sentencesOfFile);
                best = run.Elapsed < best.Elapsed ? run : best;
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"entity model on {Path.GetFileName(conllPath)} ({best.Tokens} tokens of real text): {best.TokensPerSecond:F0} tokens/s"));
        }

        return ExitCodes.Ok;
    }

    /// <summary>Best wall-clock and best process-CPU seconds over the rounds, after one warm-up run.</summary>
    private static (double Wall, double Cpu) Measure(int rounds, Action work)
    {
        work();
        double bestWall = double.MaxValue, bestCpu = double.MaxValue;
        using var process = Process.GetCurrentProcess();
        for (var r = 0; r < rounds; r++)
        {
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            work();
            bestWall = Math.Min(bestWall, clock.Elapsed.TotalSeconds);
            process.Refresh();
            bestCpu = Math.Min(bestCpu, Math.Max((process.TotalProcessorTime - cpu).TotalSeconds, 1e-6));
        }

        return (bestWall, bestCpu);
    }

    /// <summary>Generated articles (<see cref="SyntheticCorpus"/>) cut and joined at paragraph breaks into ~3 KB texts.</summary>
    private static List<string> Articles(int count)
    {
        var work = Directory.CreateTempSubdirectory("crosscheck-bench-text-");
        try
        {
            new SyntheticCorpus(7).Write(work.FullName, count * 3);
            var texts = new List<string>(count);
            var current = new StringBuilder();
            foreach (var file in Directory.EnumerateFiles(work.FullName).Order(StringComparer.Ordinal))
            {
                foreach (var paragraph in File.ReadAllText(file).Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
                {
                    current.Append(paragraph).Append("\n\n");
                    if (current.Length >= TargetChars)
                    {
                        texts.Add(current.ToString());
                        current.Clear();
                        if (texts.Count == count)
                        {
                            return texts;
                        }
                    }
                }
            }

            return texts;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }
}
