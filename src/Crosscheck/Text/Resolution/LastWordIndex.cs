namespace Crosscheck.Text.Resolution;

/// <summary>
/// Blocks name forms so that matching is not quadratic: spelling variants and trailing-part
/// containment both need last words equal or within the allowed edits. Forms are filed by word
/// count and last word, and last words by each of their keys: the word and its deletion
/// neighbourhood (one deleted letter; two for long words), so any two words within the edit limit
/// share a key. A block that
/// grows large ("X Corporation" a thousand times over) is split further by the keys of the form's
/// first and next-to-last words, which every multi-word match also needs within the edit limit:
/// the candidates stay a superset of the matches, so results do not depend on block sizes.
/// </summary>
internal sealed class LastWordIndex
{
    /// <summary>Blocks up to this size are scanned whole; larger ones get a second-word index.</summary>
    internal const int SplitBlockSize = 48;

    private readonly Dictionary<(int Words, string LastWord), Block> _blocks = [];
    private readonly Dictionary<string, List<string>> _lastWordsByKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _wordStamps = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]> _keys = new(StringComparer.Ordinal);
    private readonly SortedSet<int> _wordCounts = [];
    private readonly List<NameForm> _scratch = [];
    private readonly int[] _stamps;
    private readonly int _twoEditLength;
    private readonly int _splitBlockSize;
    private int _stamp;
    private int _collectStamp;

    public LastWordIndex(List<NameForm> forms, int twoEditLength, int splitBlockSize = SplitBlockSize)
    {
        _twoEditLength = twoEditLength;
        _splitBlockSize = splitBlockSize;
        _stamps = new int[forms.Count];
        foreach (var form in forms)
        {
            _wordCounts.Add(form.Words.Length);
            var last = form.Words[^1];
            if (!_blocks.TryGetValue((form.Words.Length, last), out var block))
            {
                _blocks[(form.Words.Length, last)] = block = new Block();
            }

            block.Forms.Add(form);
            if (_wordStamps.TryAdd(last, 0))
            {
                foreach (var key in Keys(last))
                {
                    if (!_lastWordsByKey.TryGetValue(key, out var words))
                    {
                        _lastWordsByKey[key] = words = [];
                    }

                    words.Add(last);
                }
            }
        }
    }

    /// <summary>Forms of the same word count whose words may match the form's, in form order. Reused between calls.</summary>
    public List<NameForm> SameLength(NameForm form)
    {
        Begin();
        Collect(form, form.Words.Length);
        return Finish();
    }

    /// <summary>Forms of more words that may contain the form as a trailing part or as a person's first and last words, in form order. Reused between calls.</summary>
    public List<NameForm> Longer(NameForm form)
    {
        Begin();
        foreach (var count in _wordCounts.GetViewBetween(form.Words.Length + 1, int.MaxValue))
        {
            Collect(form, count);
        }

        return Finish();
    }

    private void Begin()
    {
        _stamp++;
        _scratch.Clear();
    }

    private List<NameForm> Finish()
    {
        _scratch.Sort((a, b) => a.Index.CompareTo(b.Index));
        return _scratch;
    }

    private void Collect(NameForm form, int wordCount)
    {
        _collectStamp++;
        foreach (var key in Keys(form.Words[^1]))
        {
            if (!_lastWordsByKey.TryGetValue(key, out var lastWords))
            {
                continue;
            }

            foreach (var last in lastWords)
            {
                if (_wordStamps[last] == _collectStamp || !_blocks.TryGetValue((wordCount, last), out var block))
                {
                    continue;
                }

                _wordStamps[last] = _collectStamp;

                // A one-word form has no second word to narrow by; there are few of them per block.
                if (block.Forms.Count <= _splitBlockSize || form.Words.Length < 2 || wordCount < 2)
                {
                    AddAll(block.Forms);
                    continue;
                }

                var inner = block.InnerIndex(this);
                foreach (var innerKey in InnerKeys(form))
                {
                    if (inner.TryGetValue(innerKey, out var list))
                    {
                        AddAll(list);
                    }
                }
            }
        }
    }

    private void AddAll(List<NameForm> forms)
    {
        foreach (var other in forms)
        {
            if (_stamps[other.Index] != _stamp)
            {
                _stamps[other.Index] = _stamp;
                _scratch.Add(other);
            }
        }
    }

    /// <summary>Keys of the first and next-to-last words: spelling variants match on both, containments on one.</summary>
    private IEnumerable<string> InnerKeys(NameForm form)
    {
        foreach (var key in Keys(form.Words[0]))
        {
            yield return key;
        }

        if (form.Words.Length > 2)
        {
            foreach (var key in Keys(form.Words[^2]))
            {
                yield return key;
            }
        }
    }

    private string[] Keys(string word)
    {
        if (_keys.TryGetValue(word, out var cached))
        {
            return cached;
        }

        var keys = new HashSet<string>(StringComparer.Ordinal) { word };
        if (word.Length >= 2)
        {
            for (var i = 0; i < word.Length; i++)
            {
                var once = word.Remove(i, 1);
                keys.Add(once);
                if (word.Length >= _twoEditLength)
                {
                    for (var j = i; j < once.Length; j++)
                    {
                        keys.Add(once.Remove(j, 1));
                    }
                }
            }
        }

        return _keys[word] = [.. keys];
    }

    /// <summary>The forms sharing one last word and word count, with a lazily built index by their other words.</summary>
    private sealed class Block
    {
        private Dictionary<string, List<NameForm>>? _inner;

        public List<NameForm> Forms { get; } = [];

        public Dictionary<string, List<NameForm>> InnerIndex(LastWordIndex owner)
        {
            if (_inner is not null)
            {
                return _inner;
            }

            _inner = new Dictionary<string, List<NameForm>>(StringComparer.Ordinal);
            foreach (var form in Forms)
            {
                foreach (var key in owner.InnerKeys(form))
                {
                    if (!_inner.TryGetValue(key, out var list))
                    {
                        _inner[key] = list = [];
                    }

                    if (list.Count == 0 || list[^1] != form)
                    {
                        list.Add(form);
                    }
                }
            }

            return _inner;
        }
    }
}
