namespace Crosscheck.Text.Ner;

/// <summary>
/// Trains <see cref="PerceptronModel"/> as an averaged structured perceptron (Collins 2002): each
/// sentence is decoded exactly with the current weights (the same Viterbi decoder as at run time),
/// and where the best sequence differs from the gold one, the gold sequence's features gain and the
/// predicted sequence's lose, by per-corpus update weights; and a gazetteer of word classes
/// computed cross-fold (each half of the documents gets classes learned from the other half,
/// so the feature is as reliable in training as on unseen text). The finished model also carries
/// <see cref="CommonWords"/> learned from the training sentences and any unlabelled text.
/// </summary>
/// <remarks>
/// The second pass is stacked: the first-pass tags it learns from come from models trained on
/// the other half of the documents (without word classes), so, as on unseen text, they contain
/// the first pass's real mistakes.
/// </remarks>
public sealed class PerceptronTrainer(PerceptronTrainingOptions options)
{
    /// <param name="log">Progress lines (per-epoch errors, and held-out scores when <paramref name="evaluate"/> is given).</param>
    /// <param name="evaluate">Scores the averaged model after each epoch (e.g. on held-out data) for the log; not used for training.</param>
    /// <param name="commonText">Unlabelled tokenised sentences that, with the training sentences, teach <see cref="CommonWords"/> (null: the training sentences only).</param>
    public PerceptronModel Train(IReadOnlyList<WeightedCorpus> corpora, Action<string>? log = null, Func<PerceptronModel, string>? evaluate = null, IReadOnlyList<string[]>? commonText = null)
    {
        ArgumentNullException.ThrowIfNull(corpora);
        var documents = TrainingDocument.Group(corpora);
        var folds = new[] { new List<ConllSentence>(), new List<ConllSentence>() };
        foreach (var document in documents)
        {
            folds[document.Fold].AddRange(document.Sentences);
        }

        // Sentences of fold f see classes learned on the other fold.
        var crossClasses = new[] { WordClasses.Learn(folds[1]), WordClasses.Learn(folds[0]) };
        var finalClasses = WordClasses.Learn(folds[0].Concat(folds[1]));
        // The common-word lexicon serves only the finished model: training sentences in capitals are
        // normalised with the classes alone. (Normalising them with the lexicon too taught the model
        // that a capitalised unknown word in a capitals sentence is a name: upper-cased held-out sets lost 0.01-0.04.)
        var text = commonText ?? [];
        var finalCommon = CommonWords.Learn(text.Concat(folds[0].Concat(folds[1]).Select(static s => s.Words)));
        log?.Invoke($"common words: {finalCommon.Count} ({text.Count} unlabelled sentences and the training sentences)");
        var first = TrainPass(documents, static d => d.Evidence, crossClasses, finalClasses, finalCommon, "pass 1", log, evaluate);
        if (!options.SecondPass)
        {
            return first;
        }

        // Stacking: first-pass tags of each fold from a model trained on the other fold.
        var noClasses = new[] { WordClasses.Empty, WordClasses.Empty };
        var refined = new DocumentEvidence[documents.Count];
        for (var fold = 0; fold < 2; fold++)
        {
            var trainOn = documents.Where(d => d.Fold != fold).ToList();
            var half = TrainPass(trainOn, static d => d.Evidence, noClasses, WordClasses.Empty, CommonWords.Empty, $"fold {fold} first pass", null, null);
            for (var k = 0; k < documents.Count; k++)
            {
                var document = documents[k];
                if (document.Fold != fold)
                {
                    continue;
                }

                var tags = new int[document.Words.Length][];
                var words = CaseNormalizer.Normalize(document.Words, half.Classes, half.Common);
                var table = new TokenTable();
                var decoder = new SequenceDecoder();
                for (var s = 0; s < tags.Length; s++)
                {
                    tags[s] = new int[document.Words[s].Length];
                    table.Fill(words[s], half.Classes);
                    half.PredictSentence(table, document.Evidence, tags[s], decoder);
                }

                refined[k] = document.Evidence.WithFirstPass(words, tags);
            }

            log?.Invoke($"fold {fold}: first-pass tags for {documents.Count(d => d.Fold == fold)} documents from a model of the other fold");
        }

        var indexOf = new Dictionary<TrainingDocument, int>(ReferenceEqualityComparer.Instance);
        for (var k = 0; k < documents.Count; k++)
        {
            indexOf[documents[k]] = k;
        }

        var second = TrainPass(documents, d => refined[indexOf[d]], crossClasses, finalClasses, finalCommon, "pass 2", log, evaluate is null ? null : m => evaluate(first.WithSecondPass(m)));
        return first.WithSecondPass(second);
    }

    private PerceptronModel TrainPass(
        IReadOnlyList<TrainingDocument> documents,
        Func<TrainingDocument, DocumentEvidence> evidenceOf,
        WordClasses[] classesByFold,
        WordClasses finalClasses,
        CommonWords finalCommon,
        string name,
        Action<string>? log,
        Func<PerceptronModel, string>? evaluate)
    {
        var items = new List<(TrainingDocument Document, DocumentEvidence Evidence, string[] Words, int Sentence)>();
        foreach (var document in documents)
        {
            var evidence = evidenceOf(document);
            var words = CaseNormalizer.Normalize(document.Words, classesByFold[document.Fold]);
            for (var s = 0; s < document.Sentences.Count; s++)
            {
                items.Add((document, evidence, words[s], s));
            }
        }

        // Parameter mixing: the same data in other orders, averaged (one run when Mixes is 1).
        var runs = new PerceptronModel[Math.Max(1, options.Mixes)];
        for (var m = 0; m < runs.Length; m++)
        {
            runs[m] = TrainRun(items, classesByFold, finalClasses, finalCommon, options.Seed + (m * 7919), runs.Length == 1 ? name : $"{name} mix {m + 1}", log, m == 0 ? evaluate : null);
        }

        return runs.Length == 1 ? runs[0] : PerceptronModel.Mix(runs);
    }

    private PerceptronModel TrainRun(
        List<(TrainingDocument Document, DocumentEvidence Evidence, string[] Words, int Sentence)> items,
        WordClasses[] classesByFold,
        WordClasses finalClasses,
        CommonWords finalCommon,
        int seed,
        string name,
        Action<string>? log,
        Func<PerceptronModel, string>? evaluate)
    {
        var weights = new TrainingWeights();
        var random = new Random(seed);
        var order = Enumerable.Range(0, items.Count).ToArray();
        var features = new ulong[NerFeatures.MaxFeatures];
        var table = new TokenTable();
        var decoder = new SequenceDecoder();
        var guess = new int[64];

        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            random.Shuffle(order);
            int errors = 0, tokens = 0;
            foreach (var index in order)
            {
                var (document, evidence, words, s) = items[index];
                var sentence = document.Sentences[s];
                var corpus = document.Corpus;
                var gold = sentence.Tags;
                var length = sentence.Words.Length;
                if (guess.Length < length)
                {
                    guess = new int[Math.Max(length, guess.Length * 2)];
                }

                table.Fill(words, classesByFold[document.Fold]);
                var current = new PerceptronModel.DecodeWeights(
                    PerceptronModel.TransitionScores(weights.Score), PerceptronModel.ContextHistoryScores(weights.Score), weights.Score, weights.ScoreToken, null);
                PerceptronModel.Decode(table, evidence, current, decoder, guess.AsSpan(0, length));
                tokens += length;
                for (var i = 0; i < length; i++)
                {
                    // BIO-valid gold is required for the comparison below; a MISC guess on an O token of a corpus without MISC is no error.
                    var ignored = corpus.NoMisc && gold[i] == NerTags.Outside && guess[i] != NerTags.Outside && NerTags.TypeIndex(guess[i]) == 3;
                    var same = gold[i] == guess[i] || ignored;
                    var sameHistory = At(gold, i - 1) == At(guess, i - 1) && At(gold, i - 2) == At(guess, i - 2);
                    if (epoch == 1)
                    {
                        weights.Count(FeaturesAt(gold, i));
                    }

                    if (!same)
                    {
                        errors++;
                    }

                    if (same && sameHistory)
                    {
                        continue;
                    }

                    if (!ignored)
                    {
                        weights.Update(FeaturesAt(gold, i), gold[i], corpus.Weight);
                        var predicted = FeaturesAt(guess, i);
                        if (epoch == 1)
                        {
                            weights.Count(predicted);
                        }

                        weights.Update(predicted, guess[i], -corpus.Weight);
                    }
                }

                weights.Tick();

                ReadOnlySpan<ulong> FeaturesAt(int[] tags, int i)
                {
                    var n = NerFeatures.Extract(table, i, evidence, features);
                    var previous = At(tags, i - 1);
                    features[n++] = NerFeatures.WordHistory(table, i, previous);
                    features[n++] = NerFeatures.ShapeHistory(table.Shape(i), previous);
                    n += NerFeatures.ContextHistory(NerFeatures.Context(table, i, evidence), previous, features.AsSpan(n));
                    n += NerFeatures.Transitions(At(tags, i - 1), At(tags, i - 2), features.AsSpan(n));
                    return features.AsSpan(0, n);
                }
            }

            var heldOut = evaluate is null ? "" : "; " + evaluate(Averaged());
            log?.Invoke($"{name} epoch {epoch}: {tokens} tokens, {errors} errors ({100.0 * errors / Math.Max(1, tokens):F2}%), {weights.Rows} features{heldOut}");
        }

        return Averaged();

        PerceptronModel Averaged() => weights.Averaged(options.MinFeatureCount, finalClasses, finalCommon);
    }

    private static int At(int[] tags, int i) => i < 0 ? NerTags.Outside : tags[i];
}
