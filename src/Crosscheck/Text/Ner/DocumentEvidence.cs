namespace Crosscheck.Text.Ner;

/// <summary>
/// What one document says about each of its words, for document-level features: whether the
/// word (case-folded) is also written in lower case somewhere, capitalised inside a sentence
/// somewhere, or in capitals; and, after a first tagging pass, which entity type its tokens got
/// most often. A sentence-initial "Officials" that is lower case elsewhere is not a name; a
/// "Velmora" tagged ORG in one sentence is ORG in the others.
/// </summary>
/// <remarks>Built per document and thrown away; keys are hashes of the case-folded word, so nothing is allocated per token.</remarks>
internal sealed class DocumentEvidence
{
    public const int SeenLowercase = 1;
    public const int SeenCapitalizedInside = 2;
    public const int SeenAllCaps = 4;

    private readonly Dictionary<ulong, int> _shape;
    private readonly Dictionary<ulong, int[]>? _votes;

    public DocumentEvidence(IReadOnlyList<string[]> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        _shape = [];
        foreach (var words in sentences)
        {
            for (var i = 0; i < words.Length; i++)
            {
                var w = words[i].AsSpan();
                if (w.Length == 0 || !char.IsLetter(w[0]))
                {
                    continue;
                }

                var flags = char.IsLower(w[0]) ? SeenLowercase : 0;
                if (char.IsUpper(w[0]) && i > 0 && !IsOpening(words[i - 1]))
                {
                    flags |= SeenCapitalizedInside;
                }

                if (w.Length > 1 && WordShape.IsAllCaps(w))
                {
                    flags |= SeenAllCaps;
                }

                var key = TokenTable.LowerKey(w);
                _shape[key] = _shape.GetValueOrDefault(key) | flags;
            }
        }
    }

    private DocumentEvidence(Dictionary<ulong, int> shape, Dictionary<ulong, int[]> votes)
    {
        _shape = shape;
        _votes = votes;
    }

    /// <summary>Whether first-pass tags are recorded (features of the second pass).</summary>
    public bool HasFirstPass => _votes is not null;

    /// <summary>The <c>Seen*</c> flags of a word given its <see cref="TokenTable.LowerKey"/>.</summary>
    public int Flags(ulong lowerKey) => _shape.GetValueOrDefault(lowerKey);

    /// <summary>
    /// The entity type (1..4) that the first pass gave this word's tokens most often in the
    /// document, 5 when it left them mostly outside, 0 when the word is not capitalised anywhere or
    /// there was no first pass.
    /// </summary>
    public int FirstPassType(ulong lowerKey)
    {
        if (_votes is null || !_votes.TryGetValue(lowerKey, out var votes))
        {
            return 0;
        }

        var best = 0;
        for (var t = 1; t < votes.Length; t++)
        {
            if (votes[t] > votes[best])
            {
                best = t;
            }
        }

        return best == 0 ? 5 : best;
    }

    /// <summary>This evidence plus the first pass's tags of capitalised words (tags are BIO ids).</summary>
    public DocumentEvidence WithFirstPass(IReadOnlyList<string[]> sentences, ReadOnlySpan<int[]> tags)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var votesByWord = new Dictionary<ulong, int[]>();
        for (var s = 0; s < sentences.Count; s++)
        {
            var words = sentences[s];
            for (var i = 0; i < words.Length; i++)
            {
                if (words[i].Length == 0 || !char.IsUpper(words[i][0]))
                {
                    continue;
                }

                var key = TokenTable.LowerKey(words[i]);
                if (!votesByWord.TryGetValue(key, out var votes))
                {
                    votes = new int[5];
                    votesByWord[key] = votes;
                }

                var tag = tags[s][i];
                votes[tag == NerTags.Outside ? 0 : NerTags.TypeIndex(tag) + 1]++;
            }
        }

        return new DocumentEvidence(_shape, votesByWord);
    }

    private static bool IsOpening(string previous) => previous is "\"" or "“" or "‘" or "'" or ":" or "(" or "[" or "-" or "—" or "–" or "``";
}
