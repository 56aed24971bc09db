using Crosscheck.Model;

namespace Crosscheck.Facts;

/// <summary>
/// The sentences of a story as sorted arrays of content-word ids, with how many families use
/// each word. Built once per story so that similarity is a merge of two int arrays.
/// </summary>
internal sealed class SentenceIndex
{
    private readonly List<Entry> _entries = [];
    private readonly int[] _familiesUsing;
    private readonly int _familyCount;

    public SentenceIndex(IReadOnlyList<AnnotatedArticle> articles, FamilyIndex families)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var wordsOfFamily = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        var scratch = new List<int>();
        for (var a = 0; a < articles.Count; a++)
        {
            var article = articles[a];
            var family = families.FamilyOf(article.Id);
            if (!wordsOfFamily.TryGetValue(family, out var familyWords))
            {
                familyWords = [];
                wordsOfFamily[family] = familyWords;
            }

            var count = article.Sentences.Count;
            for (var s = 0; s < count; s++)
            {
                var span = article.Sentences[s].Span;
                var words = Word.Scan(article.Text, span);
                scratch.Clear();
                foreach (var word in words)
                {
                    if (word.Lower.Length < 2 || EventVocabulary.StopWords.Contains(word.Lower))
                    {
                        continue;
                    }

                    if (!ids.TryGetValue(word.Lower, out var id))
                    {
                        id = ids.Count;
                        ids[word.Lower] = id;
                    }

                    scratch.Add(id);
                    familyWords.Add(id);
                }

                scratch.Sort();
                var distinct = scratch.Distinct().ToArray();
                _entries.Add(new Entry(a, span, words.Count, count <= 1 ? 0 : s / (double)(count - 1), distinct));
            }
        }

        _familiesUsing = new int[ids.Count];
        foreach (var familyWords in wordsOfFamily.Values)
        {
            foreach (var id in familyWords)
            {
                _familiesUsing[id]++;
            }
        }

        _familyCount = Math.Max(1, wordsOfFamily.Count);
    }

    public int Count => _entries.Count;

    public Entry this[int index] => _entries[index];

    /// <summary>Mean share of families using the sentence's content words, in [0, 1].</summary>
    public double Centrality(int sentence)
    {
        var words = _entries[sentence].WordIds;
        if (words.Length == 0)
        {
            return 0;
        }

        var sum = 0.0;
        foreach (var id in words)
        {
            sum += _familiesUsing[id];
        }

        return sum / words.Length / _familyCount;
    }

    /// <summary>Jaccard overlap of two sentences' content-word sets.</summary>
    public double Similarity(int a, int b)
    {
        var x = _entries[a].WordIds;
        var y = _entries[b].WordIds;
        if (x.Length == 0 || y.Length == 0)
        {
            return 0;
        }

        int i = 0, j = 0, shared = 0;
        while (i < x.Length && j < y.Length)
        {
            if (x[i] == y[j])
            {
                shared++;
                i++;
                j++;
            }
            else if (x[i] < y[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return shared / (double)(x.Length + y.Length - shared);
    }

    /// <param name="Article">Index of the article in story order.</param>
    /// <param name="Position">Relative position of the sentence in its article, 0 (first) to 1 (last).</param>
    internal readonly record struct Entry(int Article, TextSpan Span, int WordCount, double Position, int[] WordIds);
}
