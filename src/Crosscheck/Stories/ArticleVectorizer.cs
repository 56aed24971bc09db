using Crosscheck.Model;

namespace Crosscheck.Stories;

/// <summary>
/// Turns an article into a unit TF-IDF vector of body words (lower-cased, stop words removed,
/// lightly stemmed), title words (weighted up), capitalised words (weighted up: names in
/// sentence-case text), entity names (weighted up; in a short text only names of several words,
/// a one-word name being its word already) and the headline words of the URL slug
/// (<see cref="UrlSlugScanner"/>, weighted like a lighter title). IDF comes from the document frequencies
/// of the articles vectorised so far. The vector lives in <see cref="Terms"/>/<see cref="Weights"/>,
/// heaviest first, until the next call. Not thread-safe.
/// </summary>
internal sealed class ArticleVectorizer(ClusteringOptions options)
{
    private const int MaxWordLength = 64;
    private const char EntityPrefix = '\u0001';
    private const char BigramPrefix = '\u0003';

    private readonly TermVocabulary _vocabulary = new();
    private readonly HeadlineAffixTrimmer? _trimmer = options.AffixRepeats > 0 ? new HeadlineAffixTrimmer(options.AffixRepeats) : null;
    private readonly List<int> _seen = [];
    private float[] _counts = new float[1024];
    private int[] _terms = new int[256];
    private float[] _weights = new float[256];
    private char[] _entityBuffer = new char[256];

    public ReadOnlySpan<int> Terms => _terms.AsSpan(0, Length);

    public ReadOnlySpan<float> Weights => _weights.AsSpan(0, Length);

    public int Length { get; private set; }

    /// <summary>Distinct terms seen so far: every term id is below this.</summary>
    public int VocabularySize => _vocabulary.Count;

    /// <summary>Vectorises <paramref name="annotated"/> and counts it in the document frequencies.</summary>
    public void Vectorise(AnnotatedArticle annotated)
    {
        _seen.Clear();
        var article = annotated.Article;
        if (article.Metadata.Title is { } title)
        {
            var (start, end) = _trimmer is null ? (0, title.Length) : _trimmer.Trim(title, article.Metadata.Url, article.Metadata.Outlet);
            CountWords(title.AsSpan(start, end - start), options.TitleWeight, options.BigramWeight);
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

        if (options.SlugWeight > 0 && article.Metadata.Url is { } url)
        {
            CountSlugWords(url);
        }

        // In a short text (a headline) every name is a title word with its capital boost, once.
        var shortText = _seen.Count < options.ShortTextTerms;
        foreach (var mention in annotated.Entities)
        {
            CountEntity(mention.Span.In(article.Text), shortText);
        }

        var n = _seen.Count;
        if (_terms.Length < n)
        {
            _terms = new int[Math.Max(n, _terms.Length * 2)];
            _weights = new float[_terms.Length];
        }

        int i;
        for (i = 0; i < n; i++)
        {
            _terms[i] = _seen[i];
        }

        _vocabulary.AddDocument(_terms.AsSpan(0, n));
        var sum = 0.0;
        for (i = 0; i < n; i++)
        {
            var raw = _counts[_terms[i]];
            _counts[_terms[i]] = 0;
            var tf = raw >= 1f ? 1f + MathF.Log(raw) : raw;
            var weight = tf * _vocabulary.Idf(_terms[i]);
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

        Length = n;
    }

    /// <summary>
    /// Counts the words of <paramref name="text"/>; with <paramref name="bigramWeight"/> above 0, also
    /// each pair of neighbouring content words (stop words skipped) at that fraction of <paramref name="weight"/>.
    /// </summary>
    private void CountWords(ReadOnlySpan<char> text, float weight, float bigramWeight = 0f)
    {
        Span<char> buffer = stackalloc char[MaxWordLength];
        Span<char> pair = stackalloc char[(2 * MaxWordLength) + 2];
        pair[0] = BigramPrefix;
        var previous = 0;
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
            var boost = char.IsUpper(text[start]) ? options.CapitalizedWeight : 0f;
            Count(_vocabulary.Intern(buffer[..length]), weight * (1f + boost));
            if (bigramWeight > 0)
            {
                if (previous > 0)
                {
                    pair[previous + 1] = ' ';
                    buffer[..length].CopyTo(pair[(previous + 2)..]);
                    Count(_vocabulary.Intern(pair[..(previous + 2 + length)]), weight * bigramWeight);
                }

                buffer[..length].CopyTo(pair[1..]);
                previous = length;
            }
        }
    }

    /// <summary>Counts the headline words of the URL slug (<see cref="UrlSlugScanner"/>), without capital boosts.</summary>
    private void CountSlugWords(ReadOnlySpan<char> url)
    {
        Span<char> buffer = stackalloc char[MaxWordLength];
        var from = 0;
        while (UrlSlugScanner.TryNext(url, from, out var start, out var end))
        {
            from = end;
            var length = WordScanner.Fold(url[start..end], buffer);
            if (length < 2 || StopWords.Lookup.Contains(buffer[..length]))
            {
                continue;
            }

            length = LightStemmer.Stem(buffer[..length]);
            Count(_vocabulary.Intern(buffer[..length]), options.SlugWeight);
        }
    }

    /// <summary>
    /// Counts an entity name as one term; in a short text (<paramref name="shortText"/>) only a name of
    /// several words.
    /// </summary>
    private void CountEntity(ReadOnlySpan<char> name, bool shortText)
    {
        if (_entityBuffer.Length < name.Length + 1)
        {
            _entityBuffer = new char[name.Length * 2 + 1];
        }

        var buffer = _entityBuffer.AsSpan();
        buffer[0] = EntityPrefix;
        var n = 1;
        var from = 0;
        var words = 0;
        while (WordScanner.TryNext(name, from, out var start, out var end))
        {
            from = end;
            words++;
            if (n > 1)
            {
                buffer[n++] = ' ';
            }

            n += WordScanner.Fold(name[start..end], buffer[n..]);
        }

        // In a short text a one-word name ("Colorado", "SXSW") is already counted as its word,
        // capitalised boost included; a second term for it counts the name twice and lets one shared
        // name outweigh the rest of a headline. A name of several words is one term more specific than
        // its words. In a full text, where names compete with many repeated body words, it stays.
        if (words > 1 || (!shortText && n > 1))
        {
            Count(_vocabulary.Intern(buffer[..n]), options.EntityWeight);
        }
    }

    /// <summary>Adds <paramref name="weight"/> to the term's count in this article (counts are dense by term id, kept at 0 between articles).</summary>
    private void Count(int term, float weight)
    {
        if (weight <= 0)
        {
            return;
        }

        if (term >= _counts.Length)
        {
            Array.Resize(ref _counts, Math.Max(term + 1, _counts.Length * 2));
        }

        if (_counts[term] == 0)
        {
            _seen.Add(term);
        }

        _counts[term] += weight;
    }

    /// <summary>Writes what later vectors depend on: the vocabulary and the headline trimmer's learned labels (see <see cref="ClustererSnapshot"/>).</summary>
    public void WriteState(SnapshotWriter writer)
    {
        _vocabulary.WriteState(writer);
        writer.Bool(_trimmer is not null);
        _trimmer?.WriteState(writer);
    }

    /// <summary>Restores what <see cref="WriteState"/> wrote into this vectorizer, which has seen no article yet.</summary>
    public void ReadState(SnapshotReader reader)
    {
        _vocabulary.ReadState(reader);
        if (reader.Bool() != (_trimmer is not null))
        {
            throw new InvalidDataException("the headline trimmer setting differs from the options");
        }

        _trimmer?.ReadState(reader);
    }
}
