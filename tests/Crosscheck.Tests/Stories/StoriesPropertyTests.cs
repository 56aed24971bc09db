using Crosscheck.Model;
using Crosscheck.Stories;
using CsCheck;

namespace Crosscheck.Tests.Stories;

public sealed class StoriesPropertyTests
{
    /// <summary>Text mixing words, apostrophes, quotes, dashes, digits, accents and surrogate pairs.</summary>
    private static readonly Gen<string> Text =
        Gen.String[Gen.OneOf(Gen.Char["aeiouAEIOUxyz'\u2019\u201C\u201D- .,()0123\u00E9\n"], Gen.Char), 0, 300];

    [Fact]
    public void Words_lie_inside_the_text_in_order()
    {
        Text.Sample(text =>
        {
            var from = 0;
            while (WordScanner.TryNext(text, from, out var start, out var end))
            {
                Assert.True(start >= from && end > start && end <= text.Length);
                from = end;
            }
        });
    }

    [Fact]
    public void Stemmer_never_grows_a_word()
    {
        Gen.String[Gen.Char["abcdeginsy"], 0, 20].Sample(word =>
        {
            var buffer = word.ToCharArray();
            var length = LightStemmer.Stem(buffer);
            Assert.InRange(length, Math.Min(word.Length, 3), word.Length);
        });
    }

    [Fact]
    public void Clusterer_and_detector_accept_any_text()
    {
        Gen.Select(Text, Text, Text).Array[1, 6].Sample(items =>
        {
            var articles = items.Select((t, i) => TestArticles.Make("p" + i, t.Item1, [t.Item2, t.Item3])).ToList();
            var clusterer = new StoryClusterer(ClusteringOptions.Default);
            foreach (var article in articles)
            {
                clusterer.Add(article);
            }

            Assert.Equal(articles.Count, clusterer.Stories.Sum(s => s.ArticleIds.Count));
            var families = new SyndicationDetector(SyndicationOptions.Default).Detect(articles);
            Assert.Equal(articles.Count, families.Sum(f => f.ArticleIds.Count));
        }, iter: 200);
    }
}
