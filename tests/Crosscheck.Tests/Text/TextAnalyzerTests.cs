using CsCheck;
using Crosscheck.Model;
using Crosscheck.Text;

namespace Crosscheck.Tests.Text;

public sealed class TextAnalyzerTests
{
    [Fact]
    public void Layers_point_into_the_article_text_for_title_and_body()
    {
        const string text = "Fleet Sails to Harlow\n\nBy A. Writer\n\nThe fleet left Harlow on Sunday with 12 ships. It returns next week.";
        var titleSpan = new TextSpan(0, 21);
        var body = new List<TextSpan> { new(text.IndexOf("The fleet", StringComparison.Ordinal), text.Length) };
        var article = TextFixtures.Article(text, TextFixtures.Day("2021-06-21"), titleSpan) with { Body = body };
        var annotated = TextFixtures.Analyzer.Analyze(article);

        Assert.Equal(["Fleet Sails to Harlow", "The fleet left Harlow on Sunday with 12 ships.", "It returns next week."],
            annotated.Sentences.Select(s => s.Span.Of(text)));
        Assert.DoesNotContain(annotated.Tokens, t => t.Span.Of(text) == "Writer");
        Assert.Equal(["on Sunday", "next week"], annotated.Dates.Select(d => d.Span.Of(text)));
        Assert.Equal("12 ships", Assert.Single(annotated.Quantities).Span.Of(text));
        TextFixtures.AssertInvariants(annotated);
    }

    [Fact]
    public void Anchor_argument_overrides_the_publication_date()
    {
        var article = TextFixtures.Article("They met on Sunday.", TextFixtures.Day("2021-06-21"));
        var annotated = TextFixtures.Analyzer.Analyze(article, TextFixtures.Day("2021-07-01"));
        Assert.Equal(DateValue.Day(TextFixtures.Day("2021-06-27")), Assert.Single(annotated.Dates).Value);
    }

    [Fact]
    public void Never_throws_and_keeps_invariants_on_random_text()
    {
        TokenizerTests.NewsLikeText.Sample(text =>
        {
            var annotated = TextFixtures.Analyze(text, TextFixtures.Day("2021-06-21"));
            TextFixtures.AssertInvariants(annotated);
        }, iter: 1000);
    }

    [Fact]
    public void Is_safe_to_share_across_threads()
    {
        var texts = Enumerable.Range(0, 40)
            .Select(i => $"Minister Ana Duro met {i} delegates in Harlow on Sunday. At least {i * 3} people came to the Sea Council.")
            .ToArray();
        var sequential = texts.Select(t => Describe(TextFixtures.Analyze(t, TextFixtures.Day("2021-06-21")))).ToArray();
        var parallel = new string[texts.Length];
        Parallel.For(0, texts.Length, i => parallel[i] = Describe(TextFixtures.Analyze(texts[i], TextFixtures.Day("2021-06-21"))));
        Assert.Equal(sequential, parallel);
    }

    [Fact]
    public void Sample_articles_keep_the_invariants()
    {
        var directory = RepoPaths.Samples;
        var files = Directory.GetFiles(directory, "*.txt");
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var annotated = TextFixtures.Analyze(File.ReadAllText(file), TextFixtures.Day("2021-06-23"));
            TextFixtures.AssertInvariants(annotated);
            Assert.NotEmpty(annotated.Sentences);
            Assert.NotEmpty(annotated.Entities);
            Assert.NotEmpty(annotated.Dates);
        }
    }

    private static string Describe(AnnotatedArticle a) =>
        string.Join(";", a.Entities.Select(e => $"{e.Span}{e.Kind}")) + "/" + string.Join(";", a.Dates.Select(d => $"{d.Span}{d.Value}"))
        + "/" + string.Join(";", a.Quantities.Select(q => $"{q.Span}{q.Value}"));
}
