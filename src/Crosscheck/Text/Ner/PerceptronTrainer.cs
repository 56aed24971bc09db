namespace Crosscheck.Text.Ner;

/// <summary>A training corpus and how much its updates count.</summary>
/// <param name="NoMisc">The corpus never tags MISC: a MISC prediction on its O tokens is not penalised.</param>
public sealed record WeightedCorpus(string Name, IReadOnlyList<ConllSentence> Sentences, float Weight, bool NoMisc = false);

/// <summary>Training settings; the defaults are the shipped model's.</summary>
public sealed record PerceptronTrainingOptions
{
    public int Epochs { get; init; } = 8;
    public int Seed { get; init; } = 1;
    /// <summary>Features seen fewer times than this in training are dropped from the model.</summary>
    public int MinFeatureCount { get; init; } = 2;
}

/// <summary>
/// Trains <see cref="PerceptronModel"/> as an averaged perceptron (Collins 2002) with greedy
/// decoding on predicted history, per-corpus update weights, and a gazetteer of word classes
/// computed cross-fold (each half of the documents gets classes learned from the other half,
/// so the feature is as reliable in training as on unseen text).
/// </summary>
public sealed class PerceptronTrainer(PerceptronTrainingOptions options)
{
    public PerceptronModel Train(IReadOnlyList<WeightedCorpus> corpora, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(corpora);
        var items = new List<(ConllSentence Sentence, WeightedCorpus Corpus, int Fold)>();
        var folds = new[] { new List<ConllSentence>(), new List<ConllSentence>() };
        foreach (var corpus in corpora)
        {
            foreach (var sentence in corpus.Sentences)
            {
                var fold = sentence.Document % 2;
                items.Add((sentence, corpus, fold));
                folds[fold].Add(sentence);
            }
        }

        // Sentences of fold f see classes learned on the other fold.
        var crossClasses = new[] { WordClasses.Learn(folds[1]), WordClasses.Learn(folds[0]) };
        var finalClasses = WordClasses.Learn(folds[0].Concat(folds[1]));

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

        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            random.Shuffle(order);
            int errors = 0, tokens = 0;
            foreach (var index in order)
            {
                var (sentence, corpus, fold) = items[index];
                var classes = crossClasses[fold];
                int previous = NerTags.Outside, previous2 = NerTags.Outside;
                for (var i = 0; i < sentence.Words.Length; i++)
                {
                    var n = NerFeatures.Extract(sentence.Words, i, previous, previous2, classes, features);
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

            log?.Invoke($"epoch {epoch}: {tokens} tokens, {errors} errors ({100.0 * errors / Math.Max(1, tokens):F2}%), {rows.Count} features");
        }

        // Average, prune rare and all-zero features, compact.
        var finalRows = new Dictionary<ulong, int>();
        var finalWeights = new List<float>();
        foreach (var (hash, row) in rows)
        {
            if (counts[row] < options.MinFeatureCount)
            {
                continue;
            }

            var averaged = new float[NerTags.Count];
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

        void Update(int k, float delta)
        {
            totals[k] += (step - stamps[k]) * (double)weights[k];
            stamps[k] = step;
            weights[k] += delta;
        }
    }
}
