using Crosscheck.Facts;
using Crosscheck.Model;

namespace Crosscheck.Tests.Facts;

public sealed class CrossCheckerLargeStoryTests
{
    private const string Paragraph =
        "Officials in Harlow said on Monday that at least 35 people were injured when the bridge collapsed. " +
        "Mayor Ines Pardo met Governor Kai Stroud on Tuesday to discuss repairs. " +
        "“We will rebuild the crossing within a year,” Pardo told reporters at the site. " +
        "The city council approved emergency funds by 11 votes to 2, with 1 abstention. " +
        "Engineers from the transport agency inspected the remaining spans for damage. " +
        "Residents said traffic across the river had been heavy for months before the collapse. ";

    [Fact]
    public void A_fifty_article_story_counts_each_family_once()
    {
        var story = new StoryFixture()
            .Entity("e-pardo", "Ines Pardo", EntityKind.Person, "Pardo")
            .Entity("e-stroud", "Kai Stroud", EntityKind.Person)
            .Entity("e-harlow", "Harlow", EntityKind.Place);
        var families = new List<Family>();
        for (var i = 0; i < 50; i++)
        {
            var key = "p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var text = string.Concat(Enumerable.Repeat(Paragraph, 5)) + $"This is report number {i}.";
            story.Article(key, text, $"Bridge collapse in Harlow injures dozens - Outlet {i}", $"Outlet {i}")
                .Date("on Monday", new DateOnly(2024, 2, 5))
                .Date("on Tuesday", new DateOnly(2024, 2, 6))
                .Quantity("at least 35 people", 35 + (i % 3), QuantityModifier.AtLeast, "people");
            if (i % 5 == 4)
            {
                families.Add(StoryFixture.Family([.. Enumerable.Range(i - 4, 5).Select(n => "p" + n.ToString(System.Globalization.CultureInfo.InvariantCulture))]));
            }
        }

        var articles = story.Articles;
        var resolution = story.Resolution();
        var checker = new CrossChecker(CrossCheckOptions.Default);

        // Speed is measured by 'crosscheck bench facts', not here: this checks the result of a large story.
        var findings = checker.Check(story.Story, articles, families, resolution);

        Assert.Equal(10, findings.Facts.Single(f => f.Subject == "people injured").IndependentSources);
        Assert.InRange(findings.Summary.Count, 3, 6);
    }
}
