using CsCheck;
using Crosscheck.Model;
using Crosscheck.Text;

namespace Crosscheck.Tests.Text;

public sealed class SentenceSplitterTests
{
    private static readonly SentenceSplitter Splitter = new();

    /// <summary>Input → sentences joined by " || ".</summary>
    public static TheoryData<string, string> Spec => new()
    {
        { "Gen. Ivan Petrov arrived. He left.", "Gen. Ivan Petrov arrived. || He left." },
        { "Lt. Col. Ana Ruiz and Dr. Lee met Sen. Park and Rep. Cole.", "Lt. Col. Ana Ruiz and Dr. Lee met Sen. Park and Rep. Cole." },
        { "Mr. and Mrs. Smith live on St. Mark's Road.", "Mr. and Mrs. Smith live on St. Mark's Road." },
        { "The U.N. Security Council met. The U.S. abstained.", "The U.N. Security Council met. || The U.S. abstained." },
        { "Sanctions came from the U.S. The move was expected.", "Sanctions came from the U.S. || The move was expected." },
        { "It began on Feb. 1 and ended in Sept. 2020.", "It began on Feb. 1 and ended in Sept. 2020." },
        { "Boris V. Kuznets spoke. J. R. R. Tolkien wrote.", "Boris V. Kuznets spoke. || J. R. R. Tolkien wrote." },
        { "Growth was 3.5 percent. Prices rose.", "Growth was 3.5 percent. || Prices rose." },
        { "He works for Acme Inc. and lives in Ohio.", "He works for Acme Inc. and lives in Ohio." },
        { "She joined Acme Corp. The firm grew.", "She joined Acme Corp. || The firm grew." },
        { "“We are ready,” he said. “Are you?” she asked.", "“We are ready,” he said. || “Are you?” she asked." },
        { "They want security.” The talks ended.", "They want security.” || The talks ended." },
        { "he said. ” Then he left.", "he said. ” || Then he left." },
        { "He said: “She told me ‘never again.’” Then silence.", "He said: “She told me ‘never again.’” || Then silence." },
        { "Why now? Nobody knows! Wait...", "Why now? || Nobody knows! || Wait..." },
        { "It was — in a sense — over. Done.", "It was — in a sense — over. || Done." },
        { "Well… maybe not. Fine.", "Well… maybe not. || Fine." },
        { "No. 10 Downing Street said no. Then it agreed.", "No. 10 Downing Street said no. || Then it agreed." },
        { "Headline without stop\nFirst body sentence.", "Headline without stop || First body sentence." },
        { "Talks, e.g. the summit, vs. sanctions, i.e. force.", "Talks, e.g. the summit, vs. sanctions, i.e. force." },
        { "(This is an aside.) Next one.", "(This is an aside.) || Next one." },
    };

    [Theory]
    [MemberData(nameof(Spec))]
    public void Splits_spec_table(string input, string expected)
    {
        var sentences = Splitter.Split(input, new TextSpan(0, input.Length));
        Assert.Equal(expected, string.Join(" || ", sentences.Select(s => s.Span.Of(input))));
    }

    [Fact]
    public void Sentences_cover_the_region_without_overlap()
    {
        TokenizerTests.NewsLikeText.Sample(text =>
        {
            var start = Math.Min(3, text.Length);
            var region = new TextSpan(start, text.Length);
            var sentences = Splitter.Split(text, region);
            var position = region.Start;
            foreach (var sentence in sentences)
            {
                var span = sentence.Span;
                Assert.True(span.Start >= position && span.End > span.Start && span.End <= region.End, $"bad {span}");
                Assert.False(char.IsWhiteSpace(text[span.Start]) || char.IsWhiteSpace(text[span.End - 1]));
                for (var i = position; i < span.Start; i++)
                {
                    Assert.True(char.IsWhiteSpace(text[i]), $"char {i} outside every sentence");
                }

                position = span.End;
            }

            for (var i = position; i < region.End; i++)
            {
                Assert.True(char.IsWhiteSpace(text[i]), $"trailing char {i} outside every sentence");
            }
        }, iter: 2000);
    }
}
