using Crosscheck.Model;

namespace Crosscheck.Stories;

/// <summary>
/// The online form of <see cref="SyndicationDetector"/>: articles arrive one at a time and each is
/// assigned a wire-copy family at once. Uses the detector's shingles, MinHash/LSH candidates and
/// verification, over a bounded window of recent articles (<see cref="SyndicationOptions.OnlineWindowDays"/>,
/// <see cref="SyndicationOptions.OnlineWindowArticles"/>), so cost and memory stay flat on an endless
/// stream. A copy joins the family of its earliest-founded verified match; families never merge
/// afterwards (unlike the batch detector's union-find). The window is a ring of reused slots and each
/// LSH bucket a chain through them (the bucket table maps a band key to its newest entry, each entry
/// links to the previous one under the same key), so an article allocates nothing once the ring has
/// grown, and the window holds no object per entry or bucket for the garbage collector to trace.
/// Not thread-safe: one instance per stream.
/// </summary>
public sealed class FamilyTracker
{
    public const string StageId = "stories.families.online/1";

    private readonly SyndicationOptions _options;
    private readonly SyndicationDetector _detector;
    private readonly int _bands;

    /// <summary>Band key to the newest window entry filed under it, as a link (see <see cref="_previous"/>).</summary>
    private readonly Dictionary<ulong, long> _newest = [];
    private readonly ulong[] _signature;
    private readonly List<ulong> _words = [];

    // The window: entries numbered in order of entry (_first is the oldest still held, _next the
    // next to come), entry e in slot e & (capacity - 1) of each array below.
    private ulong[][] _sets = [];
    private int[] _setLengths = [];
    private ulong[][] _sequences = [];
    private int[] _sequenceLengths = [];
    private FamilyId[] _families = [];
    private long[] _familyArrivals = [];
    private DateOnly?[] _dates = [];
    private int[] _tried = [];

    /// <summary>Per slot and band: the band key.</summary>
    private ulong[] _keys = [];

    /// <summary>
    /// Per slot and band: the link (entry × bands + band) to the previous entry filed under the same
    /// key, or -1; a link to an entry older than <see cref="_first"/> ends the chain too.
    /// </summary>
    private long[] _previous = [];
    private long _first;
    private long _next;
    private int _stamp;
    private long _arrival;

    public FamilyTracker(SyndicationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.OnlineWindowArticles, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(options.OnlineWindowDays);
        _options = options;
        _detector = new SyndicationDetector(options);
        _signature = new ulong[options.Hashes];
        _bands = options.Bands;
        Resize(16);
    }

    /// <summary>Candidate pairs verified so far (a measure of LSH selectivity).</summary>
    public long Verifications { get; private set; }

    /// <summary>Articles currently in the window.</summary>
    public int WindowCount => (int)(_next - _first);

    /// <summary>Assigns <paramref name="article"/> to the family of an earlier copy in the window, or founds a family.</summary>
    public FamilyId Add(AnnotatedArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        _arrival++;
        var date = article.Article.Metadata.Published;
        Expire(date);
        if (_next - _first == _sets.Length)
        {
            Resize(2 * _sets.Length);
        }

        var slot = Slot(_next);
        ShingleSet.Fill(article.Article, _options.ShingleWords, _words, ref _sets[slot], out var setLength, ref _sequences[slot], out var sequenceLength);
        if (setLength == 0)
        {
            return FamilyId.FoundedBy(article.Id);
        }

        var set = _sets[slot].AsSpan(0, setLength);
        var sequence = _sequences[slot].AsSpan(0, sequenceLength);
        _detector.Sign(set, _signature);
        var rows = _options.Hashes / _bands;
        var match = -1;
        _stamp++;
        for (var b = 0; b < _bands; b++)
        {
            var key = SyndicationDetector.BandKey(_signature, b, rows);
            _keys[(slot * _bands) + b] = key;
            if (!_newest.TryGetValue(key, out var link))
            {
                continue;
            }

            // Newest first, as far as MaxBucketWalk entries.
            for (var walked = 0; link >= 0 && link / _bands >= _first && walked < _options.MaxBucketWalk; walked++)
            {
                var candidate = Slot(link / _bands);
                link = _previous[(candidate * _bands) + (int)(link % _bands)];
                if (_tried[candidate] == _stamp)
                {
                    continue;
                }

                _tried[candidate] = _stamp;
                if (match >= 0 && _familyArrivals[candidate] >= _familyArrivals[match])
                {
                    continue;
                }

                Verifications++;
                if (_detector.IsCopy(
                        set, sequence,
                        _sets[candidate].AsSpan(0, _setLengths[candidate]), _sequences[candidate].AsSpan(0, _sequenceLengths[candidate])))
                {
                    match = candidate;
                }
            }
        }

        // A copy takes its family's id; only a founder needs an id of its own.
        (_families[slot], _familyArrivals[slot]) = match >= 0 ? (_families[match], _familyArrivals[match]) : (FamilyId.FoundedBy(article.Id), _arrival);
        _setLengths[slot] = setLength;
        _sequenceLengths[slot] = sequenceLength;
        _dates[slot] = date;
        for (var b = 0; b < _bands; b++)
        {
            var key = _keys[(slot * _bands) + b];
            _previous[(slot * _bands) + b] = _newest.TryGetValue(key, out var link) ? link : -1;
            _newest[key] = (_next * _bands) + b;
        }

        _next++;
        return _families[slot];
    }

    private int Slot(long entry) => (int)(entry & (_sets.Length - 1));

    /// <summary>Drops the oldest articles beyond the window (by count, then by date relative to <paramref name="date"/>).</summary>
    private void Expire(DateOnly? date)
    {
        while (_next > _first)
        {
            var slot = Slot(_first);
            if (_next - _first < _options.OnlineWindowArticles &&
                !(date is { } d && _dates[slot] is { } o && d.DayNumber - o.DayNumber > _options.OnlineWindowDays))
            {
                break;
            }

            // A key whose newest entry leaves has no entry left.
            for (var b = 0; b < _bands; b++)
            {
                var key = _keys[(slot * _bands) + b];
                if (_newest.TryGetValue(key, out var link) && link == (_first * _bands) + b)
                {
                    _newest.Remove(key);
                }
            }

            _first++;
        }
    }

    /// <summary>Moves the window into a ring of <paramref name="capacity"/> slots (a power of two), each entry to its slot there.</summary>
    private void Resize(int capacity)
    {
        var sets = new ulong[capacity][];
        var setLengths = new int[capacity];
        var sequences = new ulong[capacity][];
        var sequenceLengths = new int[capacity];
        var families = new FamilyId[capacity];
        var familyArrivals = new long[capacity];
        var dates = new DateOnly?[capacity];
        var keys = new ulong[capacity * _bands];
        var previous = new long[capacity * _bands];
        for (var entry = _first; entry < _next; entry++)
        {
            var from = Slot(entry);
            var to = (int)(entry & (capacity - 1));
            sets[to] = _sets[from];
            setLengths[to] = _setLengths[from];
            sequences[to] = _sequences[from];
            sequenceLengths[to] = _sequenceLengths[from];
            families[to] = _families[from];
            familyArrivals[to] = _familyArrivals[from];
            dates[to] = _dates[from];
            Array.Copy(_keys, from * _bands, keys, to * _bands, _bands);
            Array.Copy(_previous, from * _bands, previous, to * _bands, _bands);
        }

        for (var i = 0; i < capacity; i++)
        {
            sets[i] ??= [];
            sequences[i] ??= [];
        }

        (_sets, _setLengths, _sequences, _sequenceLengths, _families, _familyArrivals, _dates, _keys, _previous, _tried) =
            (sets, setLengths, sequences, sequenceLengths, families, familyArrivals, dates, keys, previous, new int[capacity]);
    }
}
