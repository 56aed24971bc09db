using CsCheck;
using Crosscheck.Model;
using static Crosscheck.Tests.Extract.ExtractTestKit;

namespace Crosscheck.Tests.Extract;

public sealed class ExtractorPropertyTests
{
    private static readonly string[] Pieces =
    [
        "", "\n", "\n\n", "# Heading words here", "By Ann Lee", "By AFP", "June 3, 2021", "Date: 4 May 2020", "1 / 6",
        "Read more:", "Subscribe now", "TAGS: a, b, c, d", "Original url:", "<https://example.org/2020/01/02/x>",
        "The committee met on Friday and agreed to publish its findings next week.", "**EPA / TASS**",
        "\"We are ready,\" she said.", "   ", "\r\n", "[link](#)", "© 2020 Someone", "(Jo Park via AP)",
    ];

    private static readonly Gen<string> Lines = Gen.Int[0, Pieces.Length - 1].Select(i => Pieces[i]);

    private static readonly Gen<string> Texts = Gen.OneOf(
        Gen.String,
        Lines.Array[0, 40].Select(a => string.Join('\n', a)),
        Gen.Char.Array[0, 300].Select(c => new string(c)));

    [Fact]
    public void Random_text_never_throws_and_body_spans_are_sorted_disjoint_and_inside()
    {
        Texts.Sample(text =>
        {
            foreach (var format in (ReadOnlySpan<SourceFormat>)[SourceFormat.Text, SourceFormat.Html, SourceFormat.Jsonl])
            {
                var result = Extractor.Extract(Doc(text, format));
                if (result.Article is not { } article)
                {
                    Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.NoBody);
                    continue;
                }
                int previousEnd = 0;
                foreach (var span in article.Body)
                {
                    Assert.True(span.Start >= previousEnd && span.End > span.Start && span.End <= article.Text.Length);
                    previousEnd = span.End;
                }
                foreach (var removed in article.Removed)
                {
                    Assert.True(removed.Span.Start >= 0 && removed.Span.End <= article.Text.Length);
                }
            }
        }, iter: 400);
    }
}
