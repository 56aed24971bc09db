using Crosscheck.Model;
using Crosscheck.Stories;

namespace Crosscheck.Tests.Stories;

public sealed class StoryMergeTests
{
    private static readonly DateOnly Day = new(2031, 5, 2);

    /// <summary>
    /// Thresholds so strict (and no second chance) that each headline founds its own story; only a
    /// merge pass can join them.
    /// </summary>
    private static ClusteringOptions Strict(double mergeThreshold) => ClusteringOptions.Default with
    {
        Threshold = 0.99,
        ShortTextThreshold = 0.99,
        MergeThreshold = mergeThreshold,
        MergeEveryArticles = 0,
        MemberCandidates = 0,
    };

    private static AnnotatedArticle[] Headlines() =>
    [
        TestArticles.Headline("m1", "Glassworks fire closes Orvend harbour road", Day),
        TestArticles.Headline("m2", "Unrelated chess final ends in a draw", Day),
        TestArticles.Headline("m3", "Orvend glassworks fire: harbour road still closed", Day),
    ];

    [Fact]
    public void Merge_pass_folds_a_converged_story_into_the_older_one()
    {
        var clusterer = new StoryClusterer(Strict(0.3));
        var articles = Headlines();
        foreach (var article in articles)
        {
            clusterer.Add(article);
        }

        Assert.Equal(3, clusterer.Stories.Count);
        clusterer.MergeConverged();

        Assert.Equal(2, clusterer.Stories.Count);
        var fire = clusterer.Stories[0];
        Assert.Equal(StoryId.FoundedBy(articles[0].Id), fire.Id);
        Assert.Equal([articles[0].Id, articles[2].Id], fire.ArticleIds);
        Assert.Equal([articles[1].Id], clusterer.Stories[1].ArticleIds);
    }

    [Fact]
    public void Merging_can_be_switched_off()
    {
        var clusterer = new StoryClusterer(Strict(2.0));
        foreach (var article in Headlines())
        {
            clusterer.Add(article);
        }

        clusterer.MergeConverged();

        Assert.Equal(3, clusterer.Stories.Count);
    }

    [Fact]
    public void Periodic_merge_gives_the_same_result_as_a_final_merge_on_this_stream()
    {
        var periodic = new StoryClusterer(Strict(0.3) with { MergeEveryArticles = 1 });
        foreach (var article in Headlines())
        {
            periodic.Add(article);
        }

        Assert.Equal(2, periodic.Stories.Count);
    }

    [Theory]
    [InlineData(0.05, 2)]
    [InlineData(1.0, 3)]
    public void A_lone_headline_joins_a_larger_story_on_the_singleton_threshold(double singletonThreshold, int stories)
    {
        var options = Strict(0.9) with { MemberCandidates = 3, MemberThreshold = 0.6, SingletonMergeThreshold = singletonThreshold };
        var clusterer = new StoryClusterer(options);
        AnnotatedArticle[] articles =
        [
            TestArticles.Headline("s1", "Glassworks fire closes Orvend harbour road", Day),
            TestArticles.Headline("s2", "Glassworks fire closes Orvend harbour road again", Day),
            TestArticles.Headline("s3", "Unrelated chess final ends in a draw", Day),
            TestArticles.Headline("s4", "Orvend harbour traders count the cost", Day),
        ];
        foreach (var article in articles)
        {
            clusterer.Add(article);
        }

        clusterer.MergeConverged();

        Assert.Equal(stories, clusterer.Stories.Count);
        Assert.Equal([articles[2].Id], clusterer.Stories[1].ArticleIds);
        Assert.Equal(singletonThreshold < 1, clusterer.Stories[0].ArticleIds.Contains(articles[3].Id));
    }

    [Theory]
    [InlineData(2, 2)]
    [InlineData(1, 3)]
    public void A_small_story_joins_a_larger_story_on_the_singleton_threshold(int smallStoryMembers, int stories)
    {
        var options = Strict(0.9) with
        {
            MemberCandidates = 3,
            MemberThreshold = 0.6,
            SingletonMergeThreshold = 0.05,
            SmallStoryMembers = smallStoryMembers,
        };
        var clusterer = new StoryClusterer(options);
        AnnotatedArticle[] articles =
        [
            TestArticles.Headline("b1", "glassworks fire closes orvend harbour road", Day),
            TestArticles.Headline("b2", "glassworks fire closes orvend harbour road again", Day),
            TestArticles.Headline("b3", "glassworks fire still closes orvend harbour road", Day),
            TestArticles.Headline("c1", "unrelated chess final ends in a draw", Day),
            TestArticles.Headline("t1", "orvend harbour traders count the cost", Day),
            TestArticles.Headline("t2", "orvend harbour traders count the cost today", Day),
        ];
        foreach (var article in articles)
        {
            clusterer.Add(article);
        }

        Assert.Equal(3, clusterer.Stories.Count);
        clusterer.MergeConverged();

        Assert.Equal(stories, clusterer.Stories.Count);
        Assert.Equal([articles[3].Id], clusterer.Stories[1].ArticleIds);
        Assert.Equal(smallStoryMembers >= 2, clusterer.Stories[0].ArticleIds.Contains(articles[5].Id));
    }

    [Fact]
    public void A_story_that_took_in_another_is_checked_again_in_the_same_pass()
    {
        // Neither old story resembles the other; the newcomer bridges them, and once it has joined
        // the first, the grown story resembles the second.
        var options = Strict(0.25) with { SingletonMergeThreshold = 1.0 };
        var clusterer = new StoryClusterer(options);
        var first = TestArticles.Headline("r1", "orvend glassworks fire harbour", Day);
        var second = TestArticles.Headline("r2", "kelm bridge collapse river", Day);
        var bridge = TestArticles.Headline("r3", "orvend glassworks fire kelm bridge collapse", Day);
        clusterer.Add(first);
        clusterer.Add(second);
        clusterer.MergeConverged();
        Assert.Equal(2, clusterer.Stories.Count);

        clusterer.Add(bridge);
        clusterer.MergeConverged();

        var story = Assert.Single(clusterer.Stories);
        Assert.Equal([first.Id, second.Id, bridge.Id], story.ArticleIds);
    }
}
