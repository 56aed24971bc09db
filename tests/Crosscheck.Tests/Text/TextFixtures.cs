using System.Text.RegularExpressions;
using Crosscheck.Model;
using Crosscheck.Text;

namespace Crosscheck.Tests.Text;

/// <summary>Builds hand-made articles and layers for the text tests.</summary>
internal static partial class TextFixtures
{
    /// <summary>The analyser with the baseline tagger: unit tests never depend on the shipped model.</summary>
    public static readonly TextAnalyzer Analyzer = new(TextAnalyzerOptions.Default with { EntityTagger = new BaselineEntityTagger() });

    /// <summary>An article whose body paragraphs are the blank-line-separated blocks of <paramref name="text"/>.</summary>
    public static Article Article(string text, DateOnly? published = null, TextSpan? title = null)
    {
        var body = new List<TextSpan>();
        foreach (Match m in Paragraph().Matches(text))
        {
            var span = new TextSpan(m.Index, m.Index + m.Length);
            if (title is not { } t || !t.Overlaps(span))
            {
                body.Add(span);
            }
        }

        var hash = ContentHash.Of(text);
        return new Article
        {
            Id = ArticleId.FromContentHash(hash),
            SourcePath = "test.txt",
            Format = SourceFormat.Text,
            ContentHash = hash,
            Text = text,
            Metadata = new ArticleMetadata { Published = published, TitleSpan = title },
            Body = body,
        };
    }

    public static AnnotatedArticle Analyze(string text, DateOnly? anchor = null) => Analyzer.Analyze(Article(text, anchor));

    public static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Checks the layer invariants every analysed article must satisfy.</summary>
    public static void AssertInvariants(AnnotatedArticle annotated)
    {
        var text = annotated.Text;
        AssertSortedInside(text, annotated.Sentences.Select(s => s.Span), allowOverlap: false);
        AssertSortedInside(text, annotated.Tokens.Select(t => t.Span), allowOverlap: false);
        AssertSortedInside(text, annotated.Entities.Select(e => e.Span), allowOverlap: false);
        AssertSortedInside(text, annotated.Dates.Select(d => d.Span), allowOverlap: false);
        AssertSortedInside(text, annotated.Quantities.Select(q => q.Span), allowOverlap: false);
        foreach (var entity in annotated.Entities)
        {
            Assert.InRange(entity.Score, 0f, 1f);
        }

        foreach (var quantity in annotated.Quantities)
        {
            Assert.True(quantity.Span.Contains(quantity.NumberSpan), $"number {quantity.NumberSpan} outside {quantity.Span}");
        }

        // Every sentence lies in a region and tokens cover its non-whitespace characters exactly.
        var regions = annotated.Article.Body.ToList();
        if (annotated.Article.Metadata.TitleSpan is { } title)
        {
            regions.Add(title);
        }

        foreach (var sentence in annotated.Sentences)
        {
            Assert.Contains(regions, r => r.Contains(sentence.Span));
        }

        var covered = new bool[text.Length];
        foreach (var token in annotated.Tokens)
        {
            for (var i = token.Span.Start; i < token.Span.End; i++)
            {
                covered[i] = true;
            }
        }

        foreach (var region in regions)
        {
            for (var i = region.Start; i < region.End; i++)
            {
                Assert.True(covered[i] || char.IsWhiteSpace(text[i]), $"char {i} '{text[i]}' is in no token");
            }
        }
    }

    public static void AssertSortedInside(string text, IEnumerable<TextSpan> spans, bool allowOverlap)
    {
        var previous = new TextSpan(0, 0);
        foreach (var span in spans)
        {
            Assert.True(span.Start >= 0 && span.End <= text.Length && span.Start < span.End, $"bad span {span} in text of {text.Length}");
            Assert.True(span.Start >= previous.Start, $"{span} not sorted after {previous}");
            Assert.True(allowOverlap || span.Start >= previous.End, $"{span} overlaps {previous}");
            previous = span;
        }
    }

    [GeneratedRegex(@"[^\n]+(\n[^\n]+)*")]
    private static partial Regex Paragraph();
}
