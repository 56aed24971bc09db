using Crosscheck.Extract;
using Crosscheck.Facts;
using Crosscheck.Ingest;
using Crosscheck.Model;
using Crosscheck.Storage;
using Crosscheck.Stories;
using Crosscheck.Text;
using Crosscheck.Text.Resolution;

namespace Crosscheck.Pipeline;

/// <summary>
/// The wired pipeline: ingest → extract → analyse → store, then stories → families → facts over
/// everything stored. Built once by <see cref="PipelineBuilder"/>; immutable and reusable.
/// </summary>
public sealed class Pipeline
{
    private readonly InputReader _reader;
    private readonly ArticleExtractor _extractor;
    private readonly TextAnalyzer _analyzer;

    internal Pipeline(PipelineOptions options)
    {
        Options = options;
        _reader = new InputReader(options.Ingest);
        _extractor = new ArticleExtractor(options.Extract);
        _analyzer = new TextAnalyzer(options.Text);
    }

    public PipelineOptions Options { get; }

    /// <summary>
    /// Versioned ids of the stages this pipeline runs, the entity model's included: recorded with
    /// the results so a report can say which code and model produced it.
    /// </summary>
    public IReadOnlyList<string> StageIds =>
    [
        InputReader.StageId, ArticleExtractor.StageId, BoilerplateRemover.StageId, TextAnalyzer.StageId,
        SentenceSplitter.StageId, Tokenizer.StageId, _analyzer.EntityTagger.StageId, DateNormalizer.StageId,
        QuantityReader.StageId, EntityResolver.StageId, StoryClusterer.StageId, SyndicationDetector.StageId,
        PublicationDateInferrer.StageId, ClaimExtractor.StageId, CrossChecker.StageId,
    ];

    /// <summary>
    /// Reads every input under <paramref name="paths"/>, extracts and analyses new articles and
    /// stores them batch by batch, each batch in one transaction. Content already stored is
    /// skipped. Bad inputs become diagnostics (also stored in the quarantine table); they never
    /// stop the run.
    /// </summary>
    public async Task<IngestReport> IngestAsync(
        IReadOnlyList<string> paths,
        SqliteStore store,
        IProgress<IngestProgress>? progress,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(store);
        var diagnostics = new List<Diagnostic>();
        var storedIds = new List<ArticleId>();
        var seenThisRun = new HashSet<string>(StringComparer.Ordinal);
        var batch = new List<RawDocument>(Options.BatchSize);
        int read = 0, alreadyStored = 0, failed = 0, filesReached = 0;
        var plan = InputPlan.Of(paths);
        string? lastPath = null;

        void Flush()
        {
            if (batch.Count == 0)
            {
                return;
            }

            var (added, batchDiagnostics) = StoreBatch(batch, store);
            storedIds.AddRange(added);
            diagnostics.AddRange(batchDiagnostics);
            failed += batchDiagnostics.Count(d => d.Severity == Severity.Error);
            batch.Clear();
            progress?.Report(new IngestProgress(read, storedIds.Count, failed, filesReached, plan.FileCount));
        }

        await foreach (var item in _reader.ReadAsync(plan, cancellationToken).ConfigureAwait(false))
        {
            var path = item.Document?.SourcePath ?? item.Diagnostic!.Location.Path;
            if (!string.Equals(path, lastPath, StringComparison.Ordinal))
            {
                lastPath = path;
                filesReached = Math.Min(filesReached + 1, plan.FileCount);
            }

            if (item.Diagnostic is { } diagnostic)
            {
                diagnostics.Add(diagnostic);
                store.AddDiagnostics([diagnostic]);
                if (diagnostic.Severity == Severity.Error)
                {
                    failed++;
                }

                continue;
            }

            var document = item.Document!;
            read++;
            if (!seenThisRun.Add(document.ContentHash) || store.ContainsContent(document.ContentHash))
            {
                alreadyStored++;
                continue;
            }

            batch.Add(document);
            if (batch.Count >= Options.BatchSize)
            {
                Flush();
            }
        }

        Flush();
        progress?.Report(new IngestProgress(read, storedIds.Count, failed, plan.FileCount, plan.FileCount));
        return new IngestReport(read, storedIds.Count, alreadyStored, storedIds, diagnostics);
    }

    private (IReadOnlyList<ArticleId> Added, IReadOnlyList<Diagnostic> Diagnostics) StoreBatch(
        List<RawDocument> batch, SqliteStore store)
    {
        var analysed = new AnnotatedArticle?[batch.Count];
        var perDocument = new IReadOnlyList<Diagnostic>[batch.Count];
        Parallel.For(
            0,
            batch.Count,
            new ParallelOptions { MaxDegreeOfParallelism = Options.MaxParallelism },
            i =>
            {
                var result = _extractor.Extract(batch[i]);
                perDocument[i] = result.Diagnostics;
                if (result.Article is { } article)
                {
                    analysed[i] = _analyzer.Analyze(article);
                }
            });

        var diagnostics = new List<Diagnostic>();
        var articles = new List<AnnotatedArticle>(batch.Count);
        for (var i = 0; i < batch.Count; i++)
        {
            diagnostics.AddRange(perDocument[i]);
            if (analysed[i] is { } article)
            {
                articles.Add(article);
            }
        }

        store.AddDiagnostics(diagnostics);
        return (store.AddArticles(articles), diagnostics);
    }

    /// <summary>
    /// A hash of everything that decides a story's findings given its articles: the stage and
    /// model ids and the story-side options. Stored with the stories, it tells a later run which
    /// stored findings it would compute identically.
    /// </summary>
    public string StoryFingerprint => ContentHash.Of(
        string.Join('\n', StageIds) + "\n" + Options.Clustering + "\n" + Options.Syndication + "\n" + Options.Resolver + "\n" + Options.CrossCheck);

    /// <summary>
    /// Re-groups every stored article into stories and stores them with <see cref="StoryFingerprint"/>.
    /// A story whose articles are exactly those of a stored story computed with the same
    /// fingerprint keeps its stored findings, so a run that adds a few articles re-checks only the
    /// stories they join.
    /// </summary>
    public StoryAnalysis AnalyzeStore(SqliteStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var fingerprint = StoryFingerprint;
        var previous = string.Equals(store.LoadStoriesFingerprint(), fingerprint, StringComparison.Ordinal) ? store.LoadStories() : null;
        var analysis = AnalyzeStories(store.LoadArticles(), previous);
        store.ReplaceStories(analysis.Stories, fingerprint);
        store.AddDiagnostics(analysis.Diagnostics);
        return analysis;
    }

    /// <summary>
    /// Groups articles (in arrival order) into stories, finds wire-copy families and
    /// cross-checks each story. Deterministic for a given order, so story ids are stable across
    /// runs and incremental additions. Findings in <paramref name="previous"/> (computed by a
    /// pipeline with the same <see cref="StoryFingerprint"/>) are reused for stories whose id and
    /// articles are unchanged.
    /// </summary>
    public StoryAnalysis AnalyzeStories(IReadOnlyList<AnnotatedArticle> articles, IReadOnlyList<StoryFindings>? previous = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var stored = new Dictionary<StoryId, StoryFindings>();
        foreach (var story in previous ?? [])
        {
            stored[story.Story.Id] = story;
        }

        var reused = 0;
        var clusterer = new StoryClusterer(Options.Clustering);
        foreach (var article in articles)
        {
            clusterer.Add(article);
        }

        clusterer.MergeConverged();

        var byId = new Dictionary<ArticleId, AnnotatedArticle>(articles.Count);
        foreach (var article in articles)
        {
            byId[article.Id] = article;
        }

        var syndication = new SyndicationDetector(Options.Syndication);
        var resolver = new EntityResolver(Options.Resolver);
        var checker = new CrossChecker(Options.CrossCheck);
        var findings = new List<StoryFindings>(clusterer.Stories.Count);
        var diagnostics = new List<Diagnostic>();
        foreach (var story in clusterer.Stories)
        {
            var members = new List<AnnotatedArticle>(story.ArticleIds.Count);
            foreach (var id in story.ArticleIds)
            {
                members.Add(byId[id]);
            }

            members = PublicationDateInferrer.InferFromStory(members, _analyzer);
            foreach (var member in members)
            {
                byId[member.Id] = member;
            }

            if (stored.TryGetValue(story.Id, out var kept) && kept.Story.ArticleIds.SequenceEqual(story.ArticleIds))
            {
                findings.Add(kept);
                reused++;
                continue;
            }

            IReadOnlyList<Family> families = [];
            try
            {
                families = syndication.Detect(members);
                var entities = resolver.Resolve(members);
                findings.Add(checker.Check(story, members, families, entities));
            }
            catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or IndexOutOfRangeException or
                                       NullReferenceException or KeyNotFoundException or FormatException or OverflowException)
            {
                // A bug met on one story's text must not cost the other stories: keep this one without facts, and say so.
                findings.Add(new StoryFindings(story, members[0].Article.Metadata.Title ?? "", families, [], [], [], []));
                diagnostics.Add(new Diagnostic(DiagnosticCodes.StoryCheckFailed, Severity.Error,
                    $"story {story.Id} ({members.Count} articles): cross-checking failed ({ex.GetType().Name}: {ex.Message}); " +
                    "the story is kept without facts, the other stories are checked; please report this with the input",
                    new DiagnosticLocation(members[0].Article.SourcePath)));
            }
        }

        var updated = new List<AnnotatedArticle>(articles.Count);
        foreach (var article in articles)
        {
            updated.Add(byId[article.Id]);
        }

        return new StoryAnalysis(updated, findings) { Reused = reused, Diagnostics = diagnostics };
    }
}
