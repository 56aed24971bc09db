using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Crosscheck.Text.Ner;

/// <summary>
/// The trained entity model: a linear model over hashed features with one weight per
/// (feature, tag), decoded exactly (second-order Viterbi under BIO constraints,
/// <see cref="SequenceDecoder"/>), optionally followed by
/// a second pass (<see cref="SecondPass"/>) that also sees the first pass's tags of the same
/// words elsewhere in the document. Immutable and thread-safe once built.
/// </summary>
public sealed class PerceptronModel
{
    private readonly Dictionary<ulong, int> _featureRows;
    private readonly FeatureTable _table;
    private readonly float[] _weights;
    private readonly float[] _transitions;
    private readonly float[] _contextHistory;

    /// <summary>Tags summed in one vector by <see cref="Score"/>; the last tag is summed apart.</summary>
    private const int Lanes = NerTags.Count - 1;

    /// <param name="featureRows">Feature hash → row index into <paramref name="weights"/>.</param>
    /// <param name="weights">Row-major, <see cref="NerTags.Count"/> weights per row.</param>
    /// <param name="secondPass">The document-consistency pass, or null for a single pass.</param>
    /// <param name="common">Common words for sentences in capitals (<see cref="CaseNormalizer"/>), or null for none.</param>
    public PerceptronModel(Dictionary<ulong, int> featureRows, float[] weights, WordClasses classes, PerceptronModel? secondPass = null, CommonWords? common = null)
    {
        ArgumentNullException.ThrowIfNull(featureRows);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(classes);
        _featureRows = featureRows;
        _table = new FeatureTable(featureRows);
        _weights = weights;
        _transitions = TransitionScores(Score);
        _contextHistory = ContextHistoryScores(Score);
        Classes = classes;
        SecondPass = secondPass;
        Common = common ?? CommonWords.Empty;
    }

    public WordClasses Classes { get; }

    /// <summary>Common words that sentences in capitals write in lower case when the classes do not know them.</summary>
    public CommonWords Common { get; }

    /// <summary>Whole names the training data types (<see cref="KnownNames"/>); the tagger lets them retype the model's mentions.</summary>
    public KnownNames Names { get; init; } = KnownNames.Empty;

    /// <summary>Whether tagging gives title-case headlines running-text case too (<see cref="CaseNormalizer.IsTitleCase"/>); training never does.</summary>
    public bool TitleCaseHeadlines { get; init; } = true;

    /// <summary>The second-pass model (same classes, features from first-pass tags), or null.</summary>
    public PerceptronModel? SecondPass { get; }

    /// <summary>Feature rows of this pass and of the second pass.</summary>
    public int FeatureCount => _featureRows.Count + (SecondPass?.FeatureCount ?? 0);

    internal IReadOnlyDictionary<ulong, int> FeatureRows => _featureRows;

    /// <summary>
    /// Whether the model has a weight for this exact word: the training text held it at least
    /// <see cref="PerceptronTrainingOptions.MinFeatureCount"/> times, whatever its tags, and some
    /// training update touched it ("DNA", mostly untagged: yes; an acronym never seen: no).
    /// </summary>
    internal bool KnowsWord(ReadOnlySpan<char> word) => _featureRows.ContainsKey(FeatureHasher.Add(FeatureHasher.Start(2), word));

    internal ReadOnlySpan<float> Weights => _weights;

    /// <summary>
    /// The mean of models trained on the same data (parameter mixing): a feature missing from a model
    /// counts zero there. Classes and common words are the first model's; no second pass.
    /// </summary>
    internal static PerceptronModel Mix(IReadOnlyList<PerceptronModel> models)
    {
        ArgumentOutOfRangeException.ThrowIfZero(models.Count);
        var rows = new Dictionary<ulong, int>();
        foreach (var model in models)
        {
            foreach (var key in model._featureRows.Keys)
            {
                rows.TryAdd(key, rows.Count);
            }
        }

        var weights = new float[rows.Count * NerTags.Count];
        var share = 1f / models.Count;
        foreach (var model in models)
        {
            foreach (var (key, row) in model._featureRows)
            {
                var to = rows[key] * NerTags.Count;
                var from = row * NerTags.Count;
                for (var t = 0; t < NerTags.Count; t++)
                {
                    weights[to + t] += model._weights[from + t] * share;
                }
            }
        }

        return new PerceptronModel(rows, weights, models[0].Classes, common: models[0].Common);
    }

    /// <summary>This pass followed by <paramref name="second"/>.</summary>
    public PerceptronModel WithSecondPass(PerceptronModel second) => new(_featureRows, _weights, Classes, second, Common);

    /// <summary>This model with <paramref name="common"/> as its common-word lexicon.</summary>
    public PerceptronModel WithCommonWords(CommonWords common) => new(_featureRows, _weights, Classes, SecondPass, common) { Names = Names };

    /// <summary>This model with <paramref name="names"/> as its list of known names.</summary>
    public PerceptronModel WithNames(KnownNames names) => new(_featureRows, _weights, Classes, SecondPass, Common) { Names = names };

    /// <summary>Tags one sentence as a document of its own; writes one tag id per word into <paramref name="tags"/>.</summary>
    public void Predict(string[] words, int[] tags)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(tags);
        PredictDocument([words], [tags]);
    }

    /// <summary>Tags the sentences of one document; writes one tag id per word into each <paramref name="tags"/> row.</summary>
    public void PredictDocument(IReadOnlyList<string[]> sentences, Span<int[]> tags)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var evidence = new DocumentEvidence(sentences);
        var words = CaseNormalizer.Normalize(sentences, Classes, Common, titleCase: TitleCaseHeadlines);
        var table = new TokenTable();
        var decoder = new SequenceDecoder();
        var shapes = new Dictionary<ulong, float[]>();
        table.Fill(words, Classes);
        for (var s = 0; s < sentences.Count; s++)
        {
            table.Select(s);
            PredictSentence(table, evidence, tags[s], decoder, shapes);
        }

        if (SecondPass is { } second)
        {
            if (!ReferenceEquals(second.Classes, Classes))
            {
                table.Fill(words, second.Classes);
            }

            var refined = evidence.WithFirstPass(words, tags);
            shapes.Clear();
            for (var s = 0; s < sentences.Count; s++)
            {
                table.Select(s);
                second.PredictSentence(table, refined, tags[s], decoder, shapes);
            }
        }
    }

    /// <summary>The best tag sequence of a sentence (filled into <paramref name="table"/>) under this model's weights only.</summary>
    /// <param name="shapes">Scratch: shape-history scores by shape, valid for this model while the caller keeps it.</param>
    internal void PredictSentence(TokenTable table, DocumentEvidence evidence, Span<int> tags, SequenceDecoder decoder, Dictionary<ulong, float[]>? shapes = null) =>
        Decode(table, evidence, new DecodeWeights(_transitions, _contextHistory, Score, ScoreToken, shapes), decoder, tags);

    /// <summary>Scores of every (tag two back, previous tag, tag) from the pure tag-sequence features.</summary>
    internal static float[] TransitionScores(FeatureScorer score)
    {
        Span<ulong> features = stackalloc ulong[2];
        var transitions = new float[SequenceDecoder.TransitionSize];
        for (var p2 = 0; p2 < NerTags.Count; p2++)
        {
            for (var p = 0; p < NerTags.Count; p++)
            {
                var n = NerFeatures.Transitions(p, p2, features);
                score(features[..n], transitions.AsSpan(((p2 * NerTags.Count) + p) * NerTags.Count, NerTags.Count));
            }
        }

        return transitions;
    }

    /// <summary>Scores of every (word context, previous tag, tag), see <see cref="NerFeatures.Context"/>.</summary>
    internal static float[] ContextHistoryScores(FeatureScorer score)
    {
        Span<ulong> features = stackalloc ulong[2];
        var scores = new float[NerFeatures.Contexts * SequenceDecoder.States];
        for (var context = 0; context < NerFeatures.Contexts; context++)
        {
            for (var p = 0; p < NerTags.Count; p++)
            {
                var n = NerFeatures.ContextHistory(context, p, features);
                score(features[..n], scores.AsSpan((context * SequenceDecoder.States) + (p * NerTags.Count), NerTags.Count));
            }
        }

        return scores;
    }

    /// <summary>Adds the weights of <c>features</c> per tag into <c>scores</c> (cleared first).</summary>
    internal delegate void FeatureScorer(ReadOnlySpan<ulong> features, Span<float> scores);

    /// <summary>
    /// Scores one token: the sum of the first <c>emissionCount</c> features into <c>emission</c>, as
    /// <see cref="FeatureScorer"/> would, and each remaining feature apart into <c>each</c>
    /// (nine scores per feature, as a one-feature <see cref="FeatureScorer"/> would).
    /// </summary>
    internal delegate void TokenScorer(ReadOnlySpan<ulong> features, int emissionCount, Span<float> emission, Span<float> each);

    /// <summary>What <see cref="Decode"/> scores with: precomputed tag-sequence and context tables, a feature scorer, and an optional shape cache.</summary>
    /// <param name="ScoreToken">Scores a token's features and its word-history features in one call (see <see cref="ScoreToken"/>).</param>
    internal readonly record struct DecodeWeights(float[] Transitions, float[] ContextHistory, FeatureScorer Score, TokenScorer ScoreToken, Dictionary<ulong, float[]>? Shapes);

    /// <summary>Viterbi decoding of one sentence with any weights (the model's, or the trainer's current ones).</summary>
    internal static void Decode(TokenTable table, DocumentEvidence evidence, DecodeWeights weights, SequenceDecoder decoder, Span<int> tags)
    {
        Span<ulong> features = stackalloc ulong[NerFeatures.MaxFeatures + NerTags.Count];
        Span<float> emission = stackalloc float[NerTags.Count];
        Span<float> history = stackalloc float[SequenceDecoder.States];
        Span<float> word = stackalloc float[SequenceDecoder.States];
        Span<float> shapeScratch = stackalloc float[SequenceDecoder.States];
        var score = weights.Score;
        decoder.Begin(table.Count);
        for (var i = 0; i < table.Count; i++)
        {
            var n = NerFeatures.Extract(table, i, evidence, features);
            for (var p = 0; p < NerTags.Count; p++)
            {
                features[n + p] = NerFeatures.WordHistory(table, i, p);
            }

            weights.ScoreToken(features[..(n + NerTags.Count)], n, emission, word);
            var context = weights.ContextHistory.AsSpan(NerFeatures.Context(table, i, evidence) * SequenceDecoder.States, SequenceDecoder.States);
            var shape = table.Shape(i);
            scoped Span<float> shapeScores;
            if (weights.Shapes is { } cache && cache.TryGetValue(shape, out var cached))
            {
                shapeScores = cached;
            }
            else
            {
                shapeScores = weights.Shapes is null ? shapeScratch : new float[SequenceDecoder.States];
                for (var p = 0; p < NerTags.Count; p++)
                {
                    features[0] = NerFeatures.ShapeHistory(shape, p);
                    score(features[..1], shapeScores.Slice(p * NerTags.Count, NerTags.Count));
                }

                if (weights.Shapes is { } add)
                {
                    add[shape] = shapeScores.ToArray();
                }
            }

            for (var k = 0; k < SequenceDecoder.States; k++)
            {
                history[k] = context[k] + shapeScores[k] + word[k];
            }

            decoder.Step(emission, history, weights.Transitions);
        }

        decoder.Finish(tags);
    }

    /// <remarks>
    /// The rows are found first (independent probes whose cache misses overlap), then summed eight
    /// tags to a vector and the ninth apart: per tag the same additions in the same order as one
    /// tag at a time.
    /// </remarks>
    internal void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        Span<int> rows = stackalloc int[FeatureTable.MaxBatch];
        rows = rows[..features.Length];
        _table.FindAll(features, rows);
        Sum(rows, scores);
    }

    /// <summary>The weights of <paramref name="rows"/> (-1: none) summed per tag into <paramref name="scores"/>, from zero.</summary>
    private void Sum(ReadOnlySpan<int> rows, Span<float> scores)
    {
        ref var weights = ref MemoryMarshal.GetArrayDataReference(_weights);
        var low = Vector256<float>.Zero;
        var last = 0f;
        foreach (var row in rows)
        {
            if (row >= 0)
            {
                var at = (nuint)row * NerTags.Count;
                low += Vector256.LoadUnsafe(ref weights, at);
                last += Unsafe.Add(ref weights, at + Lanes);
            }
        }

        low.CopyTo(scores);
        scores[Lanes] = last;
    }

    /// <summary>See <see cref="TokenScorer"/>: the rows of all features are found in one batch, so that their cache misses overlap.</summary>
    internal void ScoreToken(ReadOnlySpan<ulong> features, int emissionCount, Span<float> emission, Span<float> each)
    {
        Span<int> rows = stackalloc int[FeatureTable.MaxBatch];
        rows = rows[..features.Length];
        _table.FindAll(features, rows);
        Sum(rows[..emissionCount], emission);
        for (var k = emissionCount; k < rows.Length; k++)
        {
            Sum(rows.Slice(k, 1), each.Slice((k - emissionCount) * NerTags.Count, NerTags.Count));
        }
    }
}
