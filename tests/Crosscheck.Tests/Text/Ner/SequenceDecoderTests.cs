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
