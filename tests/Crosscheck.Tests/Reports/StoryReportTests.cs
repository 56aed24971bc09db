using Crosscheck.Model;
using Crosscheck.Reports;
using Crosscheck.Tests.Storage;

namespace Crosscheck.Tests.Reports;

public sealed class StoryReportTests
{
    [Fact]
    public void Sources_are_numbered_in_story_order_with_their_families()
    {
        var story = TestCorpus.Story();
        var report = StoryReport.Create(story, TestCorpus.Articles);

        Assert.Equal([1, 2, 3], report.Sources.Select(s => s.Number));
        Assert.Equal(story.Story.ArticleIds, report.Sources.Select(s => s.ArticleId));
        Assert.Equal([story.Families[0].Id, story.Families[1].Id, story.Families[1].Id], report.Sources.Select(s => s.FamilyId));
        Assert.Equal(["Northern Ledger", "Valley Post", "Coast Herald"], report.Sources.Select(s => s.Outlet));
        Assert.Equal("AP", report.Sources[2].FamilyOrigin);
    }

    [Fact]
    public void Facts_are_grouped_by_status_and_the_matrix_maps_sources_to_variants()
    {
        var report = StoryReport.Create(TestCorpus.Story(), TestCorpus.Articles);

        Assert.Equal(["q1"], report.Conflicts.Select(f => f.Id));
        Assert.Equal(["t1"], report.SingleSourceClaims.Select(f => f.Id));
        Assert.Equal(["d1", "q2"], report.SettledFacts.Select(f => f.Id));
        Assert.Equal(["q1", "t1", "d1", "q2"], report.Matrix.Select(r => r.Fact.Id));

        var killed = report.Matrix[0];
        Assert.Equal([[0], [1], [1]], killed.VariantsBySource.Select(c => c.ToArray()));
        var quote = report.Matrix[1];
        Assert.Equal([[0], [], []], quote.VariantsBySource.Select(c => c.ToArray()));
    }

    [Fact]
    public void Quotes_come_from_the_original_text_and_missing_articles_are_tolerated()
    {
        var story = TestCorpus.Story();
        var report = StoryReport.Create(story, [TestCorpus.Ledger.Article]);

        Assert.Equal("\"We are still digging,\"", report.Quote(story.Facts[2].Variants[0].Sources[0]));
        Assert.Equal("", report.Quote(story.Facts[0].Variants[1].Sources[0]));
        Assert.Equal("", report.Quote(new SourceRef(TestCorpus.Ledger.Id, new TextSpan(5, 100_000))));
        Assert.Equal(TestCorpus.ValleyPost.Id.Value, report.Sources[1].Title);
        Assert.Null(report.Sources[1].Outlet);
        Assert.Equal([1, 3], report.CitationNumbers([TestCorpus.CoastHerald.Id, TestCorpus.Ledger.Id, TestCorpus.Ledger.Id]));
    }

    [Fact]
    public void Articles_cited_outside_the_cluster_are_still_numbered()
    {
        var story = TestCorpus.Story() with
        {
            Story = new StoryCluster(StoryId.FoundedBy(TestCorpus.Ledger.Id), [TestCorpus.Ledger.Id]),
        };
        var report = StoryReport.Create(story, TestCorpus.Articles);

        Assert.Equal(3, report.Sources.Count);
        Assert.Equal(TestCorpus.Ledger.Id, report.Sources[0].ArticleId);
        Assert.Equal(3, report.Matrix[0].VariantsBySource.Count);
    }

    [Fact]
    public void A_text_one_source_says_twice_in_the_same_words_is_quoted_once()
    {
        var report = StoryReport.Create(TestCorpus.Story(), TestCorpus.Articles);
        var text = TestCorpus.Ledger.Text;
        var first = text.IndexOf("Tarrowby", StringComparison.Ordinal);
        var second = text.IndexOf("Tarrowby", first + 1, StringComparison.Ordinal);
        Assert.True(second > first, "the test needs a word the article writes twice");
        SourceRef[] references =
        [
            new(TestCorpus.Ledger.Id, new TextSpan(first, first + 8)),
            TestCorpus.Ref(TestCorpus.CoastHerald, "Tarrowby"),
            new(TestCorpus.Ledger.Id, new TextSpan(second, second + 8)),
        ];

        var quotes = report.DistinctQuotes(references);

        Assert.Equal([(1, "Tarrowby"), (3, "Tarrowby")], quotes.Select(q => (q.Source.Number, q.Quote)));
    }
}
