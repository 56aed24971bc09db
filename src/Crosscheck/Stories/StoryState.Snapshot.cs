using Crosscheck.Model;

namespace Crosscheck.Stories;

/// <summary>A story's part of a clusterer snapshot (<see cref="ClustererSnapshot"/>).</summary>
internal sealed partial class StoryState
{
    /// <summary>
    /// Writes every field but the scratch of a merge pass. The centroid is written in its enumeration order and read back in that
    /// order: it is only ever added to or cleared, so the restored dictionary enumerates alike, and
    /// sums and sorts over it give the same floats and the same ties.
    /// </summary>
    public void WriteState(SnapshotWriter writer)
    {
        writer.String(Id.Value);
        writer.Int(Ordinal);
        writer.Count(_members.Count);
        foreach (var (arrival, article) in _members)
        {
            writer.Int(arrival);
            writer.String(article.Value);
        }

        writer.Long(_termSum);
        writer.Count(Centroid.Count);
        foreach (var (term, weight) in Centroid)
        {
            writer.Int(term);
            writer.Float(weight);
        }

        writer.Double(CentroidNorm);
        // Sorted: the set is never enumerated, so its order is free, and a canonical order makes
        // a restored clusterer write the same bytes.
        var posted = new int[PostedTerms.Count];
        PostedTerms.CopyTo(posted);
        Array.Sort(posted);
        writer.Count(posted.Length);
        foreach (var term in posted)
        {
            writer.Int(term);
        }

        writer.Bool(Time is not null);
        if (Time is { } time)
        {
            writer.Double(time.StartHours);
            writer.Double(time.EndHours);
        }

        writer.Int(MergedInto);
        writer.Count(MemberVectors.Count);
        foreach (var vector in MemberVectors)
        {
            vector.WriteState(writer);
        }
    }

    /// <summary>
    /// Reads a story written by <see cref="WriteState"/>; terms must lie in the vocabulary, the
    /// ordinal above <paramref name="previousOrdinal"/> and below <paramref name="ordinals"/>, and
    /// a merge target among the stories.
    /// </summary>
    public static StoryState ReadState(SnapshotReader reader, int vocabularySize, int storyCount, int previousOrdinal, int ordinals)
    {
        var id = reader.String();
        if (id.Length == 0)
        {
            throw new InvalidDataException("a story has an empty id");
        }

        var ordinal = reader.Int();
        if (ordinal <= previousOrdinal || ordinal >= ordinals)
        {
            throw new InvalidDataException($"story {id} has ordinal {ordinal}, not between {previousOrdinal} and {ordinals}");
        }

        var story = new StoryState(new StoryId(id), ordinal);
        var members = reader.Count(5, "story members");
        for (var i = 0; i < members; i++)
        {
            var arrival = reader.Int();
            story._members.Add((arrival, new ArticleId(reader.String())));
        }

        story._termSum = reader.Long();
        var centroid = reader.Count(8, "centroid terms");
        story.Centroid.EnsureCapacity(centroid);
        for (var i = 0; i < centroid; i++)
        {
            var term = reader.Index(vocabularySize, "centroid term");
            if (!story.Centroid.TryAdd(term, reader.Float()))
            {
                throw new InvalidDataException($"story {id}: centroid term {term} repeats");
            }
        }

        story.CentroidNorm = reader.Double();
        var posted = reader.Count(4, "posted terms");
        for (var i = 0; i < posted; i++)
        {
            story.PostedTerms.Add(reader.Index(vocabularySize, "posted term"));
        }

        if (reader.Bool())
        {
            story.Time = new TimeRange(reader.Double(), reader.Double());
        }

        story.MergedInto = reader.Index(storyCount, "merge target", min: -1);
        var vectors = reader.Count(4, "member vectors");
        for (var i = 0; i < vectors; i++)
        {
            story.MemberVectors.Add(MemberVector.ReadState(reader, vocabularySize));
        }

        return story;
    }
}
