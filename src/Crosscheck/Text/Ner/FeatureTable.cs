namespace Crosscheck.Text.Ner;

/// <summary>
/// Read-only open-addressing hash table from feature hash to weight row (linear probing, at most
/// half full): the model's inner-loop lookup, about twice as fast as a <see cref="Dictionary{TKey, TValue}"/>.
/// </summary>
internal sealed class FeatureTable
{
    /// <summary>Most keys <see cref="FindAll"/> takes at once.</summary>
    public const int MaxBatch = NerFeatures.MaxFeatures + NerTags.Count;

    private readonly Slot[] _slots;
    private readonly int _mask;

    public FeatureTable(IReadOnlyDictionary<ulong, int> rows)
    {
        var capacity = 16;
        while (capacity < rows.Count * 2)
        {
            capacity *= 2;
        }

        _slots = new Slot[capacity];
        _mask = capacity - 1;
        foreach (var (key, row) in rows)
        {
            var slot = Home(key);
            while (_slots[slot].Row != 0)
            {
                slot = (slot + 1) & _mask;
            }

            _slots[slot] = new Slot(key, row + 1); // row 0 marks an empty slot
        }
    }

    /// <summary>The row of <paramref name="key"/>, or -1.</summary>
    public int Find(ulong key)
    {
        var slot = Home(key);
        while (true)
        {
            ref readonly var entry = ref _slots[slot];
            if (entry.Row == 0)
            {
                return -1;
            }

            if (entry.Key == key)
            {
                return entry.Row - 1;
            }

            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>
    /// The rows of all <paramref name="keys"/> (-1 for unknown ones) into <paramref name="rows"/>,
    /// as <see cref="Find"/> would give them. First every key's home slot is read in one loop without
    /// branches, so that the cache misses of all keys overlap; then each key is resolved from what was
    /// read, probing further only when its home slot holds another key.
    /// </summary>
    public void FindAll(ReadOnlySpan<ulong> keys, Span<int> rows)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(keys.Length, MaxBatch);
        Span<ulong> homeKeys = stackalloc ulong[MaxBatch];
        for (var k = 0; k < keys.Length; k++)
        {
            ref readonly var entry = ref _slots[Home(keys[k])];
            homeKeys[k] = entry.Key;
            rows[k] = entry.Row;
        }

        for (var k = 0; k < keys.Length; k++)
        {
            rows[k] = rows[k] == 0 ? -1 : homeKeys[k] == keys[k] ? rows[k] - 1 : Find(keys[k]);
        }
    }

    private int Home(ulong key) => (int)((key ^ (key >> 32)) & (ulong)_mask);

    /// <summary>Key and row side by side, so a probe touches one cache line.</summary>
    private readonly record struct Slot(ulong Key, int Row);
}
