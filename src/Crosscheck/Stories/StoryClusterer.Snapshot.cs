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

    internal void WriteState(SnapshotWriter writer)
    {
        _vectorizer.WriteState(writer);
        writer.Int(_articleNumber);
        writer.Double(_articleFloor);
        writer.Double(_latestHours);
        writer.Int(_stamp);
        writer.Count(_stories.Count);
        foreach (var story in _stories)
        {
            story.WriteState(writer);
        }

        writer.Count(_slots.Length);
        for (var i = 0; i < _stories.Count; i++)
        {
            var slot = _slots[i];
            writer.Int(slot.Stamp);
            writer.Float(slot.Shared);
            writer.Bool(slot.Dead);
            writer.Double(slot.StartHours);
            writer.Double(slot.EndHours);
        }

        WriteIndices(writer, _touched);
        WriteIndices(writer, _grown);
        WriteIndices(writer, _live);
        var lists = 0;
        foreach (var posting in _postings)
        {
            lists += posting is null ? 0 : 1;
        }

        writer.Count(_postings.Length);
        writer.Count(lists);
        for (var term = 0; term < _postings.Length; term++)
        {
            if (_postings[term] is { } posting)
            {
                writer.Int(term);
                WriteIndices(writer, posting);
            }
        }

        writer.Count(_dense.Length);
    }

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
        var stories = clusterer._stories;
        var count = reader.Count(16, "stories");
        stories.Capacity = count;
        for (var i = 0; i < count; i++)
        {
            stories.Add(StoryState.ReadState(reader, vocabulary, count));
        }

        // At least one slot, and one per story: a new story's slot is added when the array is full.
        clusterer._slots = new StorySlot[reader.Size(Math.Max(1, count), GrownLength(count, 256), "story slots")];
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

    private static void WriteIndices(SnapshotWriter writer, ICollection<int> indices)
    {
        writer.Count(indices.Count);
        foreach (var index in indices)
        {
            writer.Int(index);
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
