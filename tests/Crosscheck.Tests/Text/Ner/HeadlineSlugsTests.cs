using Crosscheck.Model;
using Crosscheck.Text.Ner;

namespace Crosscheck.Tests.Text.Ner;

public sealed class HeadlineSlugsTests
{
    private static List<TextSpan[]> Sentences(string text)
    {
        var sentences = new List<TextSpan[]>();
        var offset = 0;
        foreach (var line in text.Split('\n'))
        {
            var words = new List<TextSpan>();
            var start = offset;
            foreach (var word in line.Split(' '))
            {
                words.Add(new TextSpan(start, start + word.Length));
                start += word.Length + 1;
            }

            sentences.Add([.. words]);
            offset += line.Length + 1;
        }

        return sentences;
    }

    private static List<string> Apply(string text, params EntityMention[] mentions)
    {
        var list = mentions.ToList();
        HeadlineSlugs.Apply(text, Sentences(text), list);
        return list.Select(m => m.Span.Of(text)).ToList();
    }

    [Fact]
    public void A_name_read_in_the_slug_of_a_headline_in_capitals_is_dropped()
    {
        const string text = "RUGBY UNION - HALVIK BACK FOR KELMIA .";
        Assert.Equal(["HALVIK", "KELMIA"], Apply(text, TestMentions.Of(text, "RUGBY UNION", EntityKind.Organization),
            TestMentions.Of(text, "HALVIK", EntityKind.Person), TestMentions.Of(text, "KELMIA", EntityKind.Place)));
    }

    [Fact]
    public void Acronyms_and_names_the_article_repeats_stay()
    {
        const string text = "NBA - VARNBY WIN .\nKELMIA - TALKS GO ON .\nTalks in Kelmia went on.";
        var found = Apply(text, TestMentions.Of(text, "NBA", EntityKind.Organization), TestMentions.Of(text, "KELMIA", EntityKind.Place),
            TestMentions.Of(text, "Kelmia", EntityKind.Place));

        Assert.Equal(["NBA", "KELMIA", "Kelmia"], found);
    }

    [Theory]
    [InlineData("Rugby Union - the season starts .")]
    [InlineData("THE RUGBY UNION OF KELMIA - A HISTORY .")]
    public void Lines_in_lower_case_or_without_a_short_slug_are_left_alone(string text)
    {
        var name = text.StartsWith("Rugby", StringComparison.Ordinal) ? "Rugby Union" : "RUGBY UNION OF KELMIA";
        Assert.Equal([name], Apply(text, TestMentions.Of(text, name, EntityKind.Organization)));
    }
}
