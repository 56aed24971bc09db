namespace Crosscheck.Text.Ner;

/// <summary>
/// Feature templates of the entity model. For token <c>i</c> of a sentence, writes the hashes
/// of its features into a caller-owned buffer: the word (lower-cased and as written), its
/// neighbours, shapes, affixes, the two previous predicted tags, and a gazetteer-like class
/// learned from the training data (which entity type a word mostly belongs to), and what the
/// rest of the document says about the word (<see cref="DocumentEvidence"/>).
/// </summary>
internal static class NerFeatures
{
    /// <summary>Upper bound of features per token; the buffer must be at least this long.</summary>
    public const int MaxFeatures = 48;

    private const int MaxRun = 8;

    private static bool IsConnector(ReadOnlySpan<char> word) => word is "of" or "for" or "the" or "and" or "de" or "&" or "-" or "on" or "upon";

    public static int Extract(
        IReadOnlyList<string> words,
        int i,
        int previousTag,
        int previousTag2,
        WordClasses classes,
        DocumentEvidence document,
        Span<ulong> features)
    {
        var n = 0;
        var w = words[i].AsSpan();
        var prev = i > 0 ? words[i - 1].AsSpan() : "<s>";
        var prev2 = i > 1 ? words[i - 2].AsSpan() : "<s>";
        var next = i + 1 < words.Count ? words[i + 1].AsSpan() : "</s>";
        var next2 = i + 2 < words.Count ? words[i + 2].AsSpan() : "</s>";
        var classW = classes.Of(w);
        var classPrev = i > 0 ? classes.Of(prev) : 0;
        var classNext = i + 1 < words.Count ? classes.Of(next) : 0;

        features[n++] = FeatureHasher.Start(0);
        features[n++] = FeatureHasher.AddLower(FeatureHasher.Start(1), w);
        features[n++] = FeatureHasher.Add(FeatureHasher.Start(2), w);
        features[n++] = FeatureHasher.AddLower(FeatureHasher.Start(3), prev);
        features[n++] = FeatureHasher.AddLower(FeatureHasher.Start(4), next);
        features[n++] = FeatureHasher.AddLower(FeatureHasher.Start(5), prev2);
        features[n++] = FeatureHasher.AddLower(FeatureHasher.Start(6), next2);
        var shape = WordShape.HashShape(FeatureHasher.Start(7), w);
        features[n++] = shape;
        var shapePrev = WordShape.HashShape(FeatureHasher.Start(8), prev);
        features[n++] = shapePrev;
        var shapeNext = WordShape.HashShape(FeatureHasher.Start(9), next);
        features[n++] = shapeNext;
        features[n++] = FeatureHasher.AddLower(FeatureHasher.Start(10), w[..Math.Min(3, w.Length)]);
        features[n++] = FeatureHasher.AddLower(FeatureHasher.Start(11), w[Math.Max(0, w.Length - 3)..]);
        features[n++] = FeatureHasher.AddLower(FeatureHasher.Start(12), w[Math.Max(0, w.Length - 2)..]);
        features[n++] = FeatureHasher.AddLower(FeatureHasher.Start(13), w[Math.Max(0, w.Length - 4)..]);
        features[n++] = FeatureHasher.AddLower(FeatureHasher.Start(14), w[..Math.Min(2, w.Length)]);
        features[n++] = FeatureHasher.Add(FeatureHasher.Start(15), previousTag);
        features[n++] = FeatureHasher.Add(FeatureHasher.Add(FeatureHasher.Start(16), previousTag), previousTag2);
        features[n++] = FeatureHasher.AddLower(FeatureHasher.Add(FeatureHasher.Start(17), previousTag), w);
        features[n++] = FeatureHasher.Add(shape, previousTag + 100);
        features[n++] = FeatureHasher.AddLower(FeatureHasher.AddLower(FeatureHasher.Start(19), prev), w);
        features[n++] = FeatureHasher.AddLower(FeatureHasher.AddLower(FeatureHasher.Start(20), w), next);
        features[n++] = FeatureHasher.Add(FeatureHasher.Start(21), (i == 0 ? 1 : 0) + (WordShape.IsCapitalized(w) ? 2 : 0));
        features[n++] = FeatureHasher.Add(FeatureHasher.Start(22), classW);
        features[n++] = FeatureHasher.Add(FeatureHasher.Start(23), classPrev);
        features[n++] = FeatureHasher.Add(FeatureHasher.Start(24), classNext);
        features[n++] = FeatureHasher.Add(shape, classW + 200);
        features[n++] = FeatureHasher.Add(FeatureHasher.Add(shapePrev, (int)(shape & 0xFFFF)), (int)(shapeNext & 0xFFFF));
        features[n++] = FeatureHasher.Add(FeatureHasher.Add(FeatureHasher.Start(28), previousTag), classW);
        features[n++] = FeatureHasher.Add(FeatureHasher.Start(29), (WordShape.IsAllCaps(w) ? 1 : 0) + (w.Length > 4 ? 2 : 0));

        // The capitalised run around the word ("Andy Warhol Foundation for the Visual Arts"): its
        // last word is the strongest type cue (Foundation, River, Party), the word before it the context.
        var capitalized = WordShape.IsCapitalized(w);
        if (capitalized || (i > 0 && WordShape.IsCapitalized(prev) && IsConnector(w)))
        {
            var first = i;
            while (first > 0 && i - first < MaxRun && (WordShape.IsCapitalized(words[first - 1]) || (first > 1 && IsConnector(words[first - 1]) && WordShape.IsCapitalized(words[first - 2]))))
            {
                first--;
            }

            var last = i;
            while (last + 1 < words.Count && last - i < MaxRun && (WordShape.IsCapitalized(words[last + 1]) || (last + 2 < words.Count && IsConnector(words[last + 1]) && WordShape.IsCapitalized(words[last + 2]))))
            {
                last++;
            }

            var head = words[last].AsSpan();
            var position = (first == i ? 1 : 0) + (last == i ? 2 : 0) + (Math.Min(last - first, 3) * 4);
            features[n++] = FeatureHasher.AddLower(FeatureHasher.Add(FeatureHasher.Start(36), last > i ? 1 : 0), head);
            features[n++] = FeatureHasher.AddLower(FeatureHasher.Add(FeatureHasher.Start(37), first < i ? 1 : 0), words[first]);
            features[n++] = FeatureHasher.Add(FeatureHasher.Start(38), position);
            features[n++] = FeatureHasher.AddLower(FeatureHasher.Add(FeatureHasher.Start(39), position), first > 0 ? words[first - 1] : "<s>");
            features[n++] = FeatureHasher.Add(FeatureHasher.Add(FeatureHasher.Start(40), classes.Of(head)), position);
        }

        // Document level: is the word written lower case / capitalised mid-sentence elsewhere.
        var flags = document.Flags(w);
        features[n++] = FeatureHasher.Add(FeatureHasher.Start(30), flags + (capitalized ? 8 : 0) + (i == 0 ? 16 : 0));
        features[n++] = FeatureHasher.Add(FeatureHasher.Add(FeatureHasher.Start(31), flags + (capitalized ? 8 : 0)), classW);
        if (document.HasFirstPass)
        {
            var firstW = capitalized ? document.FirstPassType(w) : 0;
            var firstPrev = i > 0 && WordShape.IsCapitalized(prev) ? document.FirstPassType(prev) : 0;
            var firstNext = i + 1 < words.Count && WordShape.IsCapitalized(next) ? document.FirstPassType(next) : 0;
            features[n++] = FeatureHasher.Add(FeatureHasher.Start(32), firstW);
            features[n++] = FeatureHasher.Add(FeatureHasher.Add(FeatureHasher.Start(33), firstW), previousTag);
            features[n++] = FeatureHasher.Add(FeatureHasher.Add(FeatureHasher.Start(34), firstPrev), firstNext);
            features[n++] = FeatureHasher.Add(FeatureHasher.Add(FeatureHasher.Start(35), firstW), classW);
        }

        return n;
    }
}
