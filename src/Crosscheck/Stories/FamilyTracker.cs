using Crosscheck.Model;

namespace Crosscheck.Stories;

/// <summary>
/// The online form of <see cref="SyndicationDetector"/>: articles arrive one at a time and each is
/// assigned a wire-copy family at once. Uses the detector's shingles, MinHash/LSH candidates and
/// verification, over a bounded window of recent articles (<see cref="SyndicationOptions.OnlineWindowDays"/>,
/// <see cref="SyndicationOptions.OnlineWindowArticles"/>), so cost and memory stay flat on an endless
/// stream. A copy joins the family of its earliest-founded verified match; families never merge
/// afterwards (unlike the batch detector's union-find). Not thread-safe: one instance per stream.
/// </summary>
public sealed class FamilyTracker
{
    public const string StageId = "stories.families.online/1";

    private readonly SyndicationOptions _options;
    private readonly SyndicationDetector _detector;
    private readonly Queue<Entry> _window = new();
    private readonly Dictionary<ulong, Bucket> _buckets = [];
    private readonly ulong[] _signature;
    private readonly List<ulong> _words = [];
    private readonly HashSet<ulong> _scratch = [];
    private readonly HashSet<Entry> _tried = [];
    private long _arrival;

    public FamilyTracker(SyndicationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.OnlineWindowArticles, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(options.OnlineWindowDays);
        _options = options;
        _detector = new SyndicationDetector(options);
        _signature = new ulong[options.Hashes];
    }

    /// <summary>Candidate pairs verified so far (a measure of LSH selectivity).</summary>
    public long Verifications { get; private set; }

    /// <summary>Articles currently in the window.</summary>
    public int WindowCount => _window.Count;

    /// <summary>Assigns <paramref name="article"/> to the family of an earlier copy in the window, or founds a family.</summary>
    public FamilyId Add(AnnotatedArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        _arrival++;
        var date = article.Article.Metadata.Published;
        Expire(date);
        var set = ShingleSet.Of(article.Article, _options.ShingleWords, _words, _scratch, out var sequence);
        var own = new Entry(set, sequence, FamilyId.FoundedBy(article.Id), _arrival, date, new ulong[_options.Bands]);
        if (set.Length == 0)
        {
            return own.Family;
        }

        _detector.Sign(set, _signature);
        var rows = _options.Hashes / _options.Bands;
        Entry? match = null;
        _tried.Clear();
        for (var b = 0; b < _options.Bands; b++)
        {
            var key = SyndicationDetector.BandKey(_signature, b, rows);
            own.Keys[b] = key;
            if (!_buckets.TryGetValue(key, out var bucket))
            {
                continue;
            }

            var walked = 0;
            for (var k = bucket.Count - 1; k >= 0 && walked < _options.MaxBucketWalk; k--, walked++)
            {
                var candidate = bucket[k];
                if (!_tried.Add(candidate) || (match is { } m && candidate.FamilyArrival >= m.FamilyArrival))
                {
                    continue;
                }

                Verifications++;
                if (_detector.IsCopy(set, sequence, candidate.Set, candidate.Sequence))
                {
                    match = candidate;
                }
            }
        }

        var entry = match is { } found ? own with { Family = found.Family, FamilyArrival = found.FamilyArrival } : own;
        _window.Enqueue(entry);
        foreach (var key in entry.Keys)
        {
            if (!_buckets.TryGetValue(key, out var bucket))
            {
                _buckets[key] = bucket = new Bucket();
            }

            bucket.Add(entry);
        }

        return entry.Family;
    }

    /// <summary>Drops the oldest articles beyond the window (by count, then by date relative to <paramref name="date"/>).</summary>
    private void Expire(DateOnly? date)
    {
        while (_window.TryPeek(out var oldest) &&
               (_window.Count >= _options.OnlineWindowArticles ||
                (date is { } d && oldest.Date is { } o && d.DayNumber - o.DayNumber > _options.OnlineWindowDays)))
        {
            _window.Dequeue();
            foreach (var key in oldest.Keys)
            {
                if (_buckets.TryGetValue(key, out var bucket) && bucket.RemoveOldest(oldest) && bucket.Count == 0)
                {
                    _buckets.Remove(key);
                }
            }
        }
    }

    private sealed record Entry(ulong[] Set, ulong[] Sequence, FamilyId Family, long FamilyArrival, DateOnly? Date, ulong[] Keys)
    {
        // Identity, not structure: two entries are one only if they are the same article.
        public bool Equals(Entry? other) => ReferenceEquals(this, other);

        public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);
    }

    /// <summary>An LSH bucket: entries in arrival order; the oldest leave from the front.</summary>
    private sealed class Bucket
    {
        private Entry[] _items = new Entry[2];
        private int _head;
        private int _end;

        public int Count => _end - _head;

        public Entry this[int index] => _items[_head + index];

        public void Add(Entry entry)
        {
            if (_end == _items.Length)
            {
                if (_head > 0 && Count < _items.Length / 2)
                {
                    Array.Copy(_items, _head, _items, 0, Count);
                }
                else
                {
                    Array.Resize(ref _items, _items.Length * 2);
                    Array.Copy(_items, _head, _items, 0, Count);
                }

                (_end, _head) = (Count, 0);
                Array.Clear(_items, _end, _items.Length - _end);
            }

            _items[_end++] = entry;
        }

        /// <summary>Removes <paramref name="entry"/> if it is the oldest here (it always is: the window expires in arrival order).</summary>
        public bool RemoveOldest(Entry entry)
        {
            if (Count == 0 || !ReferenceEquals(_items[_head], entry))
            {
                return false;
            }

            _items[_head++] = null!;
            return true;
        }
    }
}
