using System.Security.Cryptography;
using Crosscheck.Text;
using Crosscheck.Text.Ner;

namespace Crosscheck.Pipeline;

/// <summary>
/// The documented recipe that trains the shipped entity model from the openly licensed
/// corpora in a data folder (see README, "Entity model"): which corpora, their weights, and
/// what is held out for evaluation.
/// </summary>
/// <remarks>
/// News-like edited prose (GUM Wikinews, GUM other CC genres, CrossNER politics) trains at full
/// weight. Social-media corpora (BTC, WNUT17 train) add names and robustness to odd casing but
/// differ from news, so their updates count 0.1 and 0.2; BTC has no MISC, so a MISC guess on its
/// O tokens is not penalised. wikigold, hand-checked and annotated by the CoNLL guidelines (the
/// conventions of newswire test sets), trains at full weight too. re3d is left out (noisy,
/// semantic typing), and so are WNUT17 dev and test. Before training, names the corpora usually
/// tag but sometimes leave untagged are filled in (<see cref="MissedNameFiller"/>). Held out:
/// every fifth document (by index, the first being 0) of GUM Wikinews (the most news-like
/// corpus) and of wikigold (the closest to CoNLL conventions). Unlabelled news text (extracted page
/// bodies, headlines) joins the training sentences to teach the common-word lexicon that sentences in
/// capitals are read with (<see cref="CommonWords"/>).
/// </remarks>
public sealed class NerTrainingRecipe
{
    public const string ModelName = "crosscheck-ner-perceptron";
    public const string ModelVersion = "5.0.0";

    private static readonly (string File, float Weight, bool NoMisc)[] TrainingFiles =
    [
        ("gum-wikinews.conll", 1f, false),
        ("gum-ccby.conll", 1f, false),
        ("gum-ccbysa.conll", 1f, false),
        ("crossner-politics.conll", 1f, false),
        ("btc.conll", 0.1f, true),
        ("wnut17-train.conll", 0.2f, false),
        ("wikigold.conll.txt", 1f, false),
    ];

    /// <summary>Tagged occurrences a name needs before its untagged occurrences are filled in (<see cref="MissedNameFiller"/>).</summary>
    private const int MissedNameMinCount = 3;

    /// <summary>Besides each document's first sentence, one training sentence in this many is upper-cased (<see cref="CapitalsAugmenter"/>).</summary>
    private const int UpperCaseOneIn = 10;

    /// <summary>Weight of the self-tagged page bodies in the second training run (<see cref="SelfTrainingCorpus"/>); 0 trains once.</summary>
    public const float SelfTrainingWeight = 0f;

    private const string WikinewsFile = "gum-wikinews.conll";
    private const string WikigoldFile = "wikigold.conll.txt";

    /// <summary>
    /// Every fifth document of GUM Wikinews and of wikigold is never trained on: those whose index
    /// leaves <paramref name="fifth"/> when divided by 5 (0 for the shipped model; 1-4 cross-check a
    /// change on other documents).
    /// </summary>
    public static bool IsHeldOut(string file, ConllSentence sentence, int fifth = 0) =>
        (file == WikinewsFile || file == WikigoldFile) && sentence.Document % 5 == fifth;

    /// <summary>Trains, scores the held-out sets, and writes the model folder.</summary>
    /// <param name="heldOutFifth">Which fifth of the documents is held out (see <see cref="IsHeldOut"/>).</param>
    /// <param name="commonText">Named sources of unlabelled English text for the common-word lexicon (null: the training sentences only).</param>
    public static NerModelMeta TrainAndSave(string dataFolder, string modelFolder, PerceptronTrainingOptions options, Action<string> log, int heldOutFifth = 0,
        IReadOnlyList<(string Source, IReadOnlyList<string> Texts)>? commonText = null, SelfTraining? selfTraining = null)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentOutOfRangeException.ThrowIfNegative(heldOutFifth);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(heldOutFifth, 4);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var corpora = new List<WeightedCorpus>();
        var heldOut = new Dictionary<string, List<ConllSentence>>(StringComparer.Ordinal);
        foreach (var (file, weight, noMisc) in TrainingFiles)
        {
            var path = Path.Combine(dataFolder, file);
            hash.AppendData(File.ReadAllBytes(path));
            var sentences = Read(path);
            var train = sentences.Where(s => !IsHeldOut(file, s, heldOutFifth)).ToList();
            var held = sentences.Where(s => IsHeldOut(file, s, heldOutFifth)).ToList();
            if (held.Count > 0)
            {
                heldOut[file + (heldOutFifth == 0 ? " (every 5th document)" : $" (every 5th document from {heldOutFifth})")] = held;
            }

            corpora.Add(new WeightedCorpus(file, train, weight, noMisc));
            log($"{file}: {train.Count} training sentences, weight {weight}{(held.Count > 0 ? $", {held.Count} held out" : "")}");
        }

        foreach (var (name, sentences) in heldOut.ToList())
        {
            // Headline robustness: the same held-out text in capitals.
            heldOut[name.Split(' ')[0] + " upper-cased"] = [.. sentences.Select(s => s with { Words = [.. s.Words.Select(w => w.ToUpperInvariant())] })];
        }

        commonText ??= [];
        var unlabelled = new List<string[]>();
        foreach (var (source, texts) in commonText)
        {
            var before = unlabelled.Count;
            foreach (var text in texts)
            {
                hash.AppendData(System.Text.Encoding.UTF8.GetBytes(text));
                unlabelled.AddRange(Sentences(text));
            }

            log($"{source}: {texts.Count} texts, {unlabelled.Count - before} sentences for the common-word lexicon");
        }

        var cleaned = MissedNameFiller.Fill(corpora, MissedNameMinCount, out var filled);
        log($"filled {filled} untagged occurrences of names the training data usually tags");
        var augmented = CapitalsAugmenter.Apply(cleaned, UpperCaseOneIn, out var upperCased);
        log($"upper-cased {upperCased} training sentences (document titles and one in {UpperCaseOneIn})");
        string EpochScores(PerceptronModel epochModel) =>
            "held-out micro F1 " + string.Join(", ", heldOut.Select(h => $"{ShortName(h.Key)} {Evaluate(epochModel, h.Value).Scorer.Micro.F1:F3}"));
        var model = new PerceptronTrainer(options).Train(augmented, log, EpochScores, unlabelled);

        // Whole names as the annotators tagged them (before filling and upper-casing), for the tagger to retype the model's mentions.
        var names = KnownNames.Learn(corpora.SelectMany(static c => c.Sentences));
        model = model.WithNames(names);
        if (selfTraining is { Weight: > 0 } self)
        {
            foreach (var text in self.Texts)
            {
                hash.AppendData(System.Text.Encoding.UTF8.GetBytes(text));
            }

            var tagged = SelfTrainingCorpus.Tag(model, self, out var mentions);
            log($"self-training: {tagged.Sentences.Count} sentences of {self.Source} tagged by the first model ({mentions} names), weight {self.Weight}");
            var withSelf = CapitalsAugmenter.Apply([.. cleaned, tagged], UpperCaseOneIn, out _);
            model = new PerceptronTrainer(options).Train(withSelf, log, EpochScores, unlabelled).WithNames(names);
        }
        log($"known names: {names.Count} (tagged whole at least {KnownNames.DefaultMinCount} times, at least {KnownNames.DefaultMinShare * 100:F0}% as one person, organisation or place type)");
        var f1 = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (name, sentences) in heldOut)
        {
            var score = Evaluate(model, sentences).Scorer;
            f1[name] = Math.Round(score.Micro.F1, 4);
            log($"held out {name}: micro F1 {score.Micro.F1:F3} (PER {score.Type(0).F1:F3}, ORG {score.Type(1).F1:F3}, LOC {score.Type(2).F1:F3}, MISC {score.Type(3).F1:F3})");
        }

        var meta = new NerModelMeta
        {
            Name = ModelName,
            Version = ModelVersion,
            FormatVersion = NerModelFile.FormatVersion,
            Labels = [.. Enumerable.Range(0, NerTags.Count).Select(NerTags.Name)],
            TrainingDataHash = Convert.ToHexStringLower(hash.GetHashAndReset()),
            TrainingCorpora = [.. TrainingFiles.Select(f => $"{f.File} x{f.Weight}"),
                .. selfTraining is { Weight: > 0 } used ? [$"self-trained {used.Source} x{used.Weight}"] : Array.Empty<string>(),
                .. options.Mixes > 1 ? [$"parameter mixing of {options.Mixes} runs"] : Array.Empty<string>()],
            Features = model.FeatureCount,
            CommonWordSources = [.. commonText.Select(c => $"{c.Source} ({c.Texts.Count} texts)")],
            CommonWords = model.Common.Count,
            KnownNames = names.Count,
            HeldOutF1 = f1,
        };
        NerModelFile.Save(model, meta, modelFolder);
        return meta;
    }

    /// <summary>A held-out set's name without its "(every 5th document ...)" note, for the per-epoch log.</summary>
    private static string ShortName(string name)
    {
        var note = name.IndexOf(" (", StringComparison.Ordinal);
        return note > 0 ? name[..note] : name;
    }

    /// <summary>A text's sentences as the tagger's tokens (see <see cref="SentenceSplitter"/>, <see cref="Tokenizer"/>).</summary>
    internal static IEnumerable<string[]> Sentences(string text)
    {
        var region = new Model.TextSpan(0, text.Length);
        var tokens = new Tokenizer().Tokenize(text, region);
        var t = 0;
        foreach (var sentence in new SentenceSplitter().Split(text, region))
        {
            var words = new List<string>();
            for (; t < tokens.Count && tokens[t].Span.Start < sentence.Span.End; t++)
            {
                if (tokens[t].Span.Start >= sentence.Span.Start)
                {
                    words.Add(tokens[t].Span.Of(text));
                }
            }

            if (words.Count > 0)
            {
                yield return [.. words];
            }
        }
    }

    public static List<ConllSentence> Read(string path)
    {
        using var reader = new StreamReader(path);
        return ConllReader.Read(reader, path);
    }

    /// <summary>The shipped model folder: <c>models/ner</c> next to the binaries.</summary>
    public static string ShippedModelFolder => TextAnalyzer.ShippedModelFolder;

    /// <summary>Tags and scores a labelled set document by document (see <see cref="NerEvaluation"/>).</summary>
    public static NerEvaluation Evaluate(PerceptronModel model, IReadOnlyList<ConllSentence> sentences) => NerEvaluation.Run(model, sentences);

}
