namespace Crosscheck.Text.Ner;

/// <summary>
/// Training-data augmentation for text in capitals (news headlines, datelines): replaces the
/// first sentence of every document (usually its title) and a fixed share of the other sentences
/// with upper-cased copies, tags unchanged. The choice depends only on positions, so it is reproducible.
/// </summary>
public static class CapitalsAugmenter
{
    /// <summary>Returns the corpora with titles and every <paramref name="oneIn"/>-th sentence (by a position hash) in capitals; 0 turns it off.</summary>
    public static IReadOnlyList<WeightedCorpus> Apply(IReadOnlyList<WeightedCorpus> corpora, int oneIn, out int upperCased)
    {
        ArgumentNullException.ThrowIfNull(corpora);
        upperCased = 0;
        if (oneIn <= 0)
        {
            return corpora;
        }

        var result = new List<WeightedCorpus>(corpora.Count);
        foreach (var corpus in corpora)
        {
            var sentences = new List<ConllSentence>(corpus.Sentences.Count);
            var previousDocument = -1;
            for (var k = 0; k < corpus.Sentences.Count; k++)
            {
                var sentence = corpus.Sentences[k];
                var opensDocument = sentence.Document != previousDocument;
                previousDocument = sentence.Document;
                if (opensDocument || Mix(k) % (uint)oneIn == 0)
                {
                    sentence = sentence with { Words = [.. sentence.Words.Select(w => w.ToUpperInvariant())] };
                    upperCased++;
                }

                sentences.Add(sentence);
            }

            result.Add(corpus with { Sentences = sentences });
        }

        return result;
    }

    private static uint Mix(int position)
    {
        var h = (uint)position * 0x9E3779B1u;
        return h ^ (h >> 15);
    }
}
