namespace Crosscheck.Stories;

/// <summary>
/// Interns terms to dense ids and counts their document frequencies. Lookups take spans, so a
/// term already seen costs no allocation.
/// </summary>
internal sealed class TermVocabulary
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private int[] _documentFrequency = new int[1024];

    public TermVocabulary() => _lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();

    public int Count => _ids.Count;

    /// <summary>Documents counted so far.</summary>
    public int Documents { get; private set; }

    public int Intern(ReadOnlySpan<char> term)
    {
        if (_lookup.TryGetValue(term, out var id))
        {
            return id;
        }

        id = _ids.Count;
        _lookup[term] = id;
        if (id == _documentFrequency.Length)
        {
            Array.Resize(ref _documentFrequency, id * 2);
        }

        return id;
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
}
