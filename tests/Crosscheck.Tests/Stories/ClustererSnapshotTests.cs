using System.Security.Cryptography;
using System.Text;
using Crosscheck.Evaluation;
using Crosscheck.Model;
using Crosscheck.Stories;

namespace Crosscheck.Tests.Stories;

/// <summary>
/// A clusterer saved with <see cref="ClustererSnapshot"/> and restored continues exactly as one
/// that never stopped: same story ids, same members in the same order, same ids returned by Add.
/// </summary>
public sealed class ClustererSnapshotTests
{
    /// <summary>Short retirement and frequent merge passes, so a few thousand articles cross both; headline labels learned and bigrams on.</summary>
    private static readonly ClusteringOptions Busy = ClusteringOptions.Default with
    {
        RetireAfterDays = 14, MergeEveryArticles = 300, AffixRepeats = 2, BigramWeight = 0.3f,
    };

    public static TheoryData<string, int[]> Cuts => new()
    {
        { "default", [1, 1234] },
        { "default", [2999] },
        { "busy", [300, 1777, 2500, 3001] },
    };

    [Theory]
    [MemberData(nameof(Cuts))]
    public void Synthetic_stream_resumed_from_snapshots_matches_one_pass(string settings, int[] cuts)
    {
        var options = settings == "busy" ? Busy : ClusteringOptions.Default;
        // 250 articles a day: 4,000 articles span 16 days, past the busy retirement of 14.
        var articles = new SyntheticNewsFeed(11, articlesPerDay: 250).Generate(4000).Select(a => a.Article).ToList();

        AssertResumeMatches(articles, null, options, cuts);
    }

    [Fact]
    public void Headline_stream_with_exact_times_resumed_from_a_snapshot_matches_one_pass()
    {
        AssertResumeMatches(UciHeadlines.Articles, UciHeadlines.Times, ClusteringOptions.Default, [999, 1800]);
    }

    [Fact]
    public void A_restored_clusterer_writes_the_same_bytes()
    {
        var clusterer = new StoryClusterer(Busy);
        foreach (var item in new SyntheticNewsFeed(5, articlesPerDay: 250).Generate(1500))
        {
            clusterer.Add(item.Article);
        }

        var bytes = ClustererSnapshot.Write(clusterer);

        Assert.True(ClustererSnapshot.TryRead(bytes, Busy, out var restored, out var problem), problem);
        Assert.Equal(bytes, ClustererSnapshot.Write(restored));
    }

    [Fact]
    public void A_snapshot_of_other_settings_is_refused()
    {
        var clusterer = new StoryClusterer(ClusteringOptions.Default);
        clusterer.Add(new SyntheticNewsFeed(3).Generate(1).Single().Article);
        var bytes = ClustererSnapshot.Write(clusterer);

        Assert.False(ClustererSnapshot.TryRead(bytes, ClusteringOptions.Default with { Threshold = 0.3 }, out var restored, out var problem));
        Assert.Null(restored);
        Assert.Contains("other clustering options", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Truncated_or_damaged_snapshots_are_refused_with_a_reason()
    {
        var bytes = SmallSnapshot();

        for (var length = 0; length < bytes.Length; length += Math.Max(1, length / 7))
        {
            Assert.False(ClustererSnapshot.TryRead(bytes[..length], ClusteringOptions.Default, out _, out var problem));
            Assert.False(string.IsNullOrEmpty(problem));
        }

        var random = new Random(17);
        for (var i = 0; i < 200; i++)
        {
            var damaged = (byte[])bytes.Clone();
            damaged[random.Next(damaged.Length)] ^= (byte)random.Next(1, 256);
            Assert.False(ClustererSnapshot.TryRead(damaged, ClusteringOptions.Default, out _, out var problem));
            Assert.False(string.IsNullOrEmpty(problem));
        }

        Assert.False(ClustererSnapshot.TryRead([.. bytes, 0], ClusteringOptions.Default, out _, out var padded));
        Assert.Contains("truncated or padded", padded, StringComparison.Ordinal);
    }

    [Fact]
    public void A_damaged_payload_with_a_matching_checksum_is_refused_or_restores_a_usable_clusterer()
    {
        var bytes = SmallSnapshot();
        var payloadStart = PayloadStart(bytes);
        var more = new SyntheticNewsFeed(9).Generate(80).Skip(60).Select(a => a.Article).ToList();
        var random = new Random(23);
        var refused = 0;
        for (var i = 0; i < 300; i++)
        {
            var damaged = (byte[])bytes.Clone();
            var at = random.Next(payloadStart, damaged.Length);
            damaged[at] = (byte)random.Next(256);
            SHA256.HashData(damaged.AsSpan(payloadStart)).CopyTo(damaged, payloadStart - 32);

            if (!ClustererSnapshot.TryRead(damaged, ClusteringOptions.Default, out var restored, out var problem))
            {
                Assert.StartsWith("the snapshot is damaged: ", problem, StringComparison.Ordinal);
                refused++;
                continue;
            }

            // Whatever passed the checks must keep working: no index outside its table.
            foreach (var article in more)
            {
                restored.Add(article);
            }

            restored.MergeConverged();
            Assert.Equal(more.Count + 60, restored.Stories.Sum(s => s.ArticleIds.Count));
        }

        Assert.True(refused > 0, "expected some damage to be detected");
    }

    /// <summary>
    /// Guards the snapshot against a field added later: each field of the clusterer's state types is
    /// either written by the snapshot or known not to need it: settings, scratch reset before each
    /// use, or rebuilt from the written fields (the vocabulary's hash table). A new field fails here
    /// until it is written (StoryClusterer.Snapshot.cs and friends, with
    /// ClustererSnapshot.FormatVersion bumped) or added to the second list.
    /// </summary>
    [Theory]
    [InlineData(typeof(StoryClusterer),
        "_vectorizer _stories _touched _grown _live _postings _slots _dense _stamp _storiesFounded _articleFloor _articleNumber _latestHours",
        "_options _candidates _top _ranked _heaviest _passStories _pool _snapshot _held")]
    [InlineData(typeof(StoryState),
        "_members _termSum <Id>k__BackingField <Ordinal>k__BackingField <Centroid>k__BackingField <PostedTerms>k__BackingField <CentroidNorm>k__BackingField " +
        "<Time>k__BackingField <MergedInto>k__BackingField <MemberVectors>k__BackingField",
        "")]
    [InlineData(typeof(TermVocabulary), "_terms _documentFrequency <Documents>k__BackingField", "_slots _hashes")]
    [InlineData(typeof(ArticleVectorizer), "_vocabulary _trimmer", "<options>P _seen _counts _terms _weights _entityBuffer <Length>k__BackingField")]
    [InlineData(typeof(HeadlineAffixTrimmer), "_seen", "_lookup _key _repeats")]
    [InlineData(typeof(MemberVector), "_terms _weights _length", "")]
    public void Every_field_of_the_clusterer_state_is_saved_or_known_scratch(Type type, string saved, string notSaved)
    {
        var known = (saved + " " + notSaved).Split(' ', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal);
        var fields = type.GetFields(System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Public)
            .Select(f => f.Name).Order(StringComparer.Ordinal);

        Assert.Equal(known, fields);
    }

    private static byte[] SmallSnapshot()
    {
        var clusterer = new StoryClusterer(ClusteringOptions.Default);
        foreach (var item in new SyntheticNewsFeed(9).Generate(60))
        {
            clusterer.Add(item.Article);
        }

        return ClustererSnapshot.Write(clusterer);
    }

    /// <summary>Where the payload starts: after the magic, version, stage id, options text, length and checksum.</summary>
    private static int PayloadStart(byte[] bytes)
    {
        using var reader = new BinaryReader(new MemoryStream(bytes), Encoding.UTF8);
        reader.ReadBytes(8);
        reader.ReadInt32();
        reader.ReadString();
        reader.ReadString();
        var length = reader.ReadInt64();
        Assert.Equal(bytes.Length - length - 32, reader.BaseStream.Position);
        return (int)(bytes.Length - length);
    }

    /// <summary>
    /// Clusters the stream once, and again stopping at each cut: the stopped run writes a snapshot,
    /// runs its final merge pass (as a pipeline run ends), and the next run restores the snapshot.
    /// A snapshot leaves out the stories released from the index, which never change again: they
    /// are taken from the stopped run (as the pipeline takes them from the store) and placed among
    /// the restored clusterer's stories by ordinal.
    /// </summary>
    private static void AssertResumeMatches(
        IReadOnlyList<AnnotatedArticle> articles, IReadOnlyList<DateTimeOffset?>? times, ClusteringOptions options, int[] cuts)
    {
        var once = new StoryClusterer(options);
        var onceIds = new List<StoryId>();
        for (var i = 0; i < articles.Count; i++)
        {
            onceIds.Add(once.Add(articles[i], times?[i]));
        }

        once.MergeConverged();

        var resumed = new StoryClusterer(options);
        var resumedIds = new List<StoryId>();
        var released = new List<HeldStory>();
        var from = 0;
        foreach (var cut in cuts.Append(articles.Count))
        {
            for (var i = from; i < cut; i++)
            {
                resumedIds.Add(resumed.Add(articles[i], times?[i]));
            }

            from = cut;
            var bytes = ClustererSnapshot.Write(resumed);
            var before = resumed.Held;
            resumed.MergeConverged();
            Assert.True(ClustererSnapshot.TryRead(bytes, options, out var restored, out var problem), problem);
            var kept = restored.Held.Select(h => h.Ordinal).ToHashSet();
            released.AddRange(before.Where(h => !kept.Contains(h.Ordinal) && !h.MergedAway));
            resumed = restored;
        }

        resumed.MergeConverged();
        Assert.True(once.Stories.Count > 20, "expected many stories");
        Assert.Equal(onceIds, resumedIds);
        Assert.Equal(Describe(once), Describe(released.Concat(resumed.Held.Where(h => !h.MergedAway)).OrderBy(h => h.Ordinal).Select(h => h.Story)));
        if (options.RetireAfterDays < 16)
        {
            Assert.NotEmpty(released);
        }
    }

    private static List<string> Describe(IEnumerable<StoryCluster> stories) =>
        [.. stories.Select(s => s.Id + ": " + string.Join(",", s.ArticleIds))];

    private static List<string> Describe(StoryClusterer clusterer) => Describe(clusterer.Stories);
}
