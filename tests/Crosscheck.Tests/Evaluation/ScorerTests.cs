using Crosscheck.Evaluation;

namespace Crosscheck.Tests.Evaluation;

public sealed class ScorerTests
{
    [Fact]
    public void Identical_bodies_score_one()
    {
        var page = ExtractionScorer.ScorePage("p", "The quick brown fox jumps over the lazy dog.", "The quick brown fox jumps over the lazy dog.");
        Assert.Equal(1.0, page.Precision);
        Assert.Equal(1.0, page.Recall);
    }

    [Fact]
    public void Extra_text_lowers_precision_not_recall()
    {
        // truth: 6 tokens → 3 shingles; prediction adds 2 tokens → 5 shingles, 3 shared.
        var page = ExtractionScorer.ScorePage("p", "one two three four five six seven eight", "one two three four five six");
        Assert.Equal(3.0 / 5.0, page.Precision!.Value, 6);
        Assert.Equal(1.0, page.Recall);
    }

    [Fact]
    public void Empty_prediction_is_left_out_of_precision_and_scores_zero_recall()
    {
        var empty = ExtractionScorer.ScorePage("a", "", "one two three four five");
        var perfect = ExtractionScorer.ScorePage("b", "alpha beta gamma delta", "alpha beta gamma delta");
        var score = ExtractionScorer.Aggregate([empty, perfect]);
        Assert.Null(empty.Precision);
        Assert.Equal(1.0, score.Precision, 6);
        Assert.Equal(0.5, score.Recall, 6);
        Assert.Equal(2 * 0.5 / 1.5, score.F1, 6);
    }

    [Fact]
    public void Short_texts_make_one_short_shingle_and_case_matters()
    {
        Assert.Equal(1.0, ExtractionScorer.ScorePage("p", "Hi there", "Hi there").Precision);
        Assert.Equal(0.0, ExtractionScorer.ScorePage("p", "hi there", "Hi there").Precision);
    }

    [Fact]
    public void Perfect_clustering_scores_one()
    {
        var score = ClusteringScorer.Score(["a", "a", "b"], ["x", "x", "y"]);
        Assert.Equal(1.0, score.BCubed.F1, 6);
        Assert.Equal(1.0, score.Pairwise.F1, 6);
        Assert.Equal(2, score.PredictedClusters);
    }

    [Fact]
    public void Merged_clusters_keep_recall_and_lose_precision()
    {
        // truth {1,2},{3,4}; predicted one cluster of 4.
        var score = ClusteringScorer.Score(["a", "a", "b", "b"], ["x", "x", "x", "x"]);
        Assert.Equal(1.0, score.BCubed.Recall, 6);
        Assert.Equal(0.5, score.BCubed.Precision, 6);
        Assert.Equal(2.0 / 6.0, score.Pairwise.Precision, 6);
        Assert.Equal(1.0, score.Pairwise.Recall, 6);
    }

    [Fact]
    public void Singletons_keep_precision_and_lose_recall()
    {
        var score = ClusteringScorer.Score(["a", "a", "a"], ["x", "y", "z"]);
        Assert.Equal(1.0, score.BCubed.Precision, 6);
        Assert.Equal(1.0 / 3.0, score.BCubed.Recall, 6);
        Assert.Equal(0.0, score.Pairwise.Recall, 6);
    }
}
