using CsCheck;
using Crosscheck.Model;
using Crosscheck.Text;

namespace Crosscheck.Tests.Text;

public sealed class TokenizerTests
{
    private static readonly Tokenizer Tokenizer = new();

    /// <summary>Input → tokens joined by "|" (kind initials: W word, N number, P punctuation, S symbol, U url, H hashtag).</summary>
    public static TheoryData<string, string> Spec => new()
    {
        { "The mayor's three-day visit", "W:The|W:mayor's|W:three-day|W:visit" },
        { "Russian-made jets, 1,000.5 tonnes", "W:Russian-made|W:jets|P:,|N:1,000.5|W:tonnes" },
        { "a 119-1 vote", "W:a|N:119|P:-|N:1|W:vote" },
        { "up 16% or 3.5 percent", "W:up|N:16|S:%|W:or|N:3.5|W:percent" },
        { "see https://example.org/a/b.html.", "W:see|U:https://example.org/a/b.html|P:." },
        { "trending #ElectionDay now", "W:trending|H:#ElectionDay|W:now" },
        { "the U.S. and the U.K. agreed", "W:the|W:U.S.|W:and|W:the|W:U.K.|W:agreed" },
        { "on the 22nd, e.g. today", "W:on|W:the|W:22nd|P:,|W:e.g.|W:today" },
        { "it’s al-Rashid's", "W:it’s|W:al-Rashid's" },
        { "wait... “no”", "W:wait|P:...|P:“|W:no|P:”" },
        { "$5bn deal", "S:$|N:5|W:bn|W:deal" },
        { "COVID-19 cases", "W:COVID-19|W:cases" },
    };

    [Theory]
    [MemberData(nameof(Spec))]
    public void Tokenizes_spec_table(string input, string expected)
    {
        var tokens = Tokenizer.Tokenize(input, new TextSpan(0, input.Length));
        var actual = string.Join("|", tokens.Select(t => $"{t.Kind.ToString()[0]}:{t.Span.Of(input)}"));
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Offsets_point_into_the_original_text_of_a_region()
    {
        const string text = "Title line\n\nBody: 42 ships.";
        var tokens = Tokenizer.Tokenize(text, new TextSpan(12, text.Length));
        Assert.Equal("Body", tokens[0].Span.Of(text));
        Assert.Equal(12, tokens[0].Span.Start);
        Assert.Equal(TokenKind.Number, tokens[2].Kind);
    }

    internal static readonly Gen<string> NewsLikeText = Gen.OneOf(
        Gen.String,
        Gen.OneOf<string>(
            "Mr.", "Gen.", "U.S.", "said.", "”", "\"", "’s", "'", " ", " ", "\n", "\r\n", "—", "–", "-", "...", "…", "?", "!",
            "1,000", "3.5", "%", "$", "June", "22", "2021", "Sunday", "at least", "three-day", "the", "The", "of", "in",
            "http://x.y/z", "#tag", "e.g.", "A.", "\u00A0", "🙂", "\uD83D", "é", "ß", "(", ")", ":", ",", "Ministry", "President")
            .Array[0, 60].Select(parts => string.Concat(parts)));

    [Fact]
    public void Tokens_and_whitespace_rebuild_the_text()
    {
        NewsLikeText.Sample(text =>
        {
            var tokens = Tokenizer.Tokenize(text, new TextSpan(0, text.Length));
            var position = 0;
            foreach (var token in tokens)
            {
                Assert.True(token.Span.Start >= position && token.Span.End > token.Span.Start);
                for (var i = position; i < token.Span.Start; i++)
                {
                    Assert.True(char.IsWhiteSpace(text[i]), $"non-space {(int)text[i]} dropped at {i}");
                }

                position = token.Span.End;
            }

            Assert.True(position <= text.Length);
            for (var i = position; i < text.Length; i++)
            {
                Assert.True(char.IsWhiteSpace(text[i]));
            }
        }, iter: 2000);
    }
}
