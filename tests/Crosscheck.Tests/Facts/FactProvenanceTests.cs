using System.Globalization;
using System.Text.RegularExpressions;
using Crosscheck.Facts;
using Crosscheck.Model;
using Crosscheck.Pipeline;
using Crosscheck.Storage;
using Crosscheck.Tests.EndToEnd;

namespace Crosscheck.Tests.Facts;

/// <summary>
/// Every fact variant source, timeline source and summary sentence points at characters of the
/// original article text that hold what is claimed: the number of a quantity, a date expression
/// resolving to the claimed day, the words of a quote, the spelling of a name, the summary text.
/// Runs the real pipeline over the bundled samples and the fact fixture stories.
/// </summary>
public sealed partial class FactProvenanceTests
{
    private static readonly string[] NumberWords =
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

    [Fact]
    public async Task Every_cited_span_contains_the_claimed_value()
    {
        var folders = new List<string> { RepoPaths.Samples };
        folders.AddRange(Directory.EnumerateDirectories(Path.Combine(RepoPaths.Root, "tests", "fixtures", "facts")));
        var pipeline = new PipelineBuilder().Build();
        var problems = new List<string>();
        var checkedSources = 0;
        foreach (var folder in folders)
        {
            var (articles, stories) = await AnalyseAsync(pipeline, folder);
            foreach (var story in stories)
            {
                foreach (var fact in story.Facts)
                {
                    for (var v = 0; v < fact.Variants.Count; v++)
                    {
                        checkedSources += CheckVariant(fact, v, articles, problems);
                    }
                }

                foreach (var entry in story.Timeline)
                {
                    foreach (var source in entry.Sources)
                    {
                        checkedSources++;
                        if (!HasDate(articles[source.ArticleId], source.Span, entry.Date.ToString()))
                        {
                            problems.Add($"timeline {entry.Date}: {Quote(articles, source)}");
                        }
                    }
                }

                foreach (var sentence in story.Summary)
                {
                    checkedSources++;
                    var text = Collapse(sentence.Source.Span.Of(articles[sentence.Source.ArticleId].Text));
                    if (text != sentence.Text)
                    {
                        problems.Add($"summary '{sentence.Text}' vs source '{text}'");
                    }
                }
            }
        }

        Assert.True(checkedSources > 100, $"only {checkedSources} sources checked");
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    private static int CheckVariant(Fact fact, int index, Dictionary<ArticleId, AnnotatedArticle> articles, List<string> problems)
    {
        var variant = fact.Variants[index];
        foreach (var source in variant.Sources)
        {
            var text = articles[source.ArticleId].Text;
            Assert.InRange(source.Span.End, source.Span.Start, text.Length);
        }

        if (fact.Kind == FactKind.Naming)
        {
            // The last variant is the discrepant spelling: each source is that name as written.
            if (index == fact.Variants.Count - 1)
            {
                Expect(variant.Sources.All(s => s.Span.Of(articles[s.ArticleId].Text) == variant.Value), fact, variant, articles, problems);
            }

            return variant.Sources.Count;
        }

        if (IsDay(variant.Value))
        {
            // A dated claim: every article cited states the day in at least one cited span (an
            // interaction may be dated by a neighbouring sentence, cited beside its own).
            foreach (var article in variant.Sources.GroupBy(s => s.ArticleId))
            {
                Expect(article.Any(s => HasDate(articles[s.ArticleId], s.Span, variant.Value)), fact, variant, articles, problems);
            }

            return variant.Sources.Count;
        }

        foreach (var source in variant.Sources)
        {
            var cited = source.Span.Of(articles[source.ArticleId].Text);
            var ok = fact.Kind switch
            {
                FactKind.Quote => QuoteWords(cited).Contains(variant.Value[(variant.Value.IndexOf(": ", StringComparison.Ordinal) + 2)..], StringComparison.Ordinal),
                _ when NumberPattern().Match(variant.Value) is { Success: true } number =>
                    HasNumber(cited, number.Value) || HasQuantity(articles[source.ArticleId], source.Span, number.Value),
                _ when variant.Value == InteractionReader.Undated => true,
                _ => cited.Contains(variant.Value[..Math.Min(5, variant.Value.Length)], StringComparison.OrdinalIgnoreCase),
            };
            Expect(ok, fact, variant, articles, problems, source);
        }

        return variant.Sources.Count;
    }

    private static void Expect(bool ok, Fact fact, FactVariant variant, Dictionary<ArticleId, AnnotatedArticle> articles, List<string> problems, SourceRef? source = null)
    {
        if (!ok)
        {
            problems.Add($"{fact.Subject} = {variant.Value}: " + string.Join(" | ", (source is null ? variant.Sources : [source]).Select(s => Quote(articles, s))));
        }
    }

    private static bool HasDate(AnnotatedArticle article, TextSpan span, string value) =>
        article.Dates.Any(d => span.Contains(d.Span) && d.Value is { } v && v.ToString() == value);

    private static bool HasNumber(string cited, string number)
    {
        var digits = Regex.Replace(cited, @"(?<=\d),(?=\d{3})", "");
        if (Regex.IsMatch(digits, @"(?<![\d.])" + Regex.Escape(number) + @"(?![\d])"))
        {
            return true;
        }

        var n = decimal.Parse(number, CultureInfo.InvariantCulture);
        return n < NumberWords.Length && Regex.IsMatch(cited, @"\b" + NumberWords[(int)n] + @"\b", RegexOptions.IgnoreCase);
    }

    /// <summary>A number written in words the quantity layer read ("hundreds of protesters" → at least 100).</summary>
    private static bool HasQuantity(AnnotatedArticle article, TextSpan span, string number) =>
        article.Quantities.Any(q => span.Contains(q.Span) && q.Value == decimal.Parse(number, CultureInfo.InvariantCulture));

    private static bool IsDay(string value) => DayPattern().IsMatch(value);

    private static string QuoteWords(string cited) => QuoteReader.Normalise(cited, out _);

    private static string Quote(Dictionary<ArticleId, AnnotatedArticle> articles, SourceRef source) =>
        $"{source.ArticleId.Value}[{source.Span.Start},{source.Span.End}) '{source.Span.Of(articles[source.ArticleId].Text)}'";

    private static string Collapse(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));

    private static async Task<(Dictionary<ArticleId, AnnotatedArticle> Articles, IReadOnlyList<StoryFindings> Stories)> AnalyseAsync(Crosscheck.Pipeline.Pipeline pipeline, string folder)
    {
        var work = Directory.CreateTempSubdirectory("crosscheck-provenance-");
        try
        {
            using var store = SqliteStore.Open(Path.Combine(work.FullName, "t.db"));
            await pipeline.IngestAsync(Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal).ToList(), store, null, CancellationToken.None);
            var analysis = pipeline.AnalyzeStories(store.LoadArticles());
            return (analysis.Articles.ToDictionary(a => a.Id), analysis.Stories);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    [GeneratedRegex(@"\d+(?:\.\d+)?")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}(?:\.\.\d{4}-\d{2}-\d{2})?$")]
    private static partial Regex DayPattern();
}
