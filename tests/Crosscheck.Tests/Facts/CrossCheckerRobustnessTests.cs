using Crosscheck.Facts;
using Crosscheck.Model;
using Crosscheck.Stories;
using Crosscheck.Tests.Text;
using Crosscheck.Text;
using Crosscheck.Text.Resolution;
using CsCheck;

namespace Crosscheck.Tests.Facts;

/// <summary>
/// The whole language and cross-checking path, with the shipped entity model, on stories stitched
/// from real fixture sentences and mangled (capitals, stray names, numbers, dates, brackets): it
/// never throws, and every fact points at text inside its article.
/// </summary>
public sealed class CrossCheckerRobustnessTests
{
    private static readonly TextAnalyzer Analyzer = new(TextAnalyzerOptions.Default);

    private static readonly string[] Sentences = LoadSentences();

    private static readonly string[] Inserts =
    [
        "the CEO of Ardent Media Group", "view of Michael Reed, the CEO of New Media Investment Group, on Nov. 14", "at least 870", "on Sunday", "(the military)", ", the finance minister,", "119 to 1",
        "June 22\u201324", "Lt. Col.", "U.N.", "more than 1,000.5", "\u201Cwe will not\u201D", "\u2014", "Tuesday, June 22, 2021",
        "KARVANI", "Ostland's military (Karvani)", ", also known as the Iron Guard,", "aged 58", "the 61-year-old leader",
    ];

    private static string[] LoadSentences()
    {
        var folders = new[] { RepoPaths.Fixtures, RepoPaths.PathOf(Path.Combine("tests", "fixtures", "facts")) };
        return
        [
            .. folders.SelectMany(f => Directory.EnumerateFiles(f, "*.txt", SearchOption.AllDirectories)).Order(StringComparer.Ordinal)
                .SelectMany(f => File.ReadAllText(f).Split([". ", "\n"], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                .Where(s => s.Length > 20),
        ];
    }

    private static readonly Gen<string> Sentence =
        Gen.Select(Gen.Int[0, Sentences.Length - 1], Gen.Int[0, 5], Gen.Int[0, Inserts.Length - 1], Gen.Double[0, 1])
            .Select((index, mode, insert, where) =>
            {
                var sentence = Sentences[index];
                var at = sentence.IndexOf(' ', (int)(where * (sentence.Length - 1)));
                at = at < 0 ? sentence.Length : at;
                return mode switch
                {
                    0 => sentence.ToUpperInvariant(),
                    1 or 2 => sentence[..at] + " " + Inserts[insert] + sentence[at..],
                    _ => sentence,
                };
            });

    private static readonly Gen<string> ArticleText =
        Sentence.Array[1, 8].Select(sentences => string.Join(". ", sentences) + ".");

    [Fact]
    public void Any_story_of_mangled_news_sentences_is_cross_checked_without_error()
    {
        Gen.Select(ArticleText.Array[1, 4], Gen.Int[0, 30]).Sample((texts, day) =>
        {
            var published = new DateOnly(2021, 6, 1).AddDays(day);
            var articles = texts.Select(t => Analyzer.Analyze(TextFixtures.Article(t, published), published)).ToList();
            var story = new StoryCluster(StoryId.FoundedBy(articles[0].Id), [.. articles.Select(a => a.Id).Distinct()]);
            var members = articles.DistinctBy(a => a.Id).ToList();
            var families = new SyndicationDetector(SyndicationOptions.Default).Detect(members);
            var entities = new EntityResolver(EntityResolverOptions.Default).Resolve(members);

            var findings = new CrossChecker(CrossCheckOptions.Default).Check(story, members, families, entities);

            var lengths = members.ToDictionary(a => a.Id, a => a.Text.Length);
            Assert.All(findings.Facts.SelectMany(f => f.Variants).SelectMany(v => v.Sources),
                s => Assert.InRange(s.Span.End, s.Span.Start, lengths[s.ArticleId]));
        }, iter: 300);
    }
}
