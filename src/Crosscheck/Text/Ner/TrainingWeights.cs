namespace Crosscheck.Text.Ner;

/// <summary>
/// The perceptron's weights while training: one row of <see cref="NerTags.Count"/> weights per
/// feature hash, created on first update, with lazily accumulated sums for averaging (each weight
/// remembers the step it last changed at) and first-epoch occurrence counts for pruning.
/// </summary>
internal sealed class TrainingWeights
{
    private readonly Dictionary<ulong, int> _rows = [];
    private readonly List<int> _counts = [];
    private readonly List<float> _weights = [];
    private readonly List<double> _totals = [];
    private readonly List<int> _stamps = [];
    private int _step = 1;

    /// <summary>Feature rows so far.</summary>
    public int Rows => _rows.Count;

    /// <summary>Adds the current weights of <paramref name="features"/> per tag into <paramref name="scores"/> (cleared first).</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores.Clear();
        foreach (var feature in features)
        {
            if (_rows.TryGetValue(feature, out var row))
            {
                for (var t = 0; t < NerTags.Count; t++)
                {
                    scores[t] += _weights[(row * NerTags.Count) + t];
                }
            }
        }
    }

    /// <summary>Scores one token as <see cref="PerceptronModel.TokenScorer"/> describes: the first <paramref name="emissionCount"/> features summed, each other one apart.</summary>
    public void ScoreToken(ReadOnlySpan<ulong> features, int emissionCount, Span<float> emission, Span<float> each)
    {
        Score(features[..emissionCount], emission);
        for (var k = emissionCount; k < features.Length; k++)
        {
            Score(features.Slice(k, 1), each.Slice((k - emissionCount) * NerTags.Count, NerTags.Count));
        }
    }

    /// <summary>Counts one occurrence of each feature (for <see cref="Averaged"/>'s pruning).</summary>
    public void Count(ReadOnlySpan<ulong> features)
    {
        foreach (var feature in features)
        {
            _counts[RowOf(feature)]++;
        }
    }

    /// <summary>Adds <paramref name="delta"/> to the weight of <paramref name="tag"/> for each feature.</summary>
    public void Update(ReadOnlySpan<ulong> features, int tag, float delta)
    {
        foreach (var feature in features)
        {
            var k = (RowOf(feature) * NerTags.Count) + tag;
            _totals[k] += (_step - _stamps[k]) * (double)_weights[k];
            _stamps[k] = _step;
            _weights[k] += delta;
        }
    }

    /// <summary>Ends one training example (the unit of averaging).</summary>
    public void Tick() => _step++;

    /// <summary>The averaged weights as a model, without features seen fewer than <paramref name="minCount"/> times or averaging to zero.</summary>
    public PerceptronModel Averaged(int minCount, WordClasses classes, CommonWords? common = null)
    {
        var finalRows = new Dictionary<ulong, int>();
        var finalWeights = new List<float>();
        var averaged = new float[NerTags.Count];
        foreach (var (hash, row) in _rows)
        {
            if (_counts[row] < minCount)
            {
                continue;
            }

            var any = false;
            for (var t = 0; t < NerTags.Count; t++)
            {
                var k = (row * NerTags.Count) + t;
                var total = _totals[k] + ((_step - _stamps[k]) * (double)_weights[k]);
                averaged[t] = (float)(total / _step);
                any |= Math.Abs(averaged[t]) > 1e-6f;
            }

            if (!any)
            {
                continue;
            }

            finalRows[hash] = finalRows.Count;
            finalWeights.AddRange(averaged);
        }

        return new PerceptronModel(finalRows, [.. finalWeights], classes, common: common);
    }

    private int RowOf(ulong feature)
    {
        if (!_rows.TryGetValue(feature, out var row))
        {
            row = _rows.Count;
            _rows[feature] = row;
            _counts.Add(0);
            for (var t = 0; t < NerTags.Count; t++)
            {
                _weights.Add(0);
                _totals.Add(0);
                _stamps.Add(0);
            }
        }

        return row;
    }
}
