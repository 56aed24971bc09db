using Crosscheck.Model;

namespace Crosscheck.Stories;

/// <summary>
/// Groups a stream of articles into stories in one online pass. Each article becomes a unit TF-IDF
/// vector (<see cref="ArticleVectorizer"/>). Candidate stories are found through an inverted index
/// from distinctive terms to live stories (those near enough in time to pass the bar, see
/// <see cref="ClusteringOptions.TimeBoundedCandidates"/>); the article joins the most similar candidate (cosine to
/// the story centroid, times a time factor) when the similarity passes
/// <see cref="ClusteringOptions.Threshold"/> (lower for short texts, see
/// <see cref="ClusteringOptions.ShortTextThreshold"/>), else it founds a new story. Every
/// <see cref="ClusteringOptions.MergeEveryArticles"/> articles, and on <see cref="MergeConverged"/>,
/// stories that received articles since the last pass are merged into an older story whose
/// centroid has become as similar as <see cref="ClusteringOptions.MergeThreshold"/>; the older
/// story keeps its id; a story that took in another is checked again in the same pass; a small story of
/// short texts (<see cref="ClusteringOptions.SmallStoryMembers"/>) joins a larger story on the lower
/// <see cref="ClusteringOptions.SingletonMergeThreshold"/>. Stories whose last date falls far
/// behind the newest article leave the index.
/// Each story also keeps its latest member vectors: a centroid match stands only if the article
/// resembles one member (<see cref="ClusteringOptions.MemberFloor"/>), and an article that matches
/// no centroid may still join a candidate holding a near-copy of it
/// (<see cref="ClusteringOptions.MemberCandidates"/>).
/// The result depends only on the articles and their order. Not thread-safe: one instance per stream.
/// </summary>
public sealed partial class StoryClusterer
{
    public const string StageId = "stories.cluster/11";

    /// <summary>Body sentences (after the title) from which an article is a text, not a bare headline, for its time decay.</summary>
    private const int MinBodySentences = 2;

    private readonly ClusteringOptions _options;
    private readonly ArticleVectorizer _vectorizer;
    private readonly List<StoryState> _stories = [];
    private readonly List<int> _candidates = [];
    private readonly SortedSet<int> _touched = [];
    private readonly SortedSet<int> _grown = [];
    private readonly List<int> _live = [];
    private readonly List<KeyValuePair<int, float>> _top = [];
    private readonly List<KeyValuePair<int, float>> _ranked = [];
    private readonly List<KeyValuePair<int, float>> _heaviest = [];
    private readonly StoryPool _pool = new();
    private int[] _passStories = new int[64];
    private static readonly Comparison<KeyValuePair<int, float>> ByWeightThenIndex =
        static (a, b) => b.Value != a.Value ? b.Value.CompareTo(a.Value) : a.Key.CompareTo(b.Key);
    private List<int>?[] _postings = new List<int>?[1024];
    private StorySlot[] _slots = new StorySlot[256];
    private float[] _dense = new float[1024];
    private int _stamp;
    private int _storiesFounded;
    private double _articleFloor;
    private int _articleNumber;
    private double _latestHours = double.NegativeInfinity;
    private IReadOnlyList<StoryCluster>? _snapshot;
    private IReadOnlyList<HeldStory>? _held;

    public StoryClusterer(ClusteringOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(options.WindowDays);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.CentroidTerms, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.RetrievalTerms, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxCandidates, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(options.MergeEveryArticles);
        _options = options;
        _vectorizer = new ArticleVectorizer(options);
    }

    /// <summary>
    /// Stories in creation order (merged-away stories omitted); each lists its articles in arrival
    /// order. A snapshot: built on first access after a change and not changed afterwards.
    /// </summary>
    public IReadOnlyList<StoryCluster> Stories => _snapshot ??= Snapshot();

    /// <summary>
    /// The stories this clusterer holds, in founding order, with their ordinals: every story of
    /// the stream for a clusterer that never stopped; for one restored from a
    /// <see cref="ClustererSnapshot"/>, the stories that were live when it was taken and those
    /// founded since. A story left out of a snapshot had been released (retired or merged away)
    /// and can never change again, so the stories of the whole stream are the held ones not
    /// merged away together with those released earlier, ordered by ordinal. A snapshot, as
    /// <see cref="Stories"/>.
    /// </summary>
    public IReadOnlyList<HeldStory> Held => _held ??= HeldSnapshot();

    /// <summary>
    /// Assigns the article to a story (an existing one or a new one) and returns its id at this
    /// moment; a later merge pass may fold that story into an older one.
    /// </summary>
    public StoryId Add(AnnotatedArticle article) => Add(article, null);

    /// <summary>
    /// As <see cref="Add(AnnotatedArticle)"/>, with the article's exact publication time when the
    /// source gives one (a feed's or a labelled stream's timestamp); without it the article's
    /// <see cref="ArticleMetadata.Published"/> date stands for its whole day.
    /// </summary>
    public StoryId Add(AnnotatedArticle article, DateTimeOffset? publishedAt)
    {
        ArgumentNullException.ThrowIfNull(article);
        _snapshot = null;
        _held = null;
        _articleNumber++;
        var published = TimeRange.Of(article.Article.Metadata.Published, publishedAt);
        if (published is { } p && p.EndHours > _latestHours)
        {
            _latestHours = p.EndHours;
        }

        _vectorizer.Vectorise(article);
        var terms = _vectorizer.Terms;
        var weights = _vectorizer.Weights;
        Load(terms, weights);
        // A brief with a body ("About 20,000 nurses went on strike …") reports an event like any
        // full text; only a bare headline gets the headline's steep time decay, however many
        // sentences its punctuation makes of it (a headline repeated days later is a new story).
        _articleFloor = BodySentences(article) >= MinBodySentences ? _options.TimeFloor : TimeFloorFor(terms.Length);
        var best = FindBest(terms, weights, published);
        var vectors = _options.MemberVectors > 0;
        if (best >= 0 && vectors && _options.MemberFloor > 0 && BestMember(_stories[best], _dense) < _options.MemberFloor)
        {
            best = -1;
        }

        if (best < 0 && vectors && _options.MemberCandidates > 0)
        {
            best = FindBestByMember(published);
        }

        Unload(terms);

        if (best < 0)
        {
            best = _stories.Count;
            _stories.Add(new StoryState(StoryId.FoundedBy(article.Id), _storiesFounded++, _pool));
            if (best == _slots.Length)
            {
                Array.Resize(ref _slots, best * 2);
            }
        }

        var story = _stories[best];
        story.AddMember(article.Id, _articleNumber, terms.Length);
        story.AddTime(published);
        _slots[best].SetTime(story.Time);
        if (vectors)
        {
            story.AddMemberVector(_pool.RentVector(terms, weights, _options.CentroidTerms), _options.MemberVectors, _pool);
        }

        Absorb(story, best, terms, weights);
        if (_touched.Add(best) && story.MemberCount == 1)
        {
            _live.Add(best);
        }
        var id = story.Id;
        if (_options.MergeEveryArticles > 0 && _articleNumber % _options.MergeEveryArticles == 0)
        {
            MergeConverged();
            ReleaseRetired();
        }

        return id;
    }

    /// <summary>
    /// Runs a merge pass now over the stories that changed since the last one (the pipeline calls
    /// it after the last article of a run, so a stream's result does not depend on where it ends).
    /// A story that took in another has a new centroid, so it is checked again in the same pass,
    /// until no story merges: the pass leaves no two stories above the merge threshold that it
    /// could have found.
    /// </summary>
    public void MergeConverged()
    {
        if (_options.MergeThreshold > 1 || _touched.Count == 0)
        {
            _touched.Clear();
            return;
        }

        _snapshot = null;
        _held = null;
        var terms = _heaviest;
        while (_touched.Count > 0)
        {
            var count = _touched.Count;
            if (_passStories.Length < count)
            {
                _passStories = new int[Math.Max(count, 2 * _passStories.Length)];
            }

            _touched.CopyTo(_passStories);
            _touched.Clear();
            _grown.Clear();
            MergeOnce(_passStories.AsSpan(0, count), terms);

            // Each merge removes a story, so this ends.
            foreach (var index in _grown)
            {
                if (_stories[index].MergedInto < 0)
                {
                    _touched.Add(index);
                }
            }
        }

        _grown.Clear();
    }

    /// <summary>One merge pass over <paramref name="touched"/> (ascending story indices); stories that took in another are noted in <see cref="_grown"/>.</summary>
    private void MergeOnce(ReadOnlySpan<int> touched, List<KeyValuePair<int, float>> terms)
    {
        foreach (var index in touched)
        {
            var story = _stories[index];
            if (story.MergedInto >= 0 || story.CentroidNorm <= 0)
            {
                continue;
            }

            var small = story.MemberCount <= _options.SmallStoryMembers && story.MeanTerms < _options.ShortTextTerms && _options.SingletonMergeThreshold < _options.MergeThreshold;
            story.HeaviestTerms(_options.RetrievalTerms, terms);

            // The floor of the pair is at most this story's floor (it grows with text length).
            var reach = ReachHours(TimeFloorFor(story.MeanTerms), small ? _options.SingletonMergeThreshold : _options.MergeThreshold);
            Retrieve(terms, _options.RetrievalTerms, index, story.Time, reach);
            if (_candidates.Count == 0)
            {
                continue;
            }

            foreach (var (term, weight) in story.Centroid)
            {
                _dense[term] = weight;
            }

            var target = -1;
            var bestScore = _options.MergeThreshold;
            foreach (var other in _candidates)
            {
                var candidate = _stories[other];
                var factor = RangeFactor(story, candidate);
                if (candidate.CentroidNorm <= 0 || factor <= 0)
                {
                    continue;
                }

                var score = DenseDot(candidate) / (story.CentroidNorm * candidate.CentroidNorm) * factor;
                if (small && candidate.MemberCount > story.MemberCount && score >= _options.SingletonMergeThreshold)
                {
                    // A small story of short texts is judged against a larger story it resembles, on a lower bar.
                    score += _options.MergeThreshold - _options.SingletonMergeThreshold;
                }

                if (score > bestScore || (score == bestScore && other < target))
                {
                    bestScore = score;
                    target = other;
                }
            }

            foreach (var term in story.Centroid.Keys)
            {
                _dense[term] = 0;
            }

            if (target >= 0)
            {
                var (keep, fold) = target < index ? (target, index) : (index, target);
                Merge(keep, fold);
            }
        }
    }

    private int FindBest(ReadOnlySpan<int> terms, ReadOnlySpan<float> weights, TimeRange? published)
    {
        var top = _top;
        top.Clear();
        for (var i = 0; i < Math.Min(terms.Length, _options.RetrievalTerms); i++)
        {
            top.Add(new(terms[i], weights[i]));
        }

        var bestScore = ThresholdFor(terms.Length);
        var bar = _options.MemberCandidates > 0 ? Math.Min(bestScore, _options.MemberThreshold) : bestScore;
        Retrieve(top, top.Count, -1, published, ReachHours(_articleFloor, bar));
        var best = -1;
        foreach (var index in _candidates)
        {
            var story = _stories[index];
            var factor = TimeFactor(story, published);
            if (factor <= 0 || story.CentroidNorm <= 0)
            {
                continue;
            }

            var score = DenseDot(story) / story.CentroidNorm * factor;
            if (score > bestScore || (score == bestScore && best >= 0 && index < best))
            {
                bestScore = score;
                best = index;
            }
        }

        return best;
    }

    /// <summary>Dot product of the story's centroid with <see cref="_dense"/> (the article being placed, or a story in a merge pass).</summary>
    private float DenseDot(StoryState story)
    {
        var dense = _dense;
        var dot = 0f;
        foreach (var (term, weight) in story.Centroid)
        {
            dot += weight * dense[term];
        }

        return dot;
    }

    /// <summary>Writes the article's vector into <see cref="_dense"/> (zero everywhere else).</summary>
    private void Load(ReadOnlySpan<int> terms, ReadOnlySpan<float> weights)
    {
        if (_dense.Length < _vectorizer.VocabularySize)
        {
            Array.Resize(ref _dense, Math.Max(_vectorizer.VocabularySize, _dense.Length * 2));
        }

        for (var i = 0; i < terms.Length; i++)
        {
            _dense[terms[i]] = weights[i];
        }
    }

    private void Unload(ReadOnlySpan<int> terms)
    {
        foreach (var term in terms)
        {
            _dense[term] = 0;
        }
    }

    /// <summary>
    /// The second chance (<see cref="ClusteringOptions.MemberCandidates"/>): among the candidates
    /// left by <see cref="FindBest"/>, the best-scoring stories by centroid cosine are compared
    /// member by member; returns the story holding the most similar member above
    /// <see cref="ClusteringOptions.MemberThreshold"/>, or -1.
    /// </summary>
    private int FindBestByMember(TimeRange? published)
    {
        var ranked = _top;
        ranked.Clear();
        foreach (var index in _candidates)
        {
            var story = _stories[index];
            var factor = TimeFactor(story, published);
            if (factor <= 0 || story.CentroidNorm <= 0 || story.MemberVectors.Count == 0)
            {
                continue;
            }

            ranked.Add(new(index, (float)(DenseDot(story) / story.CentroidNorm * factor)));
        }

        ranked.Sort(ByWeightThenIndex);
        var best = -1;
        var bestScore = _options.MemberThreshold;
        for (var r = 0; r < Math.Min(ranked.Count, _options.MemberCandidates); r++)
        {
            var index = ranked[r].Key;
            var story = _stories[index];
            var factor = TimeFactor(story, published);
            foreach (var member in story.MemberVectors)
            {
                var score = member.Dot(_dense) * factor;
                if (score > bestScore || (score == bestScore && best >= 0 && index < best))
                {
                    bestScore = score;
                    best = index;
                }
            }
        }

        return best;
    }

    private static double BestMember(StoryState story, float[] dense)
    {
        var best = 0.0;
        foreach (var member in story.MemberVectors)
        {
            best = Math.Max(best, member.Dot(dense));
        }

        return best;
    }

    /// <summary>
    /// Hours from a story beyond which the time factor (with <paramref name="floor"/>) is at most
    /// <paramref name="bar"/>, so that no similarity can pass a bar that high: the window
    /// (<see cref="ClusteringOptions.WindowDays"/>) when the factor never falls that low, or when
    /// <see cref="ClusteringOptions.TimeBoundedCandidates"/> is off.
    /// </summary>
    private double ReachHours(double floor, double bar)
    {
        var window = 24.0 * _options.WindowDays;
        var halfLife = _options.TimeHalfLifeHours;
        if (!_options.TimeBoundedCandidates || halfLife <= 0 || bar <= floor || floor >= 1)
        {
            return window;
        }

        if (bar >= 1)
        {
            return 0;
        }

        // floor + (1 - floor) * 2^(-gap / halfLife) <= bar  <=>  gap >= halfLife * log2((1 - floor) / (bar - floor)).
        // A hair of slack keeps a candidate whose factor rounds to just above the bar.
        var gap = halfLife * Math.Log2((1 - floor) / (bar - floor));
        return Math.Min(window, (gap * (1 + 1e-9)) + 1e-9);
    }

    /// <summary>
    /// Fills <see cref="_candidates"/> with the live stories posted under the terms (dropping dead
    /// postings) whose time range lies within <paramref name="reachHours"/> of <paramref name="near"/>
    /// (at most the window; farther stories could not pass the caller's bar), keeping the
    /// <see cref="ClusteringOptions.MaxCandidates"/> that share the most term weight with the
    /// query, in story order. The walk reads only the compact <see cref="_slots"/>, not the stories.
    /// </summary>
    private void Retrieve(List<KeyValuePair<int, float>> terms, int count, int self, TimeRange? near, double reachHours)
    {
        _candidates.Clear();
        _stamp++;
        var slots = _slots;
        var retiredBefore = RetiredBeforeHours;
        var (from, to) = near is { } n
            ? (n.StartHours - reachHours, n.EndHours + reachHours)
            : (double.NegativeInfinity, double.PositiveInfinity);
        for (var t = 0; t < Math.Min(count, terms.Count); t++)
        {
            var (term, weight) = terms[t];
            if (term >= _postings.Length || _postings[term] is not { } posting)
            {
                continue;
            }

            var kept = 0;
            for (var j = 0; j < posting.Count; j++)
            {
                var story = posting[j];
                ref var slot = ref slots[story];
                if (slot.Dead || slot.EndHours < retiredBefore)
                {
                    _stories[story].PostedTerms.Remove(term);
                    continue;
                }

                posting[kept++] = story;
                if (story == self || slot.EndHours < from || slot.StartHours > to)
                {
                    continue;
                }

                if (slot.Stamp != _stamp)
                {
                    slot.Stamp = _stamp;
                    slot.Shared = 0;
                    _candidates.Add(story);
                }

                slot.Shared += weight;
            }

            posting.RemoveRange(kept, posting.Count - kept);
        }

        var max = _options.MaxCandidates;
        if (_candidates.Count > max)
        {
            // Keep the candidates sharing the most weight; ties go to the older story.
            _ranked.Clear();
            foreach (var candidate in _candidates)
            {
                _ranked.Add(new(candidate, _slots[candidate].Shared));
            }

            _ranked.Sort(ByWeightThenIndex);
            _candidates.Clear();
            for (var i = 0; i < max; i++)
            {
                _candidates.Add(_ranked[i].Key);
            }

            _candidates.Sort();
        }
    }

    /// <summary>
    /// Stories whose time range ends before this hour have left the index: no retrieval returns
    /// them again (the newest article's hour only grows), though their centroids are freed only at
    /// the next merge pass (<see cref="ReleaseRetired"/>).
    /// </summary>
    private double RetiredBeforeHours => _latestHours - (24.0 * Math.Max(_options.RetireAfterDays, 2 * _options.WindowDays));

    /// <summary>
    /// Frees the centroids of stories that left the index, and their posting entries (a posting
    /// list left empty goes too, so the index holds nothing for terms only dead stories used);
    /// their members stay. A walk would have dropped those entries when it met them, without
    /// other effect: a released story is dead for good.
    /// </summary>
    private void ReleaseRetired()
    {
        var kept = 0;
        for (var i = 0; i < _live.Count; i++)
        {
            var index = _live[i];
            var story = _stories[index];
            if (story.MergedInto >= 0 || IsRetired(story))
            {
                foreach (var term in story.PostedTerms)
                {
                    if (_postings[term] is { } posting)
                    {
                        posting.Remove(index);
                        if (posting.Count == 0)
                        {
                            _postings[term] = null;
                        }
                    }
                }

                story.Release(_pool);
                _slots[index].Dead = true;
                continue;
            }

            _live[kept++] = index;
        }

        _live.RemoveRange(kept, _live.Count - kept);
    }

    /// <summary>The short-text threshold below ShortTextTerms terms, blending into Threshold at twice that.</summary>
    /// <summary>Sentences that start after the title (after the first sentence when there is no title).</summary>
    private static int BodySentences(AnnotatedArticle article)
    {
        var titleEnd = article.Article.Metadata.TitleSpan?.End ?? (article.Sentences.Count > 0 ? article.Sentences[0].Span.End : 0);
        var count = 0;
        foreach (var sentence in article.Sentences)
        {
            count += sentence.Span.Start >= titleEnd ? 1 : 0;
        }

        return count;
    }

    private double ThresholdFor(double terms) => ByLength(terms, _options.ShortTextThreshold, _options.Threshold);

    /// <summary>The short-text time floor below ShortTextTerms terms, blending into TimeFloor at twice that.</summary>
    private double TimeFloorFor(double terms) => ByLength(terms, _options.ShortTextTimeFloor, _options.TimeFloor);

    /// <summary><paramref name="shortValue"/> up to ShortTextTerms distinct terms, <paramref name="longValue"/> from twice that, linear between.</summary>
    private double ByLength(double terms, double shortValue, double longValue)
    {
        var shortTerms = _options.ShortTextTerms;
        if (terms <= shortTerms)
        {
            return shortValue;
        }

        if (terms >= 2 * shortTerms)
        {
            return longValue;
        }

        var t = (terms - shortTerms) / shortTerms;
        return shortValue + (t * (longValue - shortValue));
    }

    /// <summary>
    /// 1 inside the story's time range, decaying with the hours outside it (see <see cref="DecayFor"/>)
    /// towards the time floor of the article being placed (<see cref="_articleFloor"/>); 1 when either is undated.
    /// </summary>
    private double TimeFactor(StoryState story, TimeRange? published) =>
        published is { } time && story.Time is { } range ? DecayFor(range.GapHours(time), _articleFloor) : 1.0;

    /// <summary>
    /// The time factor between two stories, as <see cref="TimeFactor"/> with the hours between
    /// their time ranges and the floor of the story with shorter members: 1 when the ranges overlap
    /// (or a story is undated), 0 beyond the window.
    /// </summary>
    private double RangeFactor(StoryState a, StoryState b) =>
        a.Time is { } ar && b.Time is { } br
            ? DecayFor(ar.GapHours(br), TimeFloorFor(Math.Min(a.MeanTerms, b.MeanTerms)))
            : 1.0;

    /// <summary>
    /// 1 at no gap, 0 from <see cref="ClusteringOptions.WindowDays"/> on (dates are whole days, so
    /// articles dated more than WindowDays apart); between, floor + (1 - floor) * 2^(-gap / half-life)
    /// with <see cref="ClusteringOptions.TimeHalfLifeHours"/> (no decay when it is 0).
    /// </summary>
    private double DecayFor(double gapHours, double floor)
    {
        if (gapHours <= 0)
        {
            return 1.0;
        }

        if (gapHours >= 24.0 * _options.WindowDays)
        {
            return 0.0;
        }

        var halfLife = _options.TimeHalfLifeHours;
        return halfLife <= 0 ? 1.0 : floor + ((1 - floor) * Math.Pow(2, -gapHours / halfLife));
    }

    /// <summary>A story too old, relative to the newest article seen, to stay in the index.</summary>
    private bool IsRetired(StoryState story) =>
        story.Time is { } range &&
        _latestHours - range.EndHours > 24.0 * Math.Max(_options.RetireAfterDays, 2 * _options.WindowDays);

    private void Absorb(StoryState story, int index, ReadOnlySpan<int> terms, ReadOnlySpan<float> weights)
    {
        for (var i = 0; i < terms.Length; i++)
        {
            var term = terms[i];
            if (story.Centroid.TryGetValue(term, out var old))
            {
                story.Centroid[term] = old + weights[i];
            }
            else if (story.Centroid.Count >= 2 * _options.CentroidTerms && i >= _options.CentroidTerms)
            {
                continue;
            }
            else
            {
                story.Centroid[term] = weights[i];
            }

            if (i < _options.RetrievalTerms)
            {
                Post(term, index);
            }
        }

        story.Prune(_options.CentroidTerms, _pool);
    }

    /// <summary>Folds story <paramref name="fold"/> into the older story <paramref name="keep"/>.</summary>
    private void Merge(int keep, int fold)
    {
        var target = _stories[keep];
        var source = _stories[fold];
        target.Absorb(source, _options.CentroidTerms, _options.MemberVectors, _pool);
        source.MergedInto = keep;
        _slots[fold].Dead = true;
        _slots[keep].SetTime(target.Time);
        var top = _ranked;
        target.HeaviestTerms(_options.RetrievalTerms, top);
        foreach (var (term, _) in top)
        {
            Post(term, keep);
        }

        _touched.Remove(fold);
        _grown.Remove(fold);
        _grown.Add(keep);
    }

    private void Post(int term, int story)
    {
        if (term >= _postings.Length)
        {
            Array.Resize(ref _postings, Math.Max(term + 1, _postings.Length * 2));
        }

        if (_stories[story].PostedTerms.Add(term))
        {
            (_postings[term] ??= []).Add(story);
        }
    }

    /// <summary>
    /// What the candidate walk needs of a story, stored by story index in one compact array so the
    /// walk over long posting lists does not touch the stories themselves.
    /// </summary>
    private struct StorySlot
    {
        /// <summary>The retrieval pass that last counted this story.</summary>
        public int Stamp;

        /// <summary>Retrieval-term weight shared with the query in that pass.</summary>
        public float Shared;

        /// <summary>Merged away or released: its postings are dropped when met.</summary>
        public bool Dead;

        public double StartHours;

        public double EndHours;

        /// <summary>Copies the story's time range; an undated story spans all time.</summary>
        public void SetTime(TimeRange? time) =>
            (StartHours, EndHours) = time is { } t ? (t.StartHours, t.EndHours) : (double.NegativeInfinity, double.PositiveInfinity);
    }

    private List<HeldStory> HeldSnapshot()
    {
        var result = new List<HeldStory>(_stories.Count);
        foreach (var story in _stories)
        {
            var merged = story.MergedInto >= 0;
            result.Add(new HeldStory(new StoryCluster(story.Id, merged ? [] : story.MembersInArrivalOrder()), story.Ordinal, merged));
        }

        return result;
    }

    private List<StoryCluster> Snapshot()
    {
        var result = new List<StoryCluster>(_stories.Count);
        foreach (var story in _stories)
        {
            if (story.MergedInto < 0)
            {
                result.Add(new StoryCluster(story.Id, story.MembersInArrivalOrder()));
            }
        }

        return result;
    }
}
