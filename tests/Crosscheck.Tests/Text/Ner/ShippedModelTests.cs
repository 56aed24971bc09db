using Crosscheck.Model;
using Crosscheck.Text;
using Crosscheck.Text.Ner;

namespace Crosscheck.Tests.Text.Ner;

/// <summary>The one test that uses the shipped model (models/ner, copied next to the binaries): it loads and tags.</summary>
public sealed class ShippedModelTests
{
    [Fact]
    public void Shipped_model_loads_and_tags_a_made_up_sentence()
    {
        var (model, meta) = NerModelFile.Load(TextAnalyzer.ShippedModelFolder);
        Assert.Equal(NerModelFile.FormatVersion, meta.FormatVersion);
        Assert.NotNull(model.SecondPass);

        var analyzer = new TextAnalyzer(TextAnalyzerOptions.Default);
        Assert.Equal(PerceptronEntityTagger.Id, analyzer.EntityTagger.StageId);
        var annotated = analyzer.Analyze(TextFixtures.Article(
            "Prime Minister Elena Varga told reporters in Paris on Tuesday that the European Union would send aid."));
        var found = annotated.Entities.Select(e => (e.Span.Of(annotated.Text), e.Kind)).ToList();
        Assert.Contains(("Elena Varga", EntityKind.Person), found);
        Assert.Contains(("Paris", EntityKind.Place), found);
        Assert.Contains(annotated.Entities, e => e.Span.Of(annotated.Text) == "Elena Varga" && e.Title == "Prime Minister");
    }

    [Theory]
    [InlineData("The army's leader, Senior Gen. Tavor Kell Orim, spoke in Brenna on Friday.", "Tavor Kell Orim", "Senior Gen.")]
    [InlineData("Dr. Maren J. Halvik said on Monday that the vaccine worked.", "Maren J. Halvik", "Dr.")]
    [InlineData("The deal was signed by Pavel R. Dunmore, head of the agency.", "Pavel R. Dunmore", null)]
    public void A_period_after_a_title_or_an_initial_does_not_cut_the_name(string sentence, string name, string? title)
    {
        var analyzer = new TextAnalyzer(TextAnalyzerOptions.Default);
        var annotated = analyzer.Analyze(TextFixtures.Article(sentence));

        var people = annotated.Entities.Where(e => e.Kind == EntityKind.Person).ToList();
        var person = Assert.Single(people);
        Assert.Equal(name, person.Span.Of(annotated.Text));
        Assert.Equal(title, person.Title);
    }

    [Fact]
    public void Clubs_in_a_results_line_are_organisations_even_when_the_training_data_knows_their_towns()
    {
        var analyzer = new TextAnalyzer(TextAnalyzerOptions.Default);
        var annotated = analyzer.Analyze(TextFixtures.Article("Results on Saturday:\n\nLeeds 0 Newcastle 2\n\nNew York 5 Baltimore 3"));

        var teams = annotated.Entities.Select(e => (e.Span.Of(annotated.Text), e.Kind)).Where(e => e.Item1 != "Saturday").ToList();
        Assert.Equal(
            [("Leeds", EntityKind.Organization), ("Newcastle", EntityKind.Organization), ("New York", EntityKind.Organization), ("Baltimore", EntityKind.Organization)],
            teams);
    }

    [Fact]
    public void A_weekday_alone_is_never_a_mention()
    {
        var analyzer = new TextAnalyzer(TextAnalyzerOptions.Default);
        var annotated = analyzer.Analyze(TextFixtures.Article(
            "Opposition candidate Karel Dovan conceded defeat on Tuesday after winning 41 percent in Sunday's presidential election."));

        Assert.DoesNotContain(annotated.Entities, e => e.Span.Of(annotated.Text).StartsWith("Sunday", StringComparison.Ordinal));
        Assert.Contains(annotated.Entities, e => e.Span.Of(annotated.Text) == "Karel Dovan");
    }

    [Fact]
    public void The_after_a_name_word_does_not_join_two_names()
    {
        var analyzer = new TextAnalyzer(TextAnalyzerOptions.Default);
        var annotated = analyzer.Analyze(TextFixtures.Article("Varga told Reuters the Senate would vote on the bill before the recess."));

        var names = annotated.Entities.Select(e => e.Span.Of(annotated.Text)).ToList();
        Assert.DoesNotContain(names, n => n.Contains(" the ", StringComparison.Ordinal));
        Assert.Contains("Reuters", names);
        Assert.Contains("Senate", names);
    }
}
