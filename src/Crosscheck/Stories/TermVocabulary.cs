namespace Crosscheck.Stories;

/// <summary>
/// Interns terms to dense ids and counts their document frequencies. Lookups take spans, so a
/// term already seen costs no allocation. The table is open addressing over a cheap
/// non-randomised hash (FNV-1a over the characters): terms are short and the table is private to
/// one clusterer, so the string dictionary's randomised hashing bought nothing and was the
/// clusterer's largest single cost (about an eighth of its time on the story benchmark).
/// </summary>
internal sealed class TermVocabulary
{
    private const uint FnvOffset = 2166136261;
    private const uint FnvPrime = 16777619;

    private readonly List<string> _terms = [];
    private int[] _slots = new int[4096];
    private uint[] _hashes = new uint[1024];
    private int[] _documentFrequency = new int[1024];

    public int Count => _terms.Count;

    /// <summary>Documents counted so far.</summary>
    public int Documents { get; private set; }

    public int Intern(ReadOnlySpan<char> term)
    {
        var hash = FnvOffset;
        foreach (var c in term)
        {
            hash = (hash ^ c) * FnvPrime;
        }

        var mask = _slots.Length - 1;
        var slot = (int)(hash ^ (hash >> 15)) & mask;
        while (_slots[slot] is var entry && entry != 0)
        {
            var id = entry - 1;
            if (_hashes[id] == hash && term.SequenceEqual(_terms[id]))
            {
                return id;
            }

            slot = (slot + 1) & mask;
        }

        var added = _terms.Count;
        _terms.Add(term.ToString());
        if (added == _hashes.Length)
        {
            Array.Resize(ref _hashes, added * 2);
            Array.Resize(ref _documentFrequency, added * 2);
        }

        _hashes[added] = hash;
        _slots[slot] = added + 1;
        if (_terms.Count * 2 > _slots.Length)
        {
            Rehash();
        }

        return added;
    }

    /// <summary>Counts one document holding each of the distinct <paramref name="terms"/>.</summary>
    public void AddDocument(ReadOnlySpan<int> terms)
    {
        Documents++;
        foreach (var t in terms)
        {
            _documentFrequency[t]++;
        }
    }

    /// <summary>Smoothed inverse document frequency: ln((1 + N) / (1 + df)) + 1.</summary>
    public float Idf(int term) => (float)(Math.Log((1.0 + Documents) / (1.0 + _documentFrequency[term])) + 1.0);

    /// <summary>Documents counted so far that hold <paramref name="term"/>.</summary>
    public int DocumentFrequency(int term) => _documentFrequency[term];

    private void Rehash()
    {
        _slots = new int[_slots.Length * 2];
        var mask = _slots.Length - 1;
        for (var id = 0; id < _terms.Count; id++)
        {
            var hash = _hashes[id];
            var slot = (int)(hash ^ (hash >> 15)) & mask;
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            _slots[slot] = id + 1;
        }
    }

    /// <summary>Writes the terms in id order with their document frequencies (see <see cref="ClustererSnapshot"/>).</summary>
    public void WriteState(SnapshotWriter writer)
    {
        writer.Int(Documents);
        writer.Count(_terms.Count);
        for (var id = 0; id < _terms.Count; id++)
        {
            writer.String(_terms[id]);
            writer.Int(_documentFrequency[id]);
        }
    }

    /// <summary>Restores what <see cref="WriteState"/> wrote into this empty vocabulary: every term gets its old id.</summary>
    public void ReadState(SnapshotReader reader)
    {
        if (_terms.Count != 0)
        {
            throw new InvalidOperationException("A vocabulary is restored only when empty.");
        }

        Documents = reader.Size(0, int.MaxValue, "documents counted");
        // A term is at least a one-byte length prefix and a four-byte frequency.
        var count = reader.Count(5, "vocabulary terms");
        for (var i = 0; i < count; i++)
        {
            var term = reader.String();
            if (Intern(term) != i)
            {
                throw new InvalidDataException($"vocabulary term {i} repeats an earlier term");
            }

            _documentFrequency[i] = reader.Size(0, Documents, "document frequency");
        }
    }
}
