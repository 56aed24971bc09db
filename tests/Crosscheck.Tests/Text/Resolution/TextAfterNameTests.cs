using Crosscheck.Text.Resolution;

namespace Crosscheck.Tests.Text.Resolution;

public sealed class TextAfterNameTests
{
    [Theory]
    [InlineData("the Garda (police) said", 9, "police")]
    [InlineData("the Garda(  local police ) said", 9, "local police")]
    [InlineData("NLD (National League)", 3, "National League")]
    public void Reads_the_trimmed_inside_of_a_bracket_right_after_the_name(string text, int nameEnd, string expected)
    {
        Assert.True(TextAfterName.TryReadBracket(text, nameEnd, 80, out var inner));
        Assert.Equal(expected, inner.ToString());
    }

    [Theory]
    [InlineData("the Garda said (police)", 9)]
    [InlineData("the Garda ( ) said", 9)]
    [InlineData("the Garda (police", 9)]
    [InlineData("the Garda", 9)]
    public void Finds_no_bracket_when_none_opens_after_the_name_or_it_is_empty_or_unclosed(string text, int nameEnd)
    {
        Assert.False(TextAfterName.TryReadBracket(text, nameEnd, 80, out _));
    }

    [Fact]
    public void A_bracket_longer_than_the_limit_is_not_read()
    {
        var text = "the Garda (" + new string('x', 30) + ")";

        Assert.False(TextAfterName.TryReadBracket(text, 9, 20, out _));
        Assert.True(TextAfterName.TryReadBracket(text, 9, 40, out _));
    }
}
