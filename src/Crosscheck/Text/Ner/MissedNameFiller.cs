namespace Crosscheck.Text.Ner;

/// <summary>
/// Cleans converted training corpora whose annotators (or converters) left some names untagged:
/// a capitalised word sequence that the training data tags as one entity type most of the time
/// ("United States" as LOC) is tagged that way where it stands untagged with untagged neighbours.
/// Everything is learned from the training sentences themselves; no name list.
/// </summary>
public static class MissedNameFiller
{
    private const int MaxWords = 6;

    /// <summary>
    /// Returns the corpora with missed names filled in; a name needs <paramref name="minCount"/>
    /// tagged occurrences, one type holding at least 80% of them, and more tagged than untagged occurrences.
    /// </summary>
    public static IReadOnlyList<WeightedCorpus> Fill(IReadOnlyList<WeightedCorpus> corpora, int minCount, out int filled)
    {
        ArgumentNullException.ThrowIfNull(corpora);
        var typed = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var corpus in corpora)
        {
            foreach (var sentence in corpus.Sentences)
            {
                CountEntities(sentence, typed);
            }
        }

        var untagged = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var corpus in corpora)
        {
            foreach (var sentence in corpus.Sentences)
            {
                foreach (var (start, end) in UntaggedCapitalizedRuns(sentence))
                {
                    var key = Key(sentence.Words, start, end);
                    if (typed.ContainsKey(key))
                    {
                        untagged[key] = untagged.GetValueOrDefault(key) + 1;
                    }
                }
            }
        }

        var types = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (key, counts) in typed)
        {
            var total = counts.Sum();
            var best = Array.IndexOf(counts, counts.Max());
            if (total >= minCount && counts[best] * 5 >= total * 4 && total > untagged.GetValueOrDefault(key))
            {
                types[key] = best;
            }
        }

        var result = new List<WeightedCorpus>(corpora.Count);
        filled = 0;
        foreach (var corpus in corpora)
        {
            var sentences = new List<ConllSentence>(corpus.Sentences.Count);
            foreach (var sentence in corpus.Sentences)
            {
                int[]? tags = null;
                foreach (var (start, end) in UntaggedCapitalizedRuns(sentence))
                {
                    if (types.TryGetValue(Key(sentence.Words, start, end), out var type))
                    {
                        tags ??= (int[])sentence.Tags.Clone();
                        tags[start] = NerTags.Begin(type);
                        for (var k = start + 1; k < end; k++)
                        {
                            tags[k] = NerTags.Inside(type);
                        }

                        filled++;
                    }
                }

                sentences.Add(tags is null ? sentence : sentence with { Tags = tags });
            }

            result.Add(corpus with { Sentences = sentences });
        }

        return result;
    }

    private static void CountEntities(ConllSentence sentence, Dictionary<string, int[]> typed)
    {
        var tags = sentence.Tags;
        for (var start = 0; start < tags.Length; start++)
        {
            if (!NerTags.IsBegin(tags[start]))
            {
                continue;
            }

            var end = start + 1;
            while (end < tags.Length && tags[end] == NerTags.Inside(NerTags.TypeIndex(tags[start])))
            {
                end++;
            }

            if (end - start <= MaxWords && AllCapitalized(sentence.Words, start, end))
            {
                var key = Key(sentence.Words, start, end);
                if (!typed.TryGetValue(key, out var counts))
                {
                    counts = new int[4];
                    typed[key] = counts;
                }

                counts[NerTags.TypeIndex(tags[start])]++;
            }
        }
    }

    /// <summary>Maximal runs of capitalised, untagged words, not first in the sentence, with untagged neighbours.</summary>
    private static IEnumerable<(int Start, int End)> UntaggedCapitalizedRuns(ConllSentence sentence)
    {
        var words = sentence.Words;
        var tags = sentence.Tags;
        var i = 1;
        while (i < words.Length)
        {
            if (tags[i] != NerTags.Outside || !WordShape.IsCapitalized(words[i]) || tags[i - 1] != NerTags.Outside)
            {
                i++;
                continue;
            }

            var end = i;
            while (end < words.Length && tags[end] == NerTags.Outside && WordShape.IsCapitalized(words[end]))
            {
                end++;
            }

            if (end - i <= MaxWords && (end == words.Length || tags[end] == NerTags.Outside))
            {
                yield return (i, end);
            }

            i = end;
        }
    }

    private static bool AllCapitalized(string[] words, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (!WordShape.IsCapitalized(words[k]))
            {
                return false;
            }
        }

        return true;
    }

    private static string Key(string[] words, int start, int end) => string.Join(' ', words, start, end - start);
}
