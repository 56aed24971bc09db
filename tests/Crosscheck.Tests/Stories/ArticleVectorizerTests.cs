using Crosscheck.Model;
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

    [Fact]
    public void Month_names_are_not_terms()
    {
        var vectorizer = new ArticleVectorizer(ClusteringOptions.Default);

        vectorizer.Vectorise(TestArticles.Make("v3", "Glassworks harbour report for March 10", []));
        var dated = vectorizer.Length;
        vectorizer.Vectorise(TestArticles.Make("v4", "Glassworks harbour report for 10", []));

        // glasswork, harbour, report, 10: the month adds nothing.
        Assert.Equal(4, dated);
        Assert.Equal(dated, vectorizer.Length);
    }

    [Fact]
    public void A_short_text_counts_a_one_word_name_once_and_a_longer_name_as_an_extra_term()
    {
        var oneWord = TestArticles.Make("v5", "Glassworks fire closes Harbourton road", [], entities: [("Harbourton", EntityKind.Place)]);
        var twoWords = TestArticles.Make("v6", "Glassworks fire closes Harbourton Bay road", [], entities: [("Harbourton Bay", EntityKind.Place)]);
        var vectorizer = new ArticleVectorizer(ClusteringOptions.Default);

        vectorizer.Vectorise(oneWord);
        var oneWordTerms = vectorizer.Length;
        vectorizer.Vectorise(twoWords);

        // glasswork, fire, close, harbourton, road; the two-word name adds "bay" and the name itself.
        Assert.Equal(5, oneWordTerms);
        Assert.Equal(7, vectorizer.Length);
    }

    [Fact]
    public void A_full_text_keeps_a_one_word_name_as_an_extra_term()
    {
        var paragraph = string.Join(' ', Enumerable.Range(0, 30).Select(i => "word" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var article = TestArticles.Make("v7", "Harbourton", [paragraph], entities: [("Harbourton", EntityKind.Place)]);
        var vectorizer = new ArticleVectorizer(ClusteringOptions.Default);

        vectorizer.Vectorise(article);

        // harbourton, the 30 body words, and the name as an entity term.
        Assert.Equal(32, vectorizer.Length);
    }
}
