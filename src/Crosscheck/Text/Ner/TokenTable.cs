namespace Crosscheck.Text.Ner;

/// <summary>
/// Scratch of everything the feature templates need about each word of a document, computed once
/// per word (not once per template, neighbour and pass): hashes of the case-folded word, the word
/// as written, its shape and affixes, its learned class and capitalisation bits.
/// <see cref="Select"/> picks the sentence that indices refer to. Owned by one caller at a time.
/// </summary>
internal sealed class TokenTable
{
    public const int Capitalized = 1;
    public const int AllCaps = 2;
    public const int Long = 4;
    public const int Connector = 8;

    /// <summary>Stand-ins for the words before the start and after the end of a sentence.</summary>
    public const ulong Before = 0x5A17_0B5E_0000_0001UL;
    public const ulong After = 0x5A17_0B5E_0000_0002UL;

    private ulong[] _lower = new ulong[256];
    private ulong[] _exact = new ulong[256];
    private ulong[] _shape = new ulong[256];
    private ulong[] _prefix2 = new ulong[256];
    private ulong[] _prefix3 = new ulong[256];
    private ulong[] _suffix2 = new ulong[256];
    private ulong[] _suffix3 = new ulong[256];
    private ulong[] _suffix4 = new ulong[256];
    private int[] _class = new int[256];
    private int[] _bits = new int[256];
    private int[] _sentenceStarts = new int[16];
    private int _offset;

    /// <summary>Words in the selected sentence.</summary>
    public int Count { get; private set; }

    /// <summary>The hash of a case-folded word, shared with <see cref="DocumentEvidence"/> and <see cref="WordClasses"/>.</summary>
    public static ulong LowerKey(ReadOnlySpan<char> word) => FeatureHasher.AddLower(FeatureHasher.Start(1), word);

    /// <summary>Fills the table with a whole document and selects its first sentence.</summary>
    public void Fill(IReadOnlyList<string[]> sentences, WordClasses classes)
    {
        var total = 0;
        foreach (var words in sentences)
        {
            total += words.Length;
        }

        Grow(total, sentences.Count + 1);
        var k = 0;
        for (var s = 0; s < sentences.Count; s++)
        {
            _sentenceStarts[s] = k;
            foreach (var word in sentences[s])
            {
                FillWord(k++, word, classes);
            }
        }

        _sentenceStarts[sentences.Count] = k;
        Select(0);
    }

    /// <summary>Fills the table with one sentence and selects it.</summary>
    public void Fill(string[] words, WordClasses classes)
    {
        Grow(words.Length, 2);
        for (var i = 0; i < words.Length; i++)
        {
            FillWord(i, words[i], classes);
        }

        _sentenceStarts[0] = 0;
        _sentenceStarts[1] = words.Length;
        Select(0);
    }

    /// <summary>Makes word indices refer to sentence <paramref name="sentence"/> of the filled document.</summary>
    public void Select(int sentence)
    {
        _offset = _sentenceStarts[sentence];
        Count = _sentenceStarts[sentence + 1] - _offset;
    }

    public ulong Lower(int i) => _lower[_offset + i];

    public ulong Exact(int i) => _exact[_offset + i];

    public ulong Shape(int i) => _shape[_offset + i];

    public ulong Prefix2(int i) => _prefix2[_offset + i];

    public ulong Prefix3(int i) => _prefix3[_offset + i];

    public ulong Suffix2(int i) => _suffix2[_offset + i];

    public ulong Suffix3(int i) => _suffix3[_offset + i];

    public ulong Suffix4(int i) => _suffix4[_offset + i];

    public int Class(int i) => _class[_offset + i];

    public int Bits(int i) => _bits[_offset + i];

    private void FillWord(int k, string word, WordClasses classes)
    {
        var w = word.AsSpan();
        var lower = LowerKey(w);
        _lower[k] = lower;
        _exact[k] = FeatureHasher.Add(FeatureHasher.Start(2), w);
        _shape[k] = WordShape.HashShape(FeatureHasher.Start(7), w);
        _prefix3[k] = FeatureHasher.AddLower(FeatureHasher.Start(10), w[..Math.Min(3, w.Length)]);
        _suffix3[k] = FeatureHasher.AddLower(FeatureHasher.Start(11), w[Math.Max(0, w.Length - 3)..]);
        _suffix2[k] = FeatureHasher.AddLower(FeatureHasher.Start(12), w[Math.Max(0, w.Length - 2)..]);
        _suffix4[k] = FeatureHasher.AddLower(FeatureHasher.Start(13), w[Math.Max(0, w.Length - 4)..]);
        _prefix2[k] = FeatureHasher.AddLower(FeatureHasher.Start(14), w[..Math.Min(2, w.Length)]);
        _class[k] = classes.Of(lower);
        _bits[k] = (WordShape.IsCapitalized(w) ? Capitalized : 0)
            | (WordShape.IsAllCaps(w) ? AllCaps : 0)
            | (w.Length > 4 ? Long : 0)
            | (IsConnector(w) ? Connector : 0);
    }

    private void Grow(int words, int starts)
    {
        if (_sentenceStarts.Length < starts)
        {
            _sentenceStarts = new int[Math.Max(starts, _sentenceStarts.Length * 2)];
        }

        if (_lower.Length >= words)
        {
            return;
        }

        var size = Math.Max(words, _lower.Length * 2);
        _lower = new ulong[size];
        _exact = new ulong[size];
        _shape = new ulong[size];
        _prefix2 = new ulong[size];
        _prefix3 = new ulong[size];
        _suffix2 = new ulong[size];
        _suffix3 = new ulong[size];
        _suffix4 = new ulong[size];
        _class = new int[size];
        _bits = new int[size];
    }

    public bool IsCapitalized(int i) => (uint)i < (uint)Count && (_bits[_offset + i] & Capitalized) != 0;

    public bool IsConnector(int i) => (uint)i < (uint)Count && (_bits[_offset + i] & Connector) != 0;

    /// <summary>Like <see cref="Lower"/>, but <see cref="Before"/>/<see cref="After"/> outside the sentence.</summary>
    public ulong LowerAt(int i) => i < 0 ? Before : i >= Count ? After : _lower[_offset + i];

    public ulong ShapeAt(int i) => i < 0 ? Before : i >= Count ? After : _shape[_offset + i];

    public int ClassAt(int i) => (uint)i < (uint)Count ? _class[_offset + i] : 0;

    private static bool IsConnector(ReadOnlySpan<char> word) => word is "of" or "for" or "the" or "and" or "de" or "&" or "-" or "on" or "upon";
}
