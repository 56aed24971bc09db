namespace Crosscheck.Text.Ner;

/// <summary>
/// A gazetteer learned from training data: for each lower-cased word seen inside entities often
/// enough, the entity type (1..4 = PER, ORG, LOC, MISC) it mostly belongs to, or 5 when it is
/// usually outside entities but seen inside them too, 6 when it is a common word written in lower
/// case and never seen inside an entity (a capitalised "The" or "Officials" opening a sentence
/// is not a name). 0 means unknown.
/// </summary>
public sealed class WordClasses
{
    private readonly Dictionary<string, byte> _classes;
    private readonly Dictionary<ulong, byte> _byKey;

    /// <param name="classes">Lower-cased word → class.</param>
    public WordClasses(Dictionary<string, byte> classes)
    {
        ArgumentNullException.ThrowIfNull(classes);
        _classes = classes;
        _byKey = new Dictionary<ulong, byte>(classes.Count);
        foreach (var (word, wordClass) in classes)
        {
            _byKey[TokenTable.LowerKey(word)] = wordClass;
        }
    }

    public static WordClasses Empty { get; } = new(new Dictionary<string, byte>(StringComparer.Ordinal));

    public IReadOnlyDictionary<string, byte> Entries => _classes;

    /// <summary>The class of a word given its <see cref="TokenTable.LowerKey"/>.</summary>
    internal int Of(ulong lowerKey) => _byKey.TryGetValue(lowerKey, out var c) ? c : 0;

    /// <summary>The class of a word (case is ignored).</summary>
    public int Of(ReadOnlySpan<char> word) => Of(TokenTable.LowerKey(word));

    /// <summary>Learns classes from tagged sentences: a word needs at least <paramref name="minCount"/> entity occurrences.</summary>
    public static WordClasses Learn(IEnumerable<ConllSentence> sentences, int minCount = 2)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            for (var i = 0; i < sentence.Words.Length; i++)
            {
                var key = sentence.Words[i].ToLowerInvariant();
                if (!counts.TryGetValue(key, out var c))
                {
                    c = new int[6];
                    counts[key] = c;
                }

                c[sentence.Tags[i] == NerTags.Outside ? 4 : NerTags.TypeIndex(sentence.Tags[i])]++;
                if (sentence.Tags[i] == NerTags.Outside && sentence.Words[i].Length > 0 && char.IsLower(sentence.Words[i][0]))
                {
                    c[5]++;
                }
            }
        }

        var classes = new Dictionary<string, byte>(StringComparer.Ordinal);
        foreach (var (word, c) in counts)
        {
            var best = 0;
            for (var t = 1; t < 4; t++)
            {
                if (c[t] > c[best])
                {
                    best = t;
                }
            }

            if (c[best] < minCount)
            {
                if (c[best] == 0 && c[5] >= 3)
                {
                    classes[word] = 6;
                }

                continue;
            }

            classes[word] = (byte)(c[best] >= c[4] ? best + 1 : 5);
        }

        return new WordClasses(classes);
    }
}
