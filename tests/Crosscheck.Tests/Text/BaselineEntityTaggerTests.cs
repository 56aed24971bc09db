using Crosscheck.Model;

namespace Crosscheck.Tests.Text;

public sealed class BaselineEntityTaggerTests
{
    private static string Describe(AnnotatedArticle annotated) =>
        string.Join(" || ", annotated.Entities.Select(e => $"{e.Span.Of(annotated.Text)}:{e.Kind}{(e.Title is null ? "" : " [" + e.Title + "]")}"));

    [Theory]
    [InlineData(
        "Foreign Minister Elena Varga met Prime Minister Tomas Brandt in Valmora.",
        "Elena Varga:Person [Foreign Minister] || Tomas Brandt:Person [Prime Minister] || Valmora:Place")]
    [InlineData(
        "Officials said the Council for Regional Cooperation and the Ministry of Water Resources signed a deal.",
        "Council for Regional Cooperation:Organization || Ministry of Water Resources:Organization")]
    [InlineData(
        "The decision angered the Brevian Workers Party and the KLP, state broadcaster TVK said.",
        "Brevian Workers Party:Organization || KLP:Organization || TVK:Organization")]
    [InlineData(
        "Meanwhile, troops arrived in Dorvik on Monday.",
        "Dorvik:Place")]
    [InlineData(
        "Karelian troops crossed into Sorland after Gen. Piotr Malak gave the order.",
        "Sorland:Place || Piotr Malak:Person [Gen.]")]
    [InlineData(
        "An opposition spokesperson, speaking for rebel leader Ana Duro, denied it.",
        "Ana Duro:Person [rebel leader]")]
    [InlineData(
        "Analysts at the Institute of Sea Studies praised Marta Lind, who chairs the panel.",
        "Institute of Sea Studies:Organization || Marta Lind:Person")]
    public void Tags_made_up_sentences(string text, string expected)
    {
        Assert.Equal(expected, Describe(TextFixtures.Analyze(text)));
    }

    [Fact]
    public void Possessive_is_left_out_of_the_span()
    {
        var annotated = TextFixtures.Analyze("Officials said Ostravia's army moved to Kelm.");
        Assert.Contains(annotated.Entities, e => e.Span.Of(annotated.Text) == "Ostravia");
        Assert.DoesNotContain(annotated.Entities, e => e.Span.Of(annotated.Text).Contains('\'', StringComparison.Ordinal));
    }

    [Fact]
    public void Later_surname_mention_takes_the_person_type()
    {
        var annotated = TextFixtures.Analyze("Delmar Quist said the plan was sound. Reporters later asked Quist about costs.");
        var mentions = annotated.Entities.Where(e => e.Span.Of(annotated.Text).Contains("Quist", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, mentions.Count);
        Assert.All(mentions, m => Assert.Equal(EntityKind.Person, m.Kind));
    }

    [Fact]
    public void Sentence_initial_word_seen_in_lower_case_is_not_a_name()
    {
        var annotated = TextFixtures.Analyze("Police arrived at noon. The police then left Harlow.");
        Assert.Equal("Harlow:Place", Describe(annotated));
    }

    [Fact]
    public void Title_case_headline_keeps_only_words_capitalised_in_the_body()
    {
        const string text = "Marsh Leader Visits Tolvania for Trade Talks\n\nThe leader of Marsh arrived in Tolvania on Friday for talks on trade.";
        var article = TextFixtures.Article(text, TextFixtures.Day("2021-06-21"), new TextSpan(0, 44));
        var annotated = TextFixtures.Analyzer.Analyze(article);
        var headline = annotated.Entities.Where(e => e.Span.End <= 44).Select(e => e.Span.Of(text)).ToList();
        Assert.Equal(["Marsh", "Tolvania"], headline);
    }
}
