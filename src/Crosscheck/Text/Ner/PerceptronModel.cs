namespace Crosscheck.Text.Ner;

/// <summary>
/// The trained entity model: a linear model over hashed features with one weight per
/// (feature, tag), decoded greedily left to right under BIO constraints. Immutable and
/// thread-safe once built.
/// </summary>
public sealed class PerceptronModel
{
    private readonly Dictionary<ulong, int> _featureRows;
    private readonly float[] _weights;

    /// <param name="featureRows">Feature hash → row index into <paramref name="weights"/>.</param>
    /// <param name="weights">Row-major, <see cref="NerTags.Count"/> weights per row.</param>
    public PerceptronModel(Dictionary<ulong, int> featureRows, float[] weights, WordClasses classes)
    {
        ArgumentNullException.ThrowIfNull(featureRows);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(classes);
        _featureRows = featureRows;
        _weights = weights;
        Classes = classes;
    }

    public WordClasses Classes { get; }

    public int FeatureCount => _featureRows.Count;

    internal IReadOnlyDictionary<ulong, int> FeatureRows => _featureRows;

    internal ReadOnlySpan<float> Weights => _weights;

    /// <summary>Tags a tokenised sentence; writes one tag id per word into <paramref name="tags"/>.</summary>
    public void Predict(IReadOnlyList<string> words, Span<int> tags)
    {
        ArgumentNullException.ThrowIfNull(words);
        Span<ulong> features = stackalloc ulong[NerFeatures.MaxFeatures];
        Span<float> scores = stackalloc float[NerTags.Count];
        int previous = NerTags.Outside, previous2 = NerTags.Outside;
        for (var i = 0; i < words.Count; i++)
        {
            var n = NerFeatures.Extract(words, i, previous, previous2, Classes, features);
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
            if (_featureRows.TryGetValue(feature, out var row))
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
