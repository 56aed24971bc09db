using Crosscheck.Model;

namespace Crosscheck.Stories;

/// <summary>
/// Groups a stream of articles into stories in one online pass. Each article becomes a unit TF-IDF
/// vector (<see cref="ArticleVectorizer"/>). Candidate stories are found through an inverted index
/// from distinctive terms to live stories; the article joins the most similar candidate (cosine to
/// the story centroid, times a time factor) when the similarity passes
/// <see cref="ClusteringOptions.Threshold"/> (lower for short texts, see
/// <see cref="ClusteringOptions.ShortTextThreshold"/>), else it founds a new story. Every
/// <see cref="ClusteringOptions.MergeEveryArticles"/> articles, and on <see cref="MergeConverged"/>,
/// stories that received articles since the last pass are merged into an older story whose
/// centroid has become as similar as <see cref="ClusteringOptions.MergeThreshold"/>; the older
/// story keeps its id. Stories whose last date falls far behind the newest article leave the index.
/// Each story also keeps its latest member vectors: a centroid match stands only if the article
/// resembles one member (<see cref="ClusteringOptions.MemberFloor"/>), and an article that matches
/// no centroid may still join a candidate holding a near-copy of it
/// (<see cref="ClusteringOptions.MemberCandidates"/>).
/// The result depends only on the articles and their order. Not thread-safe: one instance per stream.
/// </summary>
public sealed class StoryClusterer
{
    public const string StageId = "stories.cluster/4";

    private readonly ClusteringOptions _options;
    private readonly ArticleVectorizer _vectorizer;
    private readonly List<StoryState> _stories = [];
    private readonly List<int> _candidates = [];
    private readonly SortedSet<int> _touched = [];
    private readonly List<int> _live = [];
    private readonly List<KeyValuePair<int, float>> _top = [];
    private List<int>?[] _postings = new List<int>?[1024];
    private int[] _stamps = new int[256];
    private float[] _shared = new float[256];
    private double[] _tailNorms = new double[256];
    private int _stamp;
    private int _articleNumber;
    private DateOnly? _latest;
    private IReadOnlyList<StoryCluster>? _snapshot;

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
    /// Assigns the article to a story (an existing one or a new one) and returns its id at this
    /// moment; a later merge pass may fold that story into an older one.
    /// </summary>
    public StoryId Add(AnnotatedArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        _snapshot = null;
        _articleNumber++;
        var published = article.Article.Metadata.Published;
        if (published is { } p && (_latest is not { } l || p > l))
        {
            _latest = p;
        }

        _vectorizer.Vectorise(article);
        var terms = _vectorizer.Terms;
        var weights = _vectorizer.Weights;
        var best = FindBest(terms, weights, published);
        var vector = _options.MemberVectors > 0 ? new MemberVector(terms, weights, _options.CentroidTerms) : null;
        if (best >= 0 && vector is not null && _options.MemberFloor > 0 && BestMember(_stories[best], vector) < _options.MemberFloor)
        {
            best = -1;
        }

        if (best < 0 && vector is not null && _options.MemberCandidates > 0)
        {
            best = FindBestByMember(terms, weights, vector, published);
        }

        if (best < 0)
        {
            best = _stories.Count;
            _stories.Add(new StoryState(StoryId.FoundedBy(article.Id)));
            if (best == _stamps.Length)
            {
                Array.Resize(ref _stamps, best * 2);
                Array.Resize(ref _shared, best * 2);
            }
        }

        var story = _stories[best];
        story.AddMember(article.Id, _articleNumber);
        story.AddDate(published);
        if (vector is not null)
        {
            story.AddMemberVector(vector, _options.MemberVectors);
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
    /// </summary>
    public void MergeConverged()
    {
        if (_options.MergeThreshold > 1 || _touched.Count == 0)
        {
            _touched.Clear();
            return;
        }

        _snapshot = null;
        var touched = new int[_touched.Count];
        _touched.CopyTo(touched);
        _touched.Clear();
        var terms = new List<KeyValuePair<int, float>>();
        foreach (var index in touched)
        {
            var story = _stories[index];
            if (story.MergedInto >= 0 || story.CentroidNorm <= 0)
            {
                continue;
            }

            story.HeaviestTerms(int.MaxValue, terms);
            TailNorms(terms);
            var target = -1;
            var bestScore = _options.MergeThreshold;
            Retrieve(terms, _options.RetrievalTerms, index);
            foreach (var other in _candidates)
            {
                var candidate = _stories[other];
                var factor = RangeFactor(story, candidate);
                if (candidate.CentroidNorm <= 0 || factor <= 0)
                {
                    continue;
                }

                // As in FindBest: heaviest terms first, stop once the rest cannot lift the cosine past the best.
                var bound = bestScore / factor * story.CentroidNorm * candidate.CentroidNorm;
                var dot = 0.0;
                var i = 0;
                for (; i < terms.Count; i++)
                {
                    if ((i & 15) == 0 && dot + (_tailNorms[i] * candidate.CentroidNorm) < bound)
                    {
                        break;
                    }

                    if (candidate.Centroid.TryGetValue(terms[i].Key, out var w))
                    {
                        dot += (double)w * terms[i].Value;
                    }
                }

                if (i < terms.Count)
                {
                    continue;
                }

                var score = dot / (story.CentroidNorm * candidate.CentroidNorm) * factor;
                if (score > bestScore || (score == bestScore && other < target))
                {
                    bestScore = score;
                    target = other;
                }
            }

            if (target >= 0)
            {
                var (keep, fold) = target < index ? (target, index) : (index, target);
                Merge(keep, fold);
            }
        }
    }

    private int FindBest(ReadOnlySpan<int> terms, ReadOnlySpan<float> weights, DateOnly? published)
    {
        var top = _top;
        top.Clear();
        for (var i = 0; i < Math.Min(terms.Length, _options.RetrievalTerms); i++)
        {
            top.Add(new(terms[i], weights[i]));
        }

        Retrieve(top, top.Count, -1);
        if (_tailNorms.Length < terms.Length + 1)
        {
            _tailNorms = new double[Math.Max(terms.Length + 1, _tailNorms.Length * 2)];
        }

        _tailNorms[terms.Length] = 0;
        var tail = 0.0;
        for (var k = terms.Length - 1; k >= 0; k--)
        {
            tail += (double)weights[k] * weights[k];
            _tailNorms[k] = Math.Sqrt(tail);
        }

        var best = -1;
        var bestScore = ThresholdFor(terms.Length);
        foreach (var index in _candidates)
        {
            var story = _stories[index];
            var factor = TimeFactor(story, published);
            if (factor <= 0 || story.CentroidNorm <= 0)
            {
                continue;
            }

            // Terms come heaviest first; by Cauchy-Schwarz the terms not yet read add at most
            // their norm to the cosine, so a candidate that cannot beat the best is dropped early.
            var dot = 0.0;
            var bound = bestScore / factor * story.CentroidNorm;
            var i = 0;
            for (; i < terms.Length; i++)
            {
                if ((i & 15) == 0 && dot + (_tailNorms[i] * story.CentroidNorm) < bound)
                {
                    break;
                }

                if (story.Centroid.TryGetValue(terms[i], out var w))
                {
                    dot += (double)w * weights[i];
                }
            }

            if (i < terms.Length)
            {
                continue;
            }

            var score = dot / story.CentroidNorm * factor;
            if (score > bestScore || (score == bestScore && best >= 0 && index < best))
            {
                bestScore = score;
                best = index;
            }
        }

        return best;
    }

    /// <summary>
    /// The second chance (<see cref="ClusteringOptions.MemberCandidates"/>): among the candidates
    /// left by <see cref="FindBest"/>, the best-scoring stories by centroid cosine are compared
    /// member by member; returns the story holding the most similar member above
    /// <see cref="ClusteringOptions.MemberThreshold"/>, or -1.
    /// </summary>
    private int FindBestByMember(ReadOnlySpan<int> terms, ReadOnlySpan<float> weights, MemberVector vector, DateOnly? published)
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

            var dot = 0.0;
            for (var i = 0; i < terms.Length; i++)
            {
                if (story.Centroid.TryGetValue(terms[i], out var w))
                {
                    dot += (double)w * weights[i];
                }
            }

            ranked.Add(new(index, (float)(dot / story.CentroidNorm * factor)));
        }

        ranked.Sort(static (a, b) => b.Value != a.Value ? b.Value.CompareTo(a.Value) : a.Key.CompareTo(b.Key));
        var best = -1;
        var bestScore = _options.MemberThreshold;
        for (var r = 0; r < Math.Min(ranked.Count, _options.MemberCandidates); r++)
        {
            var index = ranked[r].Key;
            var story = _stories[index];
            var factor = TimeFactor(story, published);
            foreach (var member in story.MemberVectors)
            {
                var score = vector.Dot(member) * factor;
                if (score > bestScore || (score == bestScore && best >= 0 && index < best))
                {
                    bestScore = score;
                    best = index;
                }
            }
        }

        return best;
    }

    private static double BestMember(StoryState story, MemberVector vector)
    {
        var best = 0.0;
        foreach (var member in story.MemberVectors)
        {
            best = Math.Max(best, vector.Dot(member));
        }

        return best;
    }

    /// <summary>
    /// Fills <see cref="_candidates"/> with the live stories posted under the terms (dropping dead
    /// postings), keeping the <see cref="ClusteringOptions.MaxCandidates"/> that share the most
    /// term weight with the query, in story order.
    /// </summary>
    private void Retrieve(List<KeyValuePair<int, float>> terms, int count, int self)
    {
        _candidates.Clear();
        _stamp++;
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
                if (_stories[story].MergedInto >= 0 || IsRetired(_stories[story]))
                {
                    _stories[story].PostedTerms.Remove(term);
                    continue;
                }

                posting[kept++] = story;
                if (story == self)
                {
                    continue;
                }

                if (_stamps[story] != _stamp)
                {
                    _stamps[story] = _stamp;
                    _shared[story] = 0;
                    _candidates.Add(story);
                }

                _shared[story] += weight;
            }

            posting.RemoveRange(kept, posting.Count - kept);
        }

        var max = _options.MaxCandidates;
        if (_candidates.Count > max)
        {
            // Keep the candidates sharing the most weight; ties go to the older story.
            _candidates.Sort((a, b) => _shared[b] != _shared[a] ? _shared[b].CompareTo(_shared[a]) : a.CompareTo(b));
            _candidates.RemoveRange(max, _candidates.Count - max);
            _candidates.Sort();
        }
    }

    /// <summary>Fills <see cref="_tailNorms"/>: entry i is the norm of the weights from i on (terms sorted heaviest first).</summary>
    private void TailNorms(List<KeyValuePair<int, float>> terms)
    {
        if (_tailNorms.Length < terms.Count + 1)
        {
            _tailNorms = new double[Math.Max(terms.Count + 1, _tailNorms.Length * 2)];
        }

        _tailNorms[terms.Count] = 0;
        var tail = 0.0;
        for (var k = terms.Count - 1; k >= 0; k--)
        {
            tail += (double)terms[k].Value * terms[k].Value;
            _tailNorms[k] = Math.Sqrt(tail);
        }
    }

    /// <summary>Frees the centroids of stories that left the index; their members stay.</summary>
    private void ReleaseRetired()
    {
        var kept = 0;
        for (var i = 0; i < _live.Count; i++)
        {
            var index = _live[i];
            var story = _stories[index];
            if (story.MergedInto >= 0 || IsRetired(story))
            {
                story.Release();
                continue;
            }

            _live[kept++] = index;
        }

        _live.RemoveRange(kept, _live.Count - kept);
    }

    /// <summary>The short-text threshold below ShortTextTerms terms, blending into Threshold at twice that.</summary>
    private double ThresholdFor(int terms)
    {
        var shortTerms = _options.ShortTextTerms;
        if (terms <= shortTerms)
        {
            return _options.ShortTextThreshold;
        }

        if (terms >= 2 * shortTerms)
        {
            return _options.Threshold;
        }

        var t = (double)(terms - shortTerms) / shortTerms;
        return _options.ShortTextThreshold + (t * (_options.Threshold - _options.ShortTextThreshold));
    }

    /// <summary>1 inside the story's date range, falling to 1 - TimeDecay at the window edge, 0 beyond.</summary>
    private double TimeFactor(StoryState story, DateOnly? published)
    {
        if (published is not { } date || story.FirstDate is not { } first || story.LastDate is not { } last)
        {
            return 1.0;
        }

        var outside = date < first ? first.DayNumber - date.DayNumber : date > last ? date.DayNumber - last.DayNumber : 0;
        return DecayFor(outside);
    }

    /// <summary>
    /// The time factor between two stories, as <see cref="TimeFactor"/> with the days between their
    /// date ranges: 1 when the ranges overlap (or a story is undated), 0 beyond the window.
    /// </summary>
    private double RangeFactor(StoryState a, StoryState b)
    {
        if (a.FirstDate is not { } af || b.FirstDate is not { } bf)
        {
            return 1.0;
        }

        var gap = Math.Max(0, Math.Max(af.DayNumber - b.LastDate!.Value.DayNumber, bf.DayNumber - a.LastDate!.Value.DayNumber));
        return DecayFor(gap);
    }

    private double DecayFor(int outsideDays) =>
        outsideDays > _options.WindowDays ? 0.0 :
        _options.WindowDays == 0 ? 1.0 : 1.0 - (_options.TimeDecay * outsideDays / _options.WindowDays);

    /// <summary>A story too old, relative to the newest article seen, to stay in the index.</summary>
    private bool IsRetired(StoryState story) =>
        story.LastDate is { } last && _latest is { } latest &&
        latest.DayNumber - last.DayNumber > Math.Max(_options.RetireAfterDays, 2 * _options.WindowDays);

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

        story.Prune(_options.CentroidTerms);
    }

    /// <summary>Folds story <paramref name="fold"/> into the older story <paramref name="keep"/>.</summary>
    private void Merge(int keep, int fold)
    {
        var target = _stories[keep];
        var source = _stories[fold];
        target.Absorb(source, _options.CentroidTerms, _options.MemberVectors);
        source.MergedInto = keep;
        var top = new List<KeyValuePair<int, float>>();
        target.HeaviestTerms(_options.RetrievalTerms, top);
        foreach (var (term, _) in top)
        {
            Post(term, keep);
        }

        _touched.Remove(fold);
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
