using Crosscheck.Extract;
using Crosscheck.Facts;
using Crosscheck.Ingest;
using Crosscheck.Model;
using Crosscheck.Reports;
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
    /// <summary>Articles read from the store per query while clustering.</summary>
    private const int ArticlesPerRead = 1000;

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
    /// <see cref="AnalyzeStoreChanges"/>, then every stored story read back in stored order: the
    /// stories of the whole stream, as one uninterrupted run gives them. Holds every story's
    /// findings in memory; <see cref="AnalyzeStoreChanges"/> and <see cref="SqliteStore.ReadStories"/>
    /// do not.
    /// <see cref="StoryAnalysis.Articles"/> holds the articles read this run: those of the stories
    /// checked again (see <see cref="ReadReportArticles"/> for all of them).
    /// </summary>
    public StoryAnalysis AnalyzeStore(SqliteStore store)
    {
        var articles = new Dictionary<ArticleId, StoredArticle>();
        var changes = Analyze(store, articles);
        var read = new List<StoredArticle>(articles.Values);
        read.Sort(static (a, b) => a.Seq.CompareTo(b.Seq));
        var stories = store.LoadStories();
        return new StoryAnalysis([.. read.Select(static a => a.Article)], stories)
        {
            Reused = stories.Count - changes.Checked, Diagnostics = changes.Diagnostics,
        };
    }

    /// <summary>
    /// Groups the stored articles into stories and stores them with <see cref="StoryFingerprint"/>,
    /// continuing from where the last run stopped: the story clusterer's state is saved with the
    /// stories (<see cref="ClustererSnapshot"/>), so a run restores it and clusters only the
    /// articles stored since, with exactly the result of clustering every stored article in one
    /// pass. Without a usable saved state (none, other settings or code, damaged: a warning) it
    /// clusters every stored article. The saved state holds only the stories that can still
    /// change; a story released from it (retired, or merged away) stands as stored and is
    /// neither read nor written again. Each story is stored at its ordinal (its place in founding
    /// order), so the stored order is the stream's whatever run wrote each story.
    /// A story whose articles and place are those of a stored story computed with the same
    /// fingerprint keeps its stored rows and findings without either being read, so a run that
    /// adds a few articles reads, re-checks and stores again only the stories they join, and
    /// reads no stored findings.
    /// </summary>
    /// <param name="store">The store to analyse.</param>
    /// <param name="progress">Told after each page of articles clustered and each batch of stories checked.</param>
    public StoryChanges AnalyzeStoreChanges(SqliteStore store, IProgress<AnalysisProgress>? progress = null) => Analyze(store, null, progress);

    /// <summary><see cref="AnalyzeStoreChanges"/>, adding to <paramref name="collected"/> (when given) every article read for checking, as checked.</summary>
    private StoryChanges Analyze(SqliteStore store, Dictionary<ArticleId, StoredArticle>? collected, IProgress<AnalysisProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        var fingerprint = StoryFingerprint;
        var reusable = string.Equals(store.LoadStoriesFingerprint(), fingerprint, StringComparison.Ordinal);
        var diagnostics = new List<Diagnostic>();
        long lastSeq = 0, seen = 0;
        // Stories stored by other code or settings are all replaced: cluster from the first article.
        var restored = false;
        var clusterer = reusable
            ? RestoreClusterer(store, fingerprint, diagnostics, out lastSeq, out seen, out restored)
            : new StoryClusterer(Options.Clustering);
        // After a restore the articles clustered now are the run's new ones, which the stories
        // they join need: they are kept for checking. Otherwise (a first run, a full re-cluster)
        // every stored article is clustered, and a story's articles are read again when it is
        // checked, a batch of stories at a time, so memory does not grow with the store.
        var kept = new Dictionary<ArticleId, StoredArticle>();
        var toCluster = progress is null ? 0 : Math.Max(0, store.CountArticles() - seen);
        var seenBefore = seen;
        for (var page = store.LoadArticlesAfter(lastSeq, ArticlesPerRead); page.Count > 0; page = store.LoadArticlesAfter(lastSeq, ArticlesPerRead))
        {
            progress?.Report(new AnalysisProgress(AnalysisProgress.Clustering, seen - seenBefore, toCluster));
            foreach (var article in page)
            {
                clusterer.Add(article.Article);
                if (restored)
                {
                    kept[article.Article.Id] = article;
                }

                lastSeq = article.Seq;
                seen++;
            }
        }

        progress?.Report(new AnalysisProgress(AnalysisProgress.Clustering, seen - seenBefore, Math.Max(toCluster, seen - seenBefore)));

        // Saved before the run's final merge pass: a stream that went on would not have run it here.
        var checkpoint = new ClustererCheckpoint(fingerprint, lastSeq, seen, ClustererSnapshot.Write(clusterer));
        clusterer.MergeConverged();

        var (changed, remove) = Compare(store, clusterer.Held, reusable ? (restored ? HeldIds(clusterer.Held) : null) : []);
        var checker = new StoryChecker(Options);
        var stream = new StoryCheckStream(store, changed, kept, checker, _analyzer, ArticlesPerRead, collected, progress);
        if (reusable)
        {
            store.UpdateStories(remove, stream.Stories(), checkpoint);
        }
        else
        {
            store.ReplaceStories(stream.Stories(), fingerprint, checkpoint);
        }

        if (collected is not null)
        {
            foreach (var (id, article) in kept)
            {
                collected.TryAdd(id, article);
            }
        }

        diagnostics.AddRange(checker.Diagnostics);
        store.AddDiagnostics(diagnostics);
        return new StoryChanges(stream.ArticlesRead, stream.Checked, store.CountStories()) { Diagnostics = diagnostics };
    }

    /// <summary>
    /// The articles the report of the stored story <paramref name="story"/> shows
    /// (<see cref="StoryReport.ArticlesShown"/>), read from the store without annotation layers, its
    /// own articles with the publication dates inferred from it as <see cref="AnalyzeStoreChanges"/>
    /// infers them (without analysing them again).
    /// </summary>
    public static IReadOnlyList<Article> LoadStoryArticles(SqliteStore store, StoryFindings story)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(story);
        var loaded = new Dictionary<ArticleId, Article>();
        foreach (var article in store.LoadArticlesWithoutLayers(StoryReport.ArticlesShown(story)))
        {
            loaded[article.Id] = article;
        }

        var members = new List<Article>(story.Story.ArticleIds.Count);
        foreach (var id in story.Story.ArticleIds)
        {
            if (loaded.Remove(id, out var article))
            {
                members.Add(article);
            }
        }

        var shown = PublicationDateInferrer.InferDates(members);
        shown.AddRange(loaded.Values);
        return shown;
    }

    /// <summary>
    /// Every stored article without its annotation layers, in arrival order, with its wire-copy
    /// family and, when <paramref name="inferredDates"/> has its id, the publication date inferred
    /// from its story (as <see cref="LoadStoryArticles"/> infers it), read one at a time as
    /// enumerated: the articles of <c>stories.json</c>.
    /// </summary>
    public static IEnumerable<(Article Article, FamilyId? Family)> ReadReportArticles(
        SqliteStore store, IReadOnlyDictionary<ArticleId, DateOnly> inferredDates)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(inferredDates);
        foreach (var (article, family) in store.ReadArticlesWithFamilies())
        {
            yield return (inferredDates.TryGetValue(article.Id, out var date) ? PublicationDateInferrer.WithStoryDate(article, date) : article, family);
        }
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
        var stored = StoredFindings(previous);
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

        var checker = new StoryChecker(Options);
        var findings = new List<StoryFindings>(clusterer.Stories.Count);
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

            if (IsUnchanged(story, stored))
            {
                findings.Add(stored[story.Id]);
                reused++;
                continue;
            }

            findings.Add(checker.Check(story, members));
        }

        var updated = new List<AnnotatedArticle>(articles.Count);
        foreach (var article in articles)
        {
            updated.Add(byId[article.Id]);
        }

        return new StoryAnalysis(updated, findings) { Reused = reused, Diagnostics = checker.Diagnostics };
    }

    /// <summary>
    /// The clusterer saved in the store by a pipeline with <paramref name="fingerprint"/>, and how
    /// far into the stored articles it reaches; a new clusterer (from the first article) when there
    /// is none, or when it cannot be used (a warning in <paramref name="diagnostics"/>).
    /// </summary>
    private StoryClusterer RestoreClusterer(
        SqliteStore store, string fingerprint, List<Diagnostic> diagnostics, out long lastSeq, out long seen, out bool restored)
    {
        lastSeq = 0;
        seen = 0;
        restored = false;
        if (!store.TryLoadClustererCheckpoint(out var checkpoint) || !string.Equals(checkpoint.Fingerprint, fingerprint, StringComparison.Ordinal))
        {
            return new StoryClusterer(Options.Clustering);
        }

        var count = store.CountArticlesUpTo(checkpoint.LastSeq);
        string problem;
        if (count != checkpoint.ArticleCount)
        {
            problem = $"it was saved after {checkpoint.ArticleCount} articles, but {count} stored articles arrived by then";
        }
        else if (ClustererSnapshot.TryRead(checkpoint.State, Options.Clustering, out var clusterer, out problem))
        {
            lastSeq = checkpoint.LastSeq;
            seen = checkpoint.ArticleCount;
            restored = true;
            return clusterer;
        }

        diagnostics.Add(new Diagnostic(DiagnosticCodes.ClustererStateUnusable, Severity.Warning,
            $"the saved story clusterer state cannot be used ({problem}); every stored article is clustered again, " +
            "which gives the same stories and takes longer; the next run saves a fresh state",
            new DiagnosticLocation(store.Path)));
        return new StoryClusterer(Options.Clustering);
    }

    /// <summary>
    /// The held stories (not merged away) whose stored rows cannot stand, in order, and the stored
    /// stories to delete: among the stored stories with <paramref name="ids"/> (all when null), each
    /// one not stored at its ordinal with exactly its articles. Stored stories not among
    /// <paramref name="ids"/> are neither read nor changed.
    /// </summary>
    private static (List<HeldStory> Changed, List<StoryId> Remove) Compare(SqliteStore store, IReadOnlyList<HeldStory> held, List<StoryId>? ids)
    {
        var stored = new Dictionary<StoryId, StoryPlace>();
        if (ids is null || ids.Count > 0)
        {
            foreach (var place in store.LoadStoryPlaces(ids))
            {
                stored[place.Id] = place;
            }
        }

        var changed = new List<HeldStory>();
        var standing = new HashSet<StoryId>();
        foreach (var story in held)
        {
            if (story.MergedAway)
            {
                continue;
            }

            if (stored.TryGetValue(story.Story.Id, out var place) && place.Seq == story.Ordinal + 1L &&
                place.ArticleIds.SequenceEqual(story.Story.ArticleIds))
            {
                standing.Add(story.Story.Id);
            }
            else
            {
                changed.Add(story);
            }
        }

        var remove = new List<StoryId>();
        foreach (var id in stored.Keys)
        {
            if (!standing.Contains(id))
            {
                remove.Add(id);
            }
        }

        return (changed, remove);
    }

    private static List<StoryId> HeldIds(IReadOnlyList<HeldStory> held) => [.. held.Select(static h => h.Story.Id)];

    private static Dictionary<StoryId, StoryFindings> StoredFindings(IReadOnlyList<StoryFindings>? previous)
    {
        var stored = new Dictionary<StoryId, StoryFindings>();
        foreach (var story in previous ?? [])
        {
            stored[story.Story.Id] = story;
        }

        return stored;
    }

    /// <summary>True when a stored story has the id and exactly the articles of <paramref name="story"/>: its findings stand.</summary>
    private static bool IsUnchanged(StoryCluster story, Dictionary<StoryId, StoryFindings> stored) =>
        stored.TryGetValue(story.Id, out var kept) && kept.Story.ArticleIds.SequenceEqual(story.ArticleIds);
}
