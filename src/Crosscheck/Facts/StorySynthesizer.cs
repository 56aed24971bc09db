using System.Text;
using Crosscheck.Model;

namespace Crosscheck.Facts;

/// <summary>
/// Writes the neutral headline and the extractive summary of a story.
/// The headline is the title sharing the most words, on average, with the other titles and (at
/// half weight) the other articles' text, without its outlet suffix. The summary picks 3–6 sentences greedily by maximal marginal relevance:
/// relevance rewards sentences that state corroborated facts not yet covered by the sentences
/// already picked, entities named by several
/// families, words many families use, and an early position; redundancy is word-set overlap with
/// the sentences already picked. Each summary sentence cites its article, that article's wire
/// copies, every article stating each of the sentence's facts with the same value, and every
/// article with a closely matching sentence.
/// </summary>
public sealed class StorySynthesizer
{
    /// <summary>Weight of a title's word coverage of another article's text, next to title-to-title overlap (weight 1).</summary>
    private const double BodyCoverageWeight = 0.5;

    private readonly CrossCheckOptions _options;

    public StorySynthesizer(CrossCheckOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    public string Headline(IReadOnlyList<AnnotatedArticle> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var titles = new List<(string Title, HashSet<string> Words, int Article)>();
        for (var a = 0; a < articles.Count; a++)
        {
            if (CleanTitle(articles[a].Article.Metadata.Title, articles[a].Article.Metadata.Outlet) is { Length: > 0 } title)
            {
                titles.Add((title, ContentWords(title), a));
            }
        }

        if (titles.Count == 0)
        {
            var first = articles.FirstOrDefault(a => a.Sentences.Count > 0);
            return first is null ? "" : Trim(WhitespaceFolding.Collapse(first.Sentences[0].Span.In(first.Text)), _options.MaxHeadlineChars);
        }

        // Each title is also read against the other articles' text: a headline naming what the
        // story is about ("Prince of Ostland's interview") beats a commentary title ("Royal arrogance").
        // Its coverage summed over the other texts is, word by word, how many texts use the word
        // (less its own article's text), so one pass over the texts serves every title.
        var textsUsing = TextsUsingTitleWords(articles, titles, out var ownTextUses);
        var best = 0;
        var bestScore = -1.0;
        for (var i = 0; i < titles.Count; i++)
        {
            var score = 0.0;
            for (var j = 0; j < titles.Count; j++)
            {
                if (i != j)
                {
                    score += FactAligner.Jaccard(titles[i].Words, titles[j].Words);
                }
            }

            var words = titles[i].Words;
            if (words.Count > 0)
            {
                var uses = -ownTextUses[i];
                foreach (var word in words)
                {
                    uses += textsUsing[word];
                }

                score += BodyCoverageWeight * uses / words.Count;
            }

            if (score > bestScore + 1e-9)
            {
                bestScore = score;
                best = i;
            }
        }

        return titles[best].Title;
    }

    /// <param name="articles">The story's articles in story order.</param>
    /// <param name="facts">The judged facts; sentences cited by corroborated facts are preferred.</param>
    public IReadOnlyList<SummarySentence> Summarize(
        IReadOnlyList<AnnotatedArticle> articles, FamilyIndex families, IReadOnlyList<Fact> facts, EntityResolution entities)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(families);
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(entities);

        var index = new SentenceIndex(articles, families);
        var factsOf = FactsBySentence(facts);
        var entityWeight = EntityWeights(entities, families);
        var candidates = new List<int>();
        var baseRelevance = new double[index.Count];
        var maxRelevance = 0.0;
        for (var s = 0; s < index.Count; s++)
        {
            var entry = index[s];
            if (entry.WordCount < _options.MinSummaryWords || entry.WordCount > _options.MaxSummaryWords)
            {
                continue;
            }

            var article = articles[entry.Article];
            var score = 0.5 * EntityScore(article, entry.Span, entities, entityWeight);
            score += 2 * index.Centrality(s);
            score += 0.5 * (1 - entry.Position);
            baseRelevance[s] = score;
            maxRelevance = Math.Max(maxRelevance, score + FactGain(factsOf, new SourceRef(article.Id, entry.Span), []));
            candidates.Add(s);
        }

        var chosen = new List<int>();
        var covered = new HashSet<int>();
        while (chosen.Count < _options.MaxSummarySentences && maxRelevance > 0)
        {
            var best = -1;
            var bestScore = double.MinValue;
            var bestRelevance = 0.0;
            foreach (var s in candidates)
            {
                var redundancy = 0.0;
                foreach (var c in chosen)
                {
                    redundancy = Math.Max(redundancy, index.Similarity(s, c));
                }

                if (redundancy >= _options.CitationOverlap || chosen.Contains(s))
                {
                    continue;
                }

                var source = new SourceRef(articles[index[s].Article].Id, index[s].Span);
                var rel = (baseRelevance[s] + FactGain(factsOf, source, covered)) / maxRelevance;
                var mmr = (_options.SummaryRelevanceWeight * rel) - ((1 - _options.SummaryRelevanceWeight) * redundancy);
                if (mmr > bestScore)
                {
                    bestScore = mmr;
                    best = s;
                    bestRelevance = rel;
                }
            }

            if (best < 0 || (chosen.Count >= _options.MinSummarySentences && bestRelevance < 0.3))
            {
                break;
            }

            chosen.Add(best);
            if (factsOf.TryGetValue(new SourceRef(articles[index[best].Article].Id, index[best].Span), out var bestFacts))
            {
                covered.UnionWith(bestFacts.Select(f => f.Fact));
            }
        }

        chosen.Sort((a, b) => index[a].Position != index[b].Position
            ? index[a].Position.CompareTo(index[b].Position)
            : index[a].Article.CompareTo(index[b].Article));

        var summary = new List<SummarySentence>(chosen.Count);
        foreach (var s in chosen)
        {
            var entry = index[s];
            var article = articles[entry.Article];
            var source = new SourceRef(article.Id, entry.Span);
            var cited = new HashSet<ArticleId>(families.CopiesOf(article.Id));
            cited.UnionWith(SupportingArticles(factsOf, source));
            for (var other = 0; other < index.Count; other++)
            {
                if (index[other].Article != entry.Article && index.Similarity(s, other) >= _options.CitationOverlap)
                {
                    cited.Add(articles[index[other].Article].Id);
                }
            }

            var ordered = articles.Select(a => a.Id).Where(cited.Contains).ToList();
            summary.Add(new SummarySentence(WhitespaceFolding.Collapse(entry.Span.In(article.Text)), ordered, source));
        }

        return summary;
    }

    /// <summary>For each sentence, the facts it states: fact index, weight by status, and the variant it supports.</summary>
    private static Dictionary<SourceRef, List<(int Fact, double Weight, FactVariant Variant)>> FactsBySentence(IReadOnlyList<Fact> facts)
    {
        var map = new Dictionary<SourceRef, List<(int Fact, double Weight, FactVariant Variant)>>();
        for (var i = 0; i < facts.Count; i++)
        {
            var fact = facts[i];
            if (fact.Kind == FactKind.Naming)
            {
                continue;
            }

            var weight = fact.Status switch
            {
                FactStatus.Corroborated => 2.0,
                FactStatus.Compatible => 1.5,
                FactStatus.Conflicting => 0.5,
                _ => 0.25,
            };
            foreach (var variant in fact.Variants)
            {
                foreach (var source in variant.Sources)
                {
                    if (!map.TryGetValue(source, out var list))
                    {
                        list = [];
                        map[source] = list;
                    }

                    var index = i;
                    if (!list.Exists(f => f.Fact == index))
                    {
                        list.Add((i, weight, variant));
                    }
                }
            }
        }

        return map;
    }

    private static double FactGain(Dictionary<SourceRef, List<(int Fact, double Weight, FactVariant Variant)>> factsOf, SourceRef sentence, HashSet<int> covered)
    {
        if (!factsOf.TryGetValue(sentence, out var stated))
        {
            return 0;
        }

        var gain = 0.0;
        foreach (var (fact, weight, _) in stated)
        {
            gain += covered.Contains(fact) ? 0 : weight;
        }

        return gain;
    }

    /// <summary>Articles that state every fact of the sentence with the same value.</summary>
    private static HashSet<ArticleId> SupportingArticles(Dictionary<SourceRef, List<(int Fact, double Weight, FactVariant Variant)>> factsOf, SourceRef sentence)
    {
        if (!factsOf.TryGetValue(sentence, out var stated) || stated.Count == 0)
        {
            return [];
        }

        var support = new HashSet<ArticleId>(stated[0].Variant.Sources.Select(s => s.ArticleId));
        foreach (var (_, _, variant) in stated.Skip(1))
        {
            support.IntersectWith(variant.Sources.Select(s => s.ArticleId));
        }

        return support;
    }

    private static Dictionary<string, double> EntityWeights(EntityResolution entities, FamilyIndex families)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var entity in entities.Entities)
        {
            var count = entity.ArticleIds.Select(families.FamilyOf).Distinct(StringComparer.Ordinal).Count();
            weights[entity.Id] = count >= 2 ? Math.Min(count, 4) / 4.0 : 0.1;
        }

        return weights;
    }

    private static double EntityScore(AnnotatedArticle article, TextSpan sentence, EntityResolution entities, Dictionary<string, double> weights)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var score = 0.0;
        foreach (var mention in article.Entities)
        {
            if (mention.Span.Start >= sentence.End)
            {
                break;
            }

            if (sentence.Contains(mention.Span) && entities.TryGetEntity(article.Id, mention.Span, out var entity) && seen.Add(entity.Id))
            {
                score += weights.GetValueOrDefault(entity.Id);
            }
        }

        return score;
    }

    internal static string? CleanTitle(string? title, string? outlet)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }

        var cleaned = WhitespaceFolding.Collapse(title.AsSpan().Trim().TrimStart('#').Trim());
        foreach (var separator in (ReadOnlySpan<string>)[" | ", " - ", " – ", " — ", " :: "])
        {
            var at = cleaned.LastIndexOf(separator, StringComparison.Ordinal);
            if (at <= 0)
            {
                continue;
            }

            var tail = cleaned[(at + separator.Length)..].Trim();
            var isOutlet = outlet is not null && tail.Equals(outlet, StringComparison.OrdinalIgnoreCase);
            if (isOutlet || (tail.Split(' ').Length <= 4 && cleaned[..at].Split(' ').Length > 4))
            {
                cleaned = cleaned[..at].Trim();
            }
        }

        return cleaned;
    }

    /// <summary>
    /// For every content word of some title, how many of the articles' texts use it; and for each
    /// title, how many of its words its own article's text uses. Words are matched lower-cased
    /// without allocating a string per word of text.
    /// </summary>
    private static Dictionary<string, int> TextsUsingTitleWords(
        IReadOnlyList<AnnotatedArticle> articles, List<(string Title, HashSet<string> Words, int Article)> titles, out int[] ownTextUses)
    {
        var textsUsing = new Dictionary<string, int>(StringComparer.Ordinal);
        var titleOf = new int[articles.Count];
        Array.Fill(titleOf, -1);
        for (var t = 0; t < titles.Count; t++)
        {
            titleOf[titles[t].Article] = t;
            foreach (var word in titles[t].Words)
            {
                textsUsing.TryAdd(word, 0);
            }
        }

        ownTextUses = new int[titles.Count];
        var lookup = textsUsing.GetAlternateLookup<ReadOnlySpan<char>>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        Span<char> lower = stackalloc char[64];
        for (var a = 0; a < articles.Count; a++)
        {
            seen.Clear();
            var text = articles[a].Text;
            var i = 0;
            while (Word.NextRun(text, ref i, text.Length, out var start))
            {
                var run = text.AsSpan(start, i - start);
                ReadOnlySpan<char> word = run.Length <= lower.Length ? lower[..run.ToLowerInvariant(lower)] : run.ToString().ToLowerInvariant();
                if (lookup.TryGetValue(word, out var key, out _) && seen.Add(key))
                {
                    textsUsing[key]++;
                }
            }

            if (titleOf[a] >= 0)
            {
                foreach (var word in titles[titleOf[a]].Words)
                {
                    ownTextUses[titleOf[a]] += seen.Contains(word) ? 1 : 0;
                }
            }
        }

        return textsUsing;
    }

    internal static HashSet<string> ContentWords(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in Word.Scan(text, new TextSpan(0, text.Length)))
        {
            if (word.Lower.Length > 1 && !EventVocabulary.StopWords.Contains(word.Lower))
            {
                words.Add(word.Lower);
            }
        }

        return words;
    }

    private static string Trim(string text, int maxChars)
    {
        if (text.Length <= maxChars)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', maxChars - 1);
        return text[..(cut > 0 ? cut : maxChars - 1)] + "…";
    }
}
