using Crosscheck.Facts;
using Crosscheck.Model;

namespace Crosscheck.Tests.Facts;

/// <summary>Ages and roles of people: reading them next to a name, aligning them per person, judging them.</summary>
public sealed class AttributeClaimTests
{
    private static StoryFixture People() => new StoryFixture()
        .Entity("p-oren", "Talia Oren", EntityKind.Person, "Oren")
        .Entity("p-varn", "Ilse Varn", EntityKind.Person, "Varn")
        .Entity("o-league", "Civic League", EntityKind.Organization)
        .Entity("l-teland", "Teland", EntityKind.Place);

    private static List<Claim> Attributes(string text)
    {
        var story = People();
        story.Article("x", text);
        var article = Assert.Single(story.Articles);
        return new ClaimExtractor(CrossCheckOptions.Default).Extract(article, story.Resolution())
            .Where(c => c.Kind == ClaimKind.Attribute).ToList();
    }

    /// <summary>Three outlets print an age for Talia Oren; b and c are one wire text.</summary>
    private static Fact AgeFact(string a, string b, string c)
    {
        var story = People();
        story.Article("a", $"Talia Oren, {a}, was detained in the capital on Monday.");
        story.Article("b", $"The {b}-year-old opposition leader Talia Oren was detained on Monday.");
        story.Article("c", $"The {c}-year-old opposition leader Talia Oren was detained on Monday.");
        IReadOnlyList<Family> families = [StoryFixture.Family("a"), StoryFixture.Family("b", "c")];
        var findings = new CrossChecker(CrossCheckOptions.Default).Check(story.Story, story.Articles, families, story.Resolution());
        return Assert.Single(findings.Facts, f => f.Kind == FactKind.Attribute && f.Subject == "age of Talia Oren");
    }

    [Theory]
    [InlineData("the 75-year-old ousted leader and Nobel laureate Talia Oren was moved to a prison.", "75", "75-year-old")]
    [InlineData("Police freed the 68-year-old former mayor and Civic League party founder Talia Oren.", "68", "68-year-old")]
    [InlineData("Talia Oren, 58, was moved to a prison.", "58", "58")]
    [InlineData("Talia Oren (58) was moved to a prison.", "58", "58")]
    [InlineData("Police detained Talia Oren, aged 58, on Monday.", "58", "aged 58")]
    [InlineData("Talia Oren, the 61-year-old leader of the Civic League, was moved to a prison.", "61", "61-year-old")]
    public void An_age_next_to_a_person_is_read_for_that_person(string text, string age, string written)
    {
        var claim = Assert.Single(Attributes(text), c => c.Key.StartsWith("age:", StringComparison.Ordinal));

        Assert.Equal("age:p-oren", claim.Key);
        Assert.Equal(age, claim.Value);
        Assert.Equal(written, claim.Span.Of(text));
        Assert.Equal("age of Talia Oren", claim.Subject);
    }

    [Theory]
    [InlineData("A 75-year-old man was injured, Talia Oren said.")]
    [InlineData("The 75-year-old was released after Talia Oren intervened.")]
    [InlineData("The 40-year-old building collapsed.")]
    [InlineData("The Civic League, 58, said the vote was unfair.")]
    [InlineData("Talia Oren said 58, not 60, people were hurt.")]
    public void No_age_claim_without_a_person_to_attach_it_to(string text)
    {
        Assert.DoesNotContain(Attributes(text), c => c.Key.StartsWith("age:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Defence Minister Talia Oren arrived in Teland.", "defence minister")]
    [InlineData("Teland's defense minister Talia Oren arrived.", "defence minister")]
    [InlineData("Talia Oren, the prime minister of Teland, arrived on Monday.", "prime minister")]
    [InlineData("Talia Oren, the deputy prime minister, arrived on Monday.", "deputy prime minister")]
    [InlineData("Talia Oren, Teland's interior minister, arrived on Monday.", "interior minister")]
    [InlineData("Teland's interior minister, Talia Oren, arrived on Monday.", "interior minister")]
    [InlineData("The Civic League's deputy chairman, Talia Oren, arrived on Monday.", "deputy chairman")]
    public void A_title_next_to_a_person_is_her_role(string text, string role)
    {
        var claim = Assert.Single(Attributes(text));

        Assert.Equal("role:p-oren", claim.Key);
        Assert.Equal(role, claim.Value);
        Assert.Equal("role of Talia Oren", claim.Subject);
    }

    [Theory]
    [InlineData("Mr Talia Oren arrived in Teland.")]
    [InlineData("The minister met Talia Oren in Teland.")]
    [InlineData("Talia Oren, the minister's closest ally, arrived.")]
    [InlineData("Teland's interior minister, Talia Oren and Ilse Varn arrived.")]
    public void Courtesy_titles_and_loose_titles_are_not_roles(string text)
    {
        Assert.DoesNotContain(Attributes(text), c => c.Key.StartsWith("role:", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_people_in_one_sentence_each_keep_their_own_age()
    {
        var claims = Attributes("Talia Oren, 58, and Ilse Varn, 63, were both detained.");

        Assert.Equal(["age:p-oren=58", "age:p-varn=63"], claims.Select(c => c.Key + "=" + c.Value));
    }

    [Fact]
    public void The_same_age_from_two_families_is_corroborated_and_the_wire_copy_counts_once()
    {
        var fact = AgeFact("58", "58", "58");

        Assert.Equal(FactStatus.Corroborated, fact.Status);
        Assert.Equal(2, fact.IndependentSources);
        Assert.Equal(3, Assert.Single(fact.Variants).Sources.Count);
    }

    [Fact]
    public void Ages_one_year_apart_are_compatible()
    {
        var fact = AgeFact("58", "59", "59");

        Assert.Equal(FactStatus.Compatible, fact.Status);
        Assert.Contains("birthday", fact.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Ages_further_apart_conflict()
    {
        var fact = AgeFact("58", "63", "63");

        Assert.Equal(FactStatus.Conflicting, fact.Status);
        Assert.Equal("58 vs 63 for the age of Talia Oren: 1 vs 1 independent sources", fact.Explanation);
    }

    [Fact]
    public void Two_wire_copies_alone_are_a_single_source_age()
    {
        var story = People();
        story.Article("b", "The 63-year-old opposition leader Talia Oren was detained on Monday.");
        story.Article("c", "The 63-year-old opposition leader Talia Oren was detained on Monday.");
        var findings = new CrossChecker(CrossCheckOptions.Default).Check(story.Story, story.Articles, [StoryFixture.Family("b", "c")], story.Resolution());

        var wireOnly = Assert.Single(findings.Facts, f => f.Kind == FactKind.Attribute && f.Subject == "age of Talia Oren");
        Assert.Equal(FactStatus.SingleSource, wireOnly.Status);
        Assert.Equal(1, wireOnly.IndependentSources);
    }

    [Fact]
    public void Different_roles_of_one_person_are_compatible_descriptions()
    {
        var story = People();
        story.Article("a", "Defence Minister Talia Oren arrived in Teland.");
        story.Article("b", "Talia Oren, the deputy prime minister, arrived in Teland.");
        story.Article("c", "Defence Minister Talia Oren arrived in Teland on a military plane.");
        IReadOnlyList<Family> families = [StoryFixture.Family("a"), StoryFixture.Family("b"), StoryFixture.Family("c")];
        var findings = new CrossChecker(CrossCheckOptions.Default).Check(story.Story, story.Articles, families, story.Resolution());

        var fact = Assert.Single(findings.Facts, f => f.Kind == FactKind.Attribute);
        Assert.Equal("role of Talia Oren", fact.Subject);
        Assert.Equal(FactStatus.Compatible, fact.Status);
        Assert.Equal(["defence minister", "deputy prime minister"], fact.Variants.Select(v => v.Value));
        Assert.Contains("different descriptions", fact.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_role_whose_words_the_next_mention_took_gives_no_role_and_no_error()
    {
        var story = People().Entity("o-ardent", "CEO of Ardent Media Group", EntityKind.Organization);
        story.Article("x", "That is the view of Talia Oren, the CEO of Ardent Media Group, on Monday.");
        var article = Assert.Single(story.Articles);

        var claims = new ClaimExtractor(CrossCheckOptions.Default).Extract(article, story.Resolution());

        Assert.DoesNotContain(claims, c => c.Kind == ClaimKind.Attribute && c.Key.StartsWith("role:", StringComparison.Ordinal));
    }
}
