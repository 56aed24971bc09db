using Crosscheck.Model;

namespace Crosscheck.Stories;

/// <summary>
/// Groups a stream of articles into stories in one online pass. Each article becomes a TF-IDF
/// vector of body words (lower-cased, stop words removed, lightly stemmed), title words (weighted
/// up) and entity names (weighted up); IDF comes from the document frequencies seen so far.
/// Candidate stories are found through an inverted index from terms to live stories; the article
/// joins the most similar candidate (cosine to the story centroid, times a time factor) when the
/// similarity passes <see cref="ClusteringOptions.Threshold"/> (lower for short texts, see
/// <see cref="ClusteringOptions.ShortTextThreshold"/>), else it founds a new story.
/// The result depends only on the articles and their order. Not thread-safe: one instance per stream.
/// </summary>
public sealed class StoryClusterer
{
    public const string StageId = "stories.cluster/1";

    private const int MaxWordLength = 64;
    private const char EntityPrefix = '\u0001';

    private readonly ClusteringOptions _options;
    private readonly TermVocabulary _vocabulary = new();
    private readonly List<StoryState> _stories = [];
    private readonly Dictionary<int, float> _counts = [];
    private List<int>?[] _postings = new List<int>?[1024];
    private int[] _stamps = new int[256];
    private readonly List<int> _candidates = [];
    private int[] _terms = new int[256];
    private float[] _weights = new float[256];
    private char[] _entityBuffer = new char[256];
    private int _articleNumber;
    private DateOnly? _latest;
    private IReadOnlyList<StoryCluster>? _snapshot;

    public StoryClusterer(ClusteringOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(options.WindowDays);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.CentroidTerms, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.RetrievalTerms, 1);
        _options = options;
    }

    /// <summary>
    /// Stories in creation order; each lists its articles in arrival order. A snapshot: it is built
    /// on first access after an <see cref="Add"/> and does not change afterwards.
    /// </summary>
    public IReadOnlyList<StoryCluster> Stories => _snapshot ??= Snapshot();

    /// <summary>Assigns the article to a story (an existing one or a new one) and returns its id.</summary>
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

        var length = Vectorise(article);
        var best = FindBest(length, published);
        StoryState story;
        if (best >= 0)
        {
            story = _stories[best];
        }
        else
        {
            best = _stories.Count;
            story = new StoryState(StoryId.FoundedBy(article.Id));
            _stories.Add(story);
            if (best == _stamps.Length)
            {
                Array.Resize(ref _stamps, best * 2);
            }
        }

        story.Members.Add(article.Id);
        story.AddDate(published);
        Absorb(story, best, length);
        return story.Id;
    }

    /// <summary>Fills <see cref="_terms"/>/<see cref="_weights"/> with the article's unit vector, heaviest first.</summary>
    private int Vectorise(AnnotatedArticle annotated)
    {
        _counts.Clear();
        var article = annotated.Article;
        if (article.Metadata.Title is { } title)
        {
            CountWords(title, _options.TitleWeight);
        }

        if (article.Body.Count == 0)
        {
            // No body paragraphs: the whole text is the body, except the title already counted.
            var text = article.Text.AsSpan();
            if (article.Metadata.TitleSpan is { } titleSpan && titleSpan.End <= text.Length)
            {
                CountWords(text[..titleSpan.Start], 1f);
                CountWords(text[titleSpan.End..], 1f);
            }
            else
            {
                CountWords(text, 1f);
            }
        }
        else
        {
            foreach (var span in article.Body)
            {
                CountWords(span.In(article.Text), 1f);
            }
        }

        foreach (var mention in annotated.Entities)
        {
            CountEntity(mention.Span.In(article.Text));
        }

        var n = _counts.Count;
        if (_terms.Length < n)
        {
            _terms = new int[Math.Max(n, _terms.Length * 2)];
            _weights = new float[_terms.Length];
        }

        var i = 0;
        foreach (var term in _counts.Keys)
        {
            _terms[i++] = term;
        }

        _vocabulary.AddDocument(_terms.AsSpan(0, n));
        var sum = 0.0;
        for (i = 0; i < n; i++)
        {
            var raw = _counts[_terms[i]];
            var weight = (1f + MathF.Log(raw)) * _vocabulary.Idf(_terms[i]);
            _weights[i] = -weight;
            sum += (double)weight * weight;
        }

        // Sorting by negated weight puts the heaviest terms first; ties keep a deterministic order.
        _weights.AsSpan(0, n).Sort(_terms.AsSpan(0, n));
        var scale = sum > 0 ? (float)(1.0 / Math.Sqrt(sum)) : 0f;
        for (i = 0; i < n; i++)
        {
            _weights[i] = -_weights[i] * scale;
        }

        return n;
    }

    private void CountWords(ReadOnlySpan<char> text, float weight)
    {
        Span<char> buffer = stackalloc char[MaxWordLength];
        var from = 0;
        while (WordScanner.TryNext(text, from, out var start, out var end))
        {
            from = end;
            var length = WordScanner.Fold(text[start..end], buffer);
            if (length < 2 || StopWords.Lookup.Contains(buffer[..length]))
            {
                continue;
            }

            length = LightStemmer.Stem(buffer[..length]);
            Count(_vocabulary.Intern(buffer[..length]), weight);
        }
    }

    private void CountEntity(ReadOnlySpan<char> name)
    {
        if (_entityBuffer.Length < name.Length + 1)
        {
            _entityBuffer = new char[name.Length * 2 + 1];
        }

        var buffer = _entityBuffer.AsSpan();
        buffer[0] = EntityPrefix;
        var n = 1;
        var from = 0;
        while (WordScanner.TryNext(name, from, out var start, out var end))
        {
            from = end;
            if (n > 1)
            {
                buffer[n++] = ' ';
            }

            n += WordScanner.Fold(name[start..end], buffer[n..]);
        }

        if (n > 1)
        {
            Count(_vocabulary.Intern(buffer[..n]), _options.EntityWeight);
        }
    }

    private void Count(int term, float weight)
    {
        _counts[term] = _counts.TryGetValue(term, out var old) ? old + weight : weight;
    }

    private int FindBest(int length, DateOnly? published)
    {
        _candidates.Clear();
        var retrieval = Math.Min(length, _options.RetrievalTerms);
        for (var i = 0; i < retrieval; i++)
        {
            var term = _terms[i];
            if (term >= _postings.Length || _postings[term] is not { } posting)
            {
                continue;
            }

            var kept = 0;
            for (var j = 0; j < posting.Count; j++)
            {
                var story = posting[j];
                if (IsRetired(_stories[story]))
                {
                    continue;
                }

                posting[kept++] = story;
                if (_stamps[story] != _articleNumber)
                {
                    _stamps[story] = _articleNumber;
                    _candidates.Add(story);
                }
            }

            posting.RemoveRange(kept, posting.Count - kept);
        }

        var best = -1;
        var bestScore = ThresholdFor(length);
        foreach (var index in _candidates)
        {
            var story = _stories[index];
            var factor = TimeFactor(story, published);
            if (factor <= 0 || story.CentroidNorm <= 0)
            {
                continue;
            }

            var dot = 0.0;
            for (var i = 0; i < length; i++)
            {
                if (story.Centroid.TryGetValue(_terms[i], out var w))
                {
                    dot += (double)w * _weights[i];
                }
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
        if (outside > _options.WindowDays)
        {
            return 0.0;
        }

        return _options.WindowDays == 0 ? 1.0 : 1.0 - _options.TimeDecay * outside / _options.WindowDays;
    }

    /// <summary>A story too old, relative to the newest article seen, to stay in the index.</summary>
    private bool IsRetired(StoryState story) =>
        story.LastDate is { } last && _latest is { } latest &&
        latest.DayNumber - last.DayNumber > Math.Max(_options.RetireAfterDays, 2 * _options.WindowDays);

    private void Absorb(StoryState story, int index, int length)
    {
        for (var i = 0; i < length; i++)
        {
            var term = _terms[i];
            if (story.Centroid.TryGetValue(term, out var old))
            {
                story.Centroid[term] = old + _weights[i];
                if (i < _options.RetrievalTerms)
                {
                    Post(term, index);
                }

                continue;
            }

            if (story.Centroid.Count >= 2 * _options.CentroidTerms && i >= _options.CentroidTerms)
            {
                continue;
            }

            story.Centroid[term] = _weights[i];
            if (i < _options.RetrievalTerms)
            {
                Post(term, index);
            }
        }

        story.Prune(_options.CentroidTerms);
    }

    private void Post(int term, int story)
    {
        if (term >= _postings.Length)
        {
            Array.Resize(ref _postings, Math.Max(term + 1, _postings.Length * 2));
        }

        var posting = _postings[term] ??= [];
        if (posting.Count == 0 || posting[^1] != story)
        {
            posting.Add(story);
        }
    }

    private StoryCluster[] Snapshot()
    {
        var result = new StoryCluster[_stories.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = new StoryCluster(_stories[i].Id, [.. _stories[i].Members]);
        }

        return result;
    }
}
