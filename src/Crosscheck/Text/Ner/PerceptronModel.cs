namespace Crosscheck.Text.Ner;

/// <summary>
/// The trained entity model: a linear model over hashed features with one weight per
/// (feature, tag), decoded greedily left to right under BIO constraints, optionally followed by
/// a second pass (<see cref="SecondPass"/>) that also sees the first pass's tags of the same
/// words elsewhere in the document. Immutable and thread-safe once built.
/// </summary>
public sealed class PerceptronModel
{
    private readonly Dictionary<ulong, int> _featureRows;
    private readonly FeatureTable _table;
    private readonly float[] _weights;

    /// <param name="featureRows">Feature hash → row index into <paramref name="weights"/>.</param>
    /// <param name="weights">Row-major, <see cref="NerTags.Count"/> weights per row.</param>
    /// <param name="secondPass">The document-consistency pass, or null for a single pass.</param>
    public PerceptronModel(Dictionary<ulong, int> featureRows, float[] weights, WordClasses classes, PerceptronModel? secondPass = null)
    {
        ArgumentNullException.ThrowIfNull(featureRows);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(classes);
        _featureRows = featureRows;
        _table = new FeatureTable(featureRows);
        _weights = weights;
        Classes = classes;
        SecondPass = secondPass;
    }

    public WordClasses Classes { get; }

    /// <summary>The second-pass model (same classes, features from first-pass tags), or null.</summary>
    public PerceptronModel? SecondPass { get; }

    /// <summary>Feature rows of this pass and of the second pass.</summary>
    public int FeatureCount => _featureRows.Count + (SecondPass?.FeatureCount ?? 0);

    internal IReadOnlyDictionary<ulong, int> FeatureRows => _featureRows;

    internal ReadOnlySpan<float> Weights => _weights;

    /// <summary>This pass followed by <paramref name="second"/>.</summary>
    public PerceptronModel WithSecondPass(PerceptronModel second) => new(_featureRows, _weights, Classes, second);

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
        var table = new TokenTable();
        table.Fill(sentences, Classes);
        for (var s = 0; s < sentences.Count; s++)
        {
            table.Select(s);
            PredictSentence(table, evidence, tags[s]);
        }

        if (SecondPass is { } second)
        {
            if (!ReferenceEquals(second.Classes, Classes))
            {
                table.Fill(sentences, second.Classes);
            }

            var refined = evidence.WithFirstPass(sentences, tags);
            for (var s = 0; s < sentences.Count; s++)
            {
                table.Select(s);
                second.PredictSentence(table, refined, tags[s]);
            }
        }
    }

    /// <summary>One greedy left-to-right pass over a sentence (filled into <paramref name="table"/>) with this model's weights only.</summary>
    internal void PredictSentence(TokenTable table, DocumentEvidence evidence, Span<int> tags)
    {
        Span<ulong> features = stackalloc ulong[NerFeatures.MaxFeatures];
        Span<float> scores = stackalloc float[NerTags.Count];
        int previous = NerTags.Outside, previous2 = NerTags.Outside;
        for (var i = 0; i < table.Count; i++)
        {
            var n = NerFeatures.Extract(table, i, previous, previous2, evidence, features);
            Score(features[..n], scores);
            var tag = BestAllowed(scores, previous);
            tags[i] = tag;
            previous2 = previous;
            previous = tag;
        }
    }

    internal void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores.Clear();
        foreach (var feature in features)
        {
            var row = _table.Find(feature);
            if (row >= 0)
            {
                var w = _weights.AsSpan(row * NerTags.Count, NerTags.Count);
                for (var t = 0; t < NerTags.Count; t++)
                {
                    scores[t] += w[t];
                }
            }
        }
    }

    /// <summary>The best tag that keeps the BIO sequence valid: I-X only after B-X or I-X.</summary>
    internal static int BestAllowed(ReadOnlySpan<float> scores, int previous)
    {
        var best = NerTags.Outside;
        var bestScore = scores[NerTags.Outside];
        for (var t = 1; t < NerTags.Count; t++)
        {
            if (!NerTags.IsBegin(t) && (previous == NerTags.Outside || NerTags.TypeIndex(previous) != NerTags.TypeIndex(t)))
            {
                continue;
            }

            if (scores[t] > bestScore)
            {
                best = t;
                bestScore = scores[t];
            }
        }

        return best;
    }
}
