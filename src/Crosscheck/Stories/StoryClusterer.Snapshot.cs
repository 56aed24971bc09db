namespace Crosscheck.Stories;

/// <summary>
/// The clusterer's part of a snapshot (<see cref="ClustererSnapshot"/>): every field that a later
/// <see cref="Add(Crosscheck.Model.AnnotatedArticle, DateTimeOffset?)"/> or
/// <see cref="MergeConverged"/> reads, so that a restored clusterer continues exactly as the
/// one that wrote it. Scratch buffers that are zero or cleared between calls are not written;
/// arrays whose length decides when they grow keep their length.
/// </summary>
public sealed partial class StoryClusterer
{
    /// <summary>The settings this clusterer runs with.</summary>
    internal ClusteringOptions Options => _options;

    /// <summary>
    /// Writes the state, leaving out the stories that nothing reads or changes again: those
    /// merged away or released from the index (no longer in <see cref="_live"/>), and those
    /// retired since the last release that no merge pass is due to look at (not in
    /// <see cref="_touched"/>; no retrieval returns a retired story, so none can join or absorb
    /// it). The others are renumbered in order, so every comparison between story indices (ties,
    /// merge direction, candidate order) comes out as before, and only their posting entries are
    /// kept: the walk drops the others when it meets them, without other effect.
    /// </summary>
    internal void WriteState(SnapshotWriter writer)
    {
        var index = new int[_stories.Count];
        Array.Fill(index, -1);
        var kept = new List<int>(_live.Count);
        var retiredBefore = RetiredBeforeHours;
        foreach (var live in _live)
        {
            if (_stories[live].MergedInto < 0 && (_slots[live].EndHours >= retiredBefore || _touched.Contains(live)))
            {
                index[live] = kept.Count;
                kept.Add(live);
            }
        }

        WriteVocabulary(writer);
        writer.Int(_articleNumber);
        writer.Double(_articleFloor);
        writer.Double(_latestHours);
        writer.Int(_stamp);
        writer.Int(_storiesFounded);
        writer.Count(kept.Count);
        foreach (var story in kept)
        {
            _stories[story].WriteState(writer);
        }

        writer.Count(SlotsFor(kept.Count));
        foreach (var story in kept)
        {
            var slot = _slots[story];
            writer.Int(slot.Stamp);
            writer.Float(slot.Shared);
            writer.Bool(slot.Dead);
            writer.Double(slot.StartHours);
            writer.Double(slot.EndHours);
        }

        WriteIndices(writer, _touched, index, all: true);
        WriteIndices(writer, _grown, index, all: true);
        WriteIndices(writer, _live, index, all: false);
        var lists = 0;
        foreach (var posting in _postings)
        {
            lists += posting is not null && posting.Exists(story => index[story] >= 0) ? 1 : 0;
        }

        writer.Count(_postings.Length);
        writer.Count(lists);
        for (var term = 0; term < _postings.Length; term++)
        {
            if (_postings[term] is { } posting && posting.Exists(story => index[story] >= 0))
            {
                writer.Int(term);
                WriteIndices(writer, posting, index, all: false);
            }
        }

        writer.Count(_dense.Length);
    }

    /// <summary>Writes the vectorizer's part of <see cref="WriteState"/>, which comes first.</summary>
    internal void WriteVocabulary(SnapshotWriter writer) => _vectorizer.WriteState(writer);

    /// <summary>A clusterer with <paramref name="options"/> in the state <see cref="WriteState"/> wrote.</summary>
    internal static StoryClusterer ReadState(SnapshotReader reader, ClusteringOptions options)
    {
        var clusterer = new StoryClusterer(options);
        clusterer._vectorizer.ReadState(reader);
        var vocabulary = clusterer._vectorizer.VocabularySize;
        clusterer._articleNumber = reader.Size(0, int.MaxValue, "article number");
        clusterer._articleFloor = reader.Double();
        clusterer._latestHours = reader.Double();
        clusterer._stamp = reader.Int();
        clusterer._storiesFounded = reader.Size(0, int.MaxValue, "stories founded");
        var stories = clusterer._stories;
        var count = reader.Count(16, "stories");
        stories.Capacity = count;
        for (var i = 0; i < count; i++)
        {
            stories.Add(StoryState.ReadState(reader, vocabulary, count, i == 0 ? -1 : stories[i - 1].Ordinal, clusterer._storiesFounded));
        }

        // At least one slot, and one per story: a new story's slot is added when the array is full.
        clusterer._slots = new StorySlot[reader.Size(SlotsFor(count), SlotsFor(count), "story slots")];
        for (var i = 0; i < count; i++)
        {
            ref var slot = ref clusterer._slots[i];
            slot.Stamp = reader.Int();
            slot.Shared = reader.Float();
            slot.Dead = reader.Bool();
            slot.StartHours = reader.Double();
            slot.EndHours = reader.Double();
        }

        ReadIndices(reader, clusterer._touched, count, "changed story");
        ReadIndices(reader, clusterer._grown, count, "grown story");
        ReadIndices(reader, clusterer._live, count, "live story");
        clusterer._postings = new List<int>?[reader.Size(0, GrownLength(vocabulary, 1024), "posting lists")];
        var lists = reader.Count(8, "non-empty posting lists");
        for (var i = 0; i < lists; i++)
        {
            var term = reader.Index(Math.Min(vocabulary, clusterer._postings.Length), "posted term");
            if (clusterer._postings[term] is not null)
            {
                throw new InvalidDataException($"the posting list of term {term} repeats");
            }

            var posting = new List<int>();
            ReadIndices(reader, posting, count, "posted story");
            clusterer._postings[term] = posting;
        }

        clusterer._dense = new float[reader.Size(Math.Max(1, vocabulary), GrownLength(vocabulary, 1024), "dense vector length")];
        return clusterer;
    }

    /// <summary>The longest an array indexed below <paramref name="used"/> can have grown from <paramref name="initial"/> by doubling.</summary>
    private static int GrownLength(int used, int initial) => (int)Math.Min(int.MaxValue, Math.Max(initial, 2L * used + 1));

    /// <summary>The story slots a restored clusterer of <paramref name="stories"/> stories starts with (they grow by doubling when full).</summary>
    private static int SlotsFor(int stories) => Math.Max(256, stories);

    /// <summary>
    /// Writes the kept ones of <paramref name="indices"/> as their new numbers (<paramref name="index"/>,
    /// -1 for a story left out); with <paramref name="all"/> every one must be kept.
    /// </summary>
    private static void WriteIndices(SnapshotWriter writer, IReadOnlyCollection<int> indices, int[] index, bool all)
    {
        var kept = 0;
        foreach (var story in indices)
        {
            kept += index[story] >= 0 ? 1 : 0;
        }

        if (all && kept != indices.Count)
        {
            throw new InvalidOperationException("A story that can still change was left out of the snapshot.");
        }

        writer.Count(kept);
        foreach (var story in indices)
        {
            if (index[story] >= 0)
            {
                writer.Int(index[story]);
            }
        }
    }

    private static void ReadIndices(SnapshotReader reader, ICollection<int> indices, int limit, string what)
    {
        var count = reader.Count(4, what + "s");
        for (var i = 0; i < count; i++)
        {
            indices.Add(reader.Index(limit, what));
        }
    }
}
