using System.Diagnostics;
using Crosscheck.Facts;
using Crosscheck.Model;
using Crosscheck.Storage;
using Crosscheck.Stories;
using Crosscheck.Text;

namespace Crosscheck.Evaluation;

/// <summary>
/// Measures the cross-checking stage alone on pre-analysed articles: ingest and text analysis
/// happen first (untimed), families and entities are then built (timed separately), and only
/// <see cref="CrossChecker.Check"/> counts as fact extraction + alignment + judgement.
/// A benchmark harness for <c>crosscheck bench facts</c>, never a test.
/// </summary>
public sealed class FactBenchmark
{
    private readonly Pipeline.Pipeline _pipeline;

    public FactBenchmark(Pipeline.Pipeline pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        _pipeline = pipeline;
    }

    /// <summary>Ingests and analyses the files of <paramref name="folder"/> into a temporary store and returns the articles in file order.</summary>
    public async Task<IReadOnlyList<AnnotatedArticle>> PrepareAsync(string folder, CancellationToken cancellationToken)
    {
        var work = Directory.CreateTempSubdirectory("crosscheck-bench-facts-");
        try
        {
            using var store = SqliteStore.Open(Path.Combine(work.FullName, "bench.db"));
            var files = Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal).ToList();
            await _pipeline.IngestAsync(files, store, null, cancellationToken).ConfigureAwait(false);
            return store.LoadArticles();
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    /// <summary>Cross-checks <paramref name="articles"/> as one story.</summary>
    public FactBenchmarkRun Judge(IReadOnlyList<AnnotatedArticle> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var options = _pipeline.Options;
        var clock = Stopwatch.StartNew();
        var families = new SyndicationDetector(options.Syndication).Detect(articles);
        var entities = new EntityResolver(options.Resolver).Resolve(articles);
        var preparation = clock.Elapsed;

        var story = new StoryCluster(StoryId.FoundedBy(articles[0].Id), articles.Select(a => a.Id).ToList());
        var checker = new CrossChecker(options.CrossCheck);
        clock.Restart();
        var findings = checker.Check(story, articles, families, entities);
        return new FactBenchmarkRun(articles.Count, findings.Facts.Count, preparation, clock.Elapsed);
    }
}
