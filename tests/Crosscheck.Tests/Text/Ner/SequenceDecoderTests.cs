using Crosscheck.Text.Ner;

namespace Crosscheck.Tests.Text.Ner;

/// <summary>The Viterbi decoder finds the same best BIO-valid sequence as trying every sequence.</summary>
public sealed class SequenceDecoderTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Finds_the_best_valid_sequence(int seed)
    {
        const int length = 4;
        var random = new Random(seed);
        var emission = RandomScores(random, length * NerTags.Count);
        var history = RandomScores(random, length * SequenceDecoder.States);
        var transitions = RandomScores(random, SequenceDecoder.TransitionSize);

        var decoder = new SequenceDecoder();
        decoder.Begin(length);
        for (var i = 0; i < length; i++)
        {
            decoder.Step(emission.AsSpan(i * NerTags.Count, NerTags.Count), history.AsSpan(i * SequenceDecoder.States, SequenceDecoder.States), transitions);
        }

        var decoded = new int[length];
        decoder.Finish(decoded);

        var best = float.NegativeInfinity;
        int[]? bestTags = null;
        var tags = new int[length];
        for (var code = 0; code < Math.Pow(NerTags.Count, length); code++)
        {
            var rest = code;
            for (var i = 0; i < length; i++)
            {
                tags[i] = rest % NerTags.Count;
                rest /= NerTags.Count;
            }

            var score = 0f;
            var valid = true;
            for (var i = 0; i < length && valid; i++)
            {
                var p = i > 0 ? tags[i - 1] : NerTags.Outside;
                var p2 = i > 1 ? tags[i - 2] : NerTags.Outside;
                valid = SequenceDecoder.IsAllowed(p, tags[i]);
                score += emission[(i * NerTags.Count) + tags[i]] + history[(i * SequenceDecoder.States) + (p * NerTags.Count) + tags[i]]
                    + transitions[(((p2 * NerTags.Count) + p) * NerTags.Count) + tags[i]];
            }

            if (valid && score > best)
            {
                best = score;
                bestTags = [.. tags];
            }
        }

        Assert.Equal(bestTags, decoded);
    }

    /// <summary>
    /// The vectorised decoder, which tries only BIO-valid predecessors, decides every tie as the
    /// plain loop over all states does (the first best wins): same tags on long sentences whose
    /// small whole-number scores tie often.
    /// </summary>
    [Theory]
    [InlineData(1, 40)]
    [InlineData(2, 17)]
    [InlineData(3, 1)]
    [InlineData(4, 64)]
    [InlineData(5, 130)]
    public void Decides_like_the_plain_loop_over_all_states(int seed, int length)
    {
        var random = new Random(seed);
        var emission = TiedScores(random, length * NerTags.Count);
        var history = TiedScores(random, length * SequenceDecoder.States);
        var transitions = TiedScores(random, SequenceDecoder.TransitionSize);

        var decoder = new SequenceDecoder();
        decoder.Begin(length);
        for (var i = 0; i < length; i++)
        {
            decoder.Step(emission.AsSpan(i * NerTags.Count, NerTags.Count), history.AsSpan(i * SequenceDecoder.States, SequenceDecoder.States), transitions);
        }

        var decoded = new int[length];
        decoder.Finish(decoded);
        Assert.Equal(PlainViterbi(emission, history, transitions, length), decoded);
    }

    [Fact]
    public void Predecessors_are_the_allowed_previous_tags_in_order()
    {
        for (var t = 0; t < NerTags.Count; t++)
        {
            var expected = Enumerable.Range(0, NerTags.Count).Where(p => SequenceDecoder.IsAllowed(p, t)).Select(p => (byte)p).ToArray();
            Assert.Equal(expected, SequenceDecoder.PredecessorsOf(t).ToArray());
        }
    }

    [Fact]
    public void Never_continues_an_entity_that_did_not_begin()
    {
        var decoder = new SequenceDecoder();
        var emission = new float[NerTags.Count];
        emission[NerTags.Inside(2)] = 10f; // I-LOC scores best, but may not open a sentence
        decoder.Begin(1);
        decoder.Step(emission, new float[SequenceDecoder.States], new float[SequenceDecoder.TransitionSize]);
        var tags = new int[1];
        decoder.Finish(tags);
        Assert.NotEqual(NerTags.Inside(2), tags[0]);
    }

    /// <summary>Second-order Viterbi as a plain loop over every (p2, p, t), scalar, first best wins.</summary>
    private static int[] PlainViterbi(float[] emission, float[] history, float[] transitions, int length)
    {
        const int n = NerTags.Count;
        var delta = new float[SequenceDecoder.States];
        Array.Fill(delta, float.NegativeInfinity);
        delta[(NerTags.Outside * n) + NerTags.Outside] = 0f;
        var back = new int[length * SequenceDecoder.States];
        for (var i = 0; i < length; i++)
        {
            var next = new float[SequenceDecoder.States];
            for (var p = 0; p < n; p++)
            {
                for (var t = 0; t < n; t++)
                {
                    var state = (p * n) + t;
                    if (!SequenceDecoder.IsAllowed(p, t))
                    {
                        next[state] = float.NegativeInfinity;
                        continue;
                    }

                    var best = float.NegativeInfinity;
                    var bestP2 = 0;
                    for (var p2 = 0; p2 < n; p2++)
                    {
                        var score = delta[(p2 * n) + p] + transitions[(((p2 * n) + p) * n) + t];
                        if (score > best)
                        {
                            best = score;
                            bestP2 = p2;
                        }
                    }

                    next[state] = best + emission[(i * n) + t] + history[(i * SequenceDecoder.States) + state];
                    back[(i * SequenceDecoder.States) + state] = bestP2;
                }
            }

            delta = next;
        }

        var bestState = 0;
        for (var state = 1; state < SequenceDecoder.States; state++)
        {
            bestState = delta[state] > delta[bestState] ? state : bestState;
        }

        var tags = new int[length];
        var (previous, tag) = (bestState / n, bestState % n);
        for (var i = length - 1; i >= 0; i--)
        {
            tags[i] = tag;
            (previous, tag) = (back[(i * SequenceDecoder.States) + (previous * n) + tag], previous);
        }

        return tags;
    }

    /// <summary>Whole numbers from -2 to 2: sums tie often, so tie-breaking is exercised.</summary>
    private static float[] TiedScores(Random random, int count)
    {
        var scores = new float[count];
        for (var k = 0; k < count; k++)
        {
            scores[k] = random.Next(-2, 3);
        }

        return scores;
    }

    private static float[] RandomScores(Random random, int count)
    {
        var scores = new float[count];
        for (var k = 0; k < count; k++)
        {
            scores[k] = (float)((random.NextDouble() * 2) - 1);
        }

        return scores;
    }
}
