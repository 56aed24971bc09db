namespace Crosscheck.Text.Ner;

/// <summary>
/// Feature templates of the entity model. For token <c>i</c> of a sentence (described by a
/// <see cref="TokenTable"/>), writes the hashes of its features into a caller-owned buffer: the
/// word (case-folded and as written), its neighbours, shapes, affixes, the two previous predicted
/// tags, a gazetteer-like class learned from the training data (which entity type a word mostly
/// belongs to), the capitalised run the word is in, and what the rest of the document says about
/// the word (<see cref="DocumentEvidence"/>). Features of the previous tags are apart
/// (<see cref="WordHistory"/>, <see cref="ShapeHistory"/>, <see cref="ContextHistory"/>, <see cref="Transitions"/>) so that a decoder can score every tag history.
/// </summary>
internal static class NerFeatures
{
    /// <summary>Upper bound of features per token; the buffer must be at least this long.</summary>
    public const int MaxFeatures = 48;

    private const int MaxRun = 8;

    /// <summary>Features of token <paramref name="i"/> that do not depend on the tags before it.</summary>
    public static int Extract(TokenTable table, int i, DocumentEvidence document, Span<ulong> features)
    {
        var n = 0;
        var lower = table.Lower(i);
        var shape = table.Shape(i);
        var shapePrev = table.ShapeAt(i - 1);
        var shapeNext = table.ShapeAt(i + 1);
        var lowerPrev = table.LowerAt(i - 1);
        var lowerNext = table.LowerAt(i + 1);
        var classW = table.Class(i);
        var bits = table.Bits(i);
        var capitalized = (bits & TokenTable.Capitalized) != 0;

        features[n++] = T(0);
        features[n++] = lower;
        features[n++] = table.Exact(i);
        features[n++] = Mix(T(3), lowerPrev);
        features[n++] = Mix(T(4), lowerNext);
        features[n++] = Mix(T(5), table.LowerAt(i - 2));
        features[n++] = Mix(T(6), table.LowerAt(i + 2));
        features[n++] = shape;
        features[n++] = Mix(T(8), shapePrev);
        features[n++] = Mix(T(9), shapeNext);
        features[n++] = table.Prefix3(i);
        features[n++] = table.Suffix3(i);
        features[n++] = table.Suffix2(i);
        features[n++] = table.Suffix4(i);
        features[n++] = table.Prefix2(i);
        features[n++] = Mix(Mix(T(19), lowerPrev), lower);
        features[n++] = Mix(Mix(T(20), lower), lowerNext);
        features[n++] = Mix(T(21), (ulong)((i == 0 ? 1 : 0) + (capitalized ? 2 : 0)));
        features[n++] = Mix(T(22), (ulong)classW);
        features[n++] = Mix(T(23), (ulong)table.ClassAt(i - 1));
        features[n++] = Mix(T(24), (ulong)table.ClassAt(i + 1));
        features[n++] = Mix(Mix(T(25), shape), (ulong)classW);
        features[n++] = Mix(Mix(Mix(T(26), shapePrev), shape), shapeNext);
        features[n++] = Mix(T(29), (ulong)(bits & (TokenTable.AllCaps | TokenTable.Long)));

        // The capitalised run around the word ("Andy Warhol Foundation for the Visual Arts"): its
        // last word is the strongest type cue (Foundation, River, Party), the word before it the context.
        if (capitalized || ((bits & TokenTable.Connector) != 0 && table.IsCapitalized(i - 1)))
        {
            var first = i;
            while (i - first < MaxRun && (table.IsCapitalized(first - 1) || (table.IsConnector(first - 1) && table.IsCapitalized(first - 2))))
            {
                first--;
            }

            var last = i;
            while (last - i < MaxRun && (table.IsCapitalized(last + 1) || (table.IsConnector(last + 1) && table.IsCapitalized(last + 2))))
            {
                last++;
            }

            var position = (ulong)((first == i ? 1 : 0) + (last == i ? 2 : 0) + (Math.Min(last - first, 3) * 4));
            features[n++] = Mix(Mix(T(36), last > i ? 1UL : 0UL), table.Lower(last));
            features[n++] = Mix(Mix(T(37), first < i ? 1UL : 0UL), table.Lower(first));
            features[n++] = Mix(T(38), position);
            features[n++] = Mix(Mix(T(39), position), table.LowerAt(first - 1));
            features[n++] = Mix(Mix(T(40), (ulong)table.Class(last)), position);
        }

        // Document level: is the word written lower case / capitalised mid-sentence elsewhere.
        var flags = (ulong)document.Flags(lower) + (capitalized ? 8UL : 0UL);
        features[n++] = Mix(T(30), flags + (i == 0 ? 16UL : 0UL));
        features[n++] = Mix(Mix(T(31), flags), (ulong)classW);
        if (document.HasFirstPass)
        {
            var firstW = capitalized ? document.FirstPassType(lower) : 0;
            var firstPrev = table.IsCapitalized(i - 1) ? document.FirstPassType(lowerPrev) : 0;
            var firstNext = table.IsCapitalized(i + 1) ? document.FirstPassType(lowerNext) : 0;
            features[n++] = Mix(T(32), (ulong)firstW);
            features[n++] = Mix(Mix(T(34), (ulong)firstPrev), (ulong)firstNext);
            features[n++] = Mix(Mix(T(35), (ulong)firstW), (ulong)classW);
        }

        return n;
    }

    /// <summary>Number of (word class, first-pass type) contexts of <see cref="ContextHistory"/>.</summary>
    public const int Contexts = 7 * 6;

    /// <summary>Features of token <paramref name="i"/> that pair the word itself with the previous tag.</summary>
    public static ulong WordHistory(TokenTable table, int i, int previousTag) => Mix(Mix(T(17), (ulong)previousTag), table.Lower(i));

    /// <summary>The word's shape paired with the previous tag.</summary>
    public static ulong ShapeHistory(ulong shape, int previousTag) => Mix(Mix(T(18), shape), (ulong)previousTag);

    /// <summary>
    /// Index (0 ..<see cref="Contexts"/>) of the word's context for <see cref="ContextHistory"/>: its learned class and,
    /// after a first pass, the type the first pass gave the word elsewhere in the document.
    /// </summary>
    public static int Context(TokenTable table, int i, DocumentEvidence document)
    {
        var firstW = document.HasFirstPass && (table.Bits(i) & TokenTable.Capitalized) != 0 ? document.FirstPassType(table.Lower(i)) : 0;
        return (table.Class(i) * 6) + firstW;
    }

    /// <summary>Features pairing a word context (see <see cref="Context"/>) with the previous tag.</summary>
    public static int ContextHistory(int context, int previousTag, Span<ulong> features)
    {
        var p = (ulong)previousTag;
        features[0] = Mix(Mix(T(28), p), (ulong)(context / 6));
        features[1] = Mix(Mix(T(33), (ulong)(context % 6)), p);
        return 2;
    }

    /// <summary>Pure tag-sequence features: the previous tag, and the previous two tags.</summary>
    public static int Transitions(int previousTag, int previousTag2, Span<ulong> features)
    {
        features[0] = Mix(T(15), (ulong)previousTag);
        features[1] = Mix(Mix(T(16), (ulong)previousTag), (ulong)previousTag2);
        return 2;
    }

    private static ulong T(int template) => FeatureHasher.Start(template);

    private static ulong Mix(ulong a, ulong b)
    {
        var h = (a * 0x9E3779B97F4A7C15UL) ^ b;
        h *= 1099511628211UL;
        return h ^ (h >> 29);
    }
}
