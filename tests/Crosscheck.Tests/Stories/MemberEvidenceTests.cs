using Crosscheck.Model;
using Crosscheck.Stories;

namespace Crosscheck.Tests.Stories;

/// <summary>Issue 5: member-level evidence (the second chance and the member floor) next to the centroid.</summary>
public sealed class MemberEvidenceTests
{
    private static readonly DateOnly Day = new(2031, 6, 9);

    /// <summary>Centroid thresholds no article can reach, and no merge pass.</summary>
    private static ClusteringOptions CentroidOff => ClusteringOptions.Default with
    {
        Threshold = 0.99,
        ShortTextThreshold = 0.99,
        MergeThreshold = 2.0,
    };

    private static AnnotatedArticle[] Headlines() =>
    [
        TestArticles.Headline("s1", "Glassworks fire closes Orvend harbour road", Day),
        TestArticles.Headline("s2", "Unrelated chess final ends in a draw", Day),
        TestArticles.Headline("s3", "Orvend glassworks fire closes harbour road", Day),
    ];

    private static IReadOnlyList<StoryCluster> Cluster(ClusteringOptions options, IEnumerable<AnnotatedArticle> articles)
    {
        var clusterer = new StoryClusterer(options);
        foreach (var article in articles)
        {
            clusterer.Add(article);
        }

        clusterer.MergeConverged();
        return clusterer.Stories;
    }

    [Fact]
    public void Second_chance_joins_a_near_copy_of_one_member_when_the_centroid_misses()
    {
        var articles = Headlines();

        var stories = Cluster(CentroidOff, articles);

        Assert.Equal(2, stories.Count);
        Assert.Equal([articles[0].Id, articles[2].Id], stories[0].ArticleIds);
    }

    [Fact]
    public void Without_second_chance_the_near_copy_founds_its_own_story()
    {
        var stories = Cluster(CentroidOff with { MemberCandidates = 0 }, Headlines());

        Assert.Equal(3, stories.Count);
    }

    [Fact]
    public void Second_chance_ignores_a_loosely_related_headline()
    {
        AnnotatedArticle[] articles =
        [
            TestArticles.Headline("s1", "Glassworks fire closes Orvend harbour road", Day),
            TestArticles.Headline("s4", "Orvend council votes on new harbour budget", Day),
        ];

        var stories = Cluster(CentroidOff, articles);

        Assert.Equal(2, stories.Count);
    }

    [Fact]
    public void Member_floor_rejects_a_centroid_match_unlike_every_member()
    {
        // A permissive centroid threshold lets the shared place name carry the match; the floor,
        // set above any member similarity here, sends the article to a story of its own.
        var loose = ClusteringOptions.Default with { Threshold = 0.01, ShortTextThreshold = 0.01, MergeThreshold = 2.0, MemberCandidates = 0 };
        AnnotatedArticle[] articles =
        [
            TestArticles.Headline("s1", "Glassworks fire closes Orvend harbour road", Day),
            TestArticles.Headline("s4", "Orvend council votes on new harbour budget", Day),
        ];

        Assert.Single(Cluster(loose with { MemberFloor = 0 }, articles));
        Assert.Equal(2, Cluster(loose with { MemberFloor = 0.9 }, articles).Count);
    }
}
