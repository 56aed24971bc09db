namespace Crosscheck.Text.Ner;

/// <summary>
/// Trains <see cref="PerceptronModel"/> as an averaged perceptron (Collins 2002) with greedy
/// decoding on predicted history, per-corpus update weights, and a gazetteer of word classes
/// computed cross-fold (each half of the documents gets classes learned from the other half,
/// so the feature is as reliable in training as on unseen text).
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
    public PerceptronModel Train(IReadOnlyList<WeightedCorpus> corpora, Action<string>? log = null, Func<PerceptronModel, string>? evaluate = null)
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
        var first = TrainPass(documents, static d => d.Evidence, crossClasses, finalClasses, "pass 1", log, evaluate);
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
            var half = TrainPass(trainOn, static d => d.Evidence, noClasses, WordClasses.Empty, $"fold {fold} first pass", null, null);
            for (var k = 0; k < documents.Count; k++)
            {
                var document = documents[k];
                if (document.Fold != fold)
                {
                    continue;
                }

                var tags = new int[document.Words.Length][];
                var table = new TokenTable();
                for (var s = 0; s < tags.Length; s++)
                {
                    tags[s] = new int[document.Words[s].Length];
                    table.Fill(document.Words[s], half.Classes);
                    half.PredictSentence(table, document.Evidence, tags[s]);
                }

                refined[k] = document.Evidence.WithFirstPass(document.Words, tags);
            }

            log?.Invoke($"fold {fold}: first-pass tags for {documents.Count(d => d.Fold == fold)} documents from a model of the other fold");
        }

        var indexOf = new Dictionary<TrainingDocument, int>(ReferenceEqualityComparer.Instance);
        for (var k = 0; k < documents.Count; k++)
        {
            indexOf[documents[k]] = k;
        }

        var second = TrainPass(documents, d => refined[indexOf[d]], crossClasses, finalClasses, "pass 2", log, evaluate is null ? null : m => evaluate(first.WithSecondPass(m)));
        return first.WithSecondPass(second);
    }

    private PerceptronModel TrainPass(
        IReadOnlyList<TrainingDocument> documents,
        Func<TrainingDocument, DocumentEvidence> evidenceOf,
        WordClasses[] classesByFold,
        WordClasses finalClasses,
        string name,
        Action<string>? log,
        Func<PerceptronModel, string>? evaluate)
    {
        var items = new List<(TrainingDocument Document, DocumentEvidence Evidence, int Sentence)>();
        foreach (var document in documents)
        {
            var evidence = evidenceOf(document);
            for (var s = 0; s < document.Sentences.Count; s++)
            {
                items.Add((document, evidence, s));
            }
        }

        var rows = new Dictionary<ulong, int>();
        var counts = new List<int>();
        var weights = new List<float>();
        var totals = new List<double>();
        var stamps = new List<int>();
        var random = new Random(options.Seed);
        var order = Enumerable.Range(0, items.Count).ToArray();
        var step = 1;
        Span<ulong> features = stackalloc ulong[NerFeatures.MaxFeatures];
        Span<float> scores = stackalloc float[NerTags.Count];
        var featureRowBuffer = new int[NerFeatures.MaxFeatures];
        var table = new TokenTable();

        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            random.Shuffle(order);
            int errors = 0, tokens = 0;
            foreach (var index in order)
            {
                var (document, evidence, s) = items[index];
                var sentence = document.Sentences[s];
                var corpus = document.Corpus;
                var classes = classesByFold[document.Fold];
                int previous = NerTags.Outside, previous2 = NerTags.Outside;
                table.Fill(sentence.Words, classes);
                for (var i = 0; i < sentence.Words.Length; i++)
                {
                    var n = NerFeatures.Extract(table, i, previous, previous2, evidence, features);
                    scores.Clear();
                    for (var f = 0; f < n; f++)
                    {
                        if (!rows.TryGetValue(features[f], out var row))
                        {
                            row = rows.Count;
                            rows[features[f]] = row;
                            counts.Add(0);
                            for (var t = 0; t < NerTags.Count; t++)
                            {
                                weights.Add(0);
                                totals.Add(0);
                                stamps.Add(0);
                            }
                        }

                        if (epoch == 1)
                        {
                            counts[row]++;
                        }

                        featureRowBuffer[f] = row;
                        for (var t = 0; t < NerTags.Count; t++)
                        {
                            scores[t] += weights[row * NerTags.Count + t];
                        }
                    }

                    var guess = PerceptronModel.BestAllowed(scores, previous);
                    var gold = sentence.Tags[i];
                    tokens++;
                    var ignored = corpus.NoMisc && gold == NerTags.Outside && guess != NerTags.Outside && NerTags.TypeIndex(guess) == 3;
                    if (guess != gold && !ignored)
                    {
                        errors++;
                        for (var f = 0; f < n; f++)
                        {
                            var baseIndex = featureRowBuffer[f] * NerTags.Count;
                            Update(baseIndex + gold, corpus.Weight);
                            Update(baseIndex + guess, -corpus.Weight);
                        }
                    }

                    step++;
                    previous2 = previous;
                    previous = guess;
                }
            }

            var heldOut = evaluate is null ? "" : "; " + evaluate(Averaged());
            log?.Invoke($"{name} epoch {epoch}: {tokens} tokens, {errors} errors ({100.0 * errors / Math.Max(1, tokens):F2}%), {rows.Count} features{heldOut}");
        }

        return Averaged();

        // Average, prune rare and all-zero features, compact.
        PerceptronModel Averaged()
        {
            var finalRows = new Dictionary<ulong, int>();
            var finalWeights = new List<float>();
            var averaged = new float[NerTags.Count];
            foreach (var (hash, row) in rows)
            {
                if (counts[row] < options.MinFeatureCount)
                {
                    continue;
                }

                var any = false;
                for (var t = 0; t < NerTags.Count; t++)
                {
                    var k = row * NerTags.Count + t;
                    var total = totals[k] + (step - stamps[k]) * (double)weights[k];
                    averaged[t] = (float)(total / step);
                    any |= Math.Abs(averaged[t]) > 1e-6f;
                }

                if (!any)
                {
                    continue;
                }

                finalRows[hash] = finalRows.Count;
                finalWeights.AddRange(averaged);
            }

            return new PerceptronModel(finalRows, [.. finalWeights], finalClasses);
        }

        void Update(int k, float delta)
        {
            totals[k] += (step - stamps[k]) * (double)weights[k];
            stamps[k] = step;
            weights[k] += delta;
        }
    }
}
