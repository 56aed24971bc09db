using Crosscheck.Stories;

namespace Crosscheck.Tests.Stories;

public sealed class ArticleVectorizerTests
{
    [Fact]
    public void Bigrams_add_one_term_per_pair_of_neighbouring_content_words()
    {
        // "the" is a stop word: it is skipped, so "closes harbour" is a pair.
        var headline = TestArticles.Make("v1", "Glassworks fire closes the harbour road", []);
        var plain = new ArticleVectorizer(ClusteringOptions.Default with { BigramWeight = 0 });
        var paired = new ArticleVectorizer(ClusteringOptions.Default with { BigramWeight = 0.5f });

        plain.Vectorise(headline);
        paired.Vectorise(headline);

        Assert.Equal(5, plain.Length);
        Assert.Equal(9, paired.Length);
        var norm = 0.0;
        foreach (var weight in paired.Weights)
        {
            norm += weight * weight;
        }

        Assert.Equal(1.0, norm, 5);
    }

    [Fact]
    public void A_trimmed_publisher_label_adds_no_terms()
    {
        var labelled = TestArticles.Make("v2", "Glassworks fire closes the harbour road - KXYZ News", []);
        var trimmed = new ArticleVectorizer(ClusteringOptions.Default with { AffixRepeats = 2 });
        var untrimmed = new ArticleVectorizer(ClusteringOptions.Default with { AffixRepeats = 0 });

        trimmed.Vectorise(labelled with { Article = labelled.Article with { Metadata = labelled.Article.Metadata with { Outlet = "KXYZ" } } });
        untrimmed.Vectorise(labelled);

        Assert.Equal(5, trimmed.Length);
        Assert.Equal(7, untrimmed.Length);
    }
}
