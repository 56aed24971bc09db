using System.Collections.Frozen;

namespace Crosscheck.Text;

/// <summary>
/// An immutable, case-insensitive set of words that can be probed with a span (no substring
/// allocation). Built once, in a stage constructor.
/// </summary>
internal sealed class WordSet
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordSet(IEnumerable<string> words)
    {
        var set = words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _lookup = set.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);
}

/// <summary>An immutable, case-insensitive word → value map probed with spans.</summary>
internal sealed class WordMap<TValue>
{
    private readonly FrozenDictionary<string, TValue>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordMap(IEnumerable<KeyValuePair<string, TValue>> entries)
    {
        var map = entries.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _lookup = map.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool TryGetValue(ReadOnlySpan<char> word, out TValue value) => _lookup.TryGetValue(word, out value!);
}
