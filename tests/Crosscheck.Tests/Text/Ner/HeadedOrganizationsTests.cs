using Crosscheck.Model;
using Crosscheck.Text.Ner;

namespace Crosscheck.Tests.Text.Ner;

public sealed class HeadedOrganizationsTests
{
    private static List<(string Name, EntityKind Kind)> Apply(string text, params EntityMention[] mentions)
    {
        var list = mentions.ToList();
        HeadedOrganizations.Apply(text, [TestMentions.Words(text)], list);
        return list.Select(m => (m.Span.Of(text), m.Kind)).ToList();
    }

    [Theory]
    [InlineData("A spokeswoman for the Interior Ministry said so .", "Interior Ministry")]
    [InlineData("The vote in the Kelmian Security Council failed .", "Kelmian Security Council")]
    [InlineData("Officials of the Ministry of Health and Welfare agreed .", "Ministry of Health and Welfare")]
    public void An_untagged_run_ending_in_the_head_of_a_public_body_is_an_organisation(string text, string name) =>
        Assert.Equal([(name, EntityKind.Organization)], Apply(text));

    [Theory]
    [InlineData("The Interior Minister Dara Halvik spoke .")]
    [InlineData("Ministry officials spoke .")]
    [InlineData("RIOTS HIT KELM AS SECURITY COUNCIL MEETS .")]
    [InlineData("He went to the Council .")]
    public void Titles_single_words_and_headlines_in_capitals_add_nothing(string text) => Assert.Empty(Apply(text));

    [Fact]
    public void A_run_the_model_already_tagged_is_left_alone()
    {
        const string text = "The Varnby Security Council met .";
        Assert.Equal([("Varnby", EntityKind.Place)], Apply(text, TestMentions.Of(text, "Varnby", EntityKind.Place)));
    }
}
