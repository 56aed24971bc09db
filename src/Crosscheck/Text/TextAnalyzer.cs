using Crosscheck.Model;

namespace Crosscheck.Text;

/// <summary>
/// Adds the text layers to an article: sentences, tokens, entities, dates and quantities, each
/// sorted by start. Runs on every body paragraph span and on the title span; all offsets point
/// into <see cref="Article.Text"/>.
/// </summary>
/// <remarks>
/// Build once and reuse: the constructor builds every table; <see cref="Analyze"/> keeps its
/// state in locals and is safe to call from several threads at once.
/// </remarks>
public sealed class TextAnalyzer
{
    public const string StageId = "text.analyze/1";

    private readonly TextAnalyzerOptions _options;
    private readonly SentenceSplitter _splitter = new();
    private readonly Tokenizer _tokenizer = new();
    private readonly IEntityTagger _tagger;
    private readonly DateNormalizer _dates = new();
    private readonly QuantityReader _quantities = new();

    public TextAnalyzer(TextAnalyzerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _tagger = options.EntityTagger ?? DefaultTagger();
    }

    /// <summary>The shipped entity model folder: <c>models/ner</c> next to the binaries.</summary>
    public static string ShippedModelFolder => Path.Combine(AppContext.BaseDirectory, "models", "ner");

    /// <summary>The tagger in use (its <see cref="IEntityTagger.StageId"/> goes into provenance).</summary>
    public IEntityTagger EntityTagger => _tagger;

    /// <summary>Annotates <paramref name="article"/>.</summary>
    /// <param name="article">The article; its text is not changed.</param>
    /// <param name="anchor">Date that relative expressions resolve against; defaults to the publication date.</param>
    public AnnotatedArticle Analyze(Article article, DateOnly? anchor = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        var text = article.Text;
        var anchorIsLowerBound = anchor is null && article.Metadata.PublishedEvidence == MetadataEvidence.Inferred;
        anchor ??= article.Metadata.Published;

        var regions = Regions(article);
        var sentences = new List<Sentence>();
        foreach (var region in regions)
        {
            _splitter.Split(text, region, sentences);
        }

        var tokens = new List<Token>(sentences.Count * 24);
        foreach (var sentence in sentences)
        {
            _tokenizer.Tokenize(text, sentence.Span, tokens);
        }

        var entities = _tagger.Tag(text, sentences, tokens);
        var dates = _dates.Find(text, sentences, tokens, anchor, anchorIsLowerBound);
        var quantities = _quantities.Read(text, sentences, tokens, dates);
        return new AnnotatedArticle(article)
        {
            Sentences = sentences,
            Tokens = tokens,
            Entities = SortedByStart(entities, static e => e.Span.Start),
            Dates = dates,
            Quantities = quantities,
        };
    }

    /// <summary>
    /// The trained model shipped next to the binaries (it scores far better than the baseline on
    /// held-out text, see README "Entity model"); the baseline when no model is there (a library
    /// used without the model files). A model that is there but unreadable is an error, not a fallback.
    /// </summary>
    private static IEntityTagger DefaultTagger() =>
        File.Exists(Path.Combine(ShippedModelFolder, Ner.NerModelFile.MetaFile))
            ? Ner.PerceptronEntityTagger.Load(ShippedModelFolder)
            : new BaselineEntityTagger();

    /// <summary>The title (when wanted, valid and apart from the body) and the body spans, sorted and clipped to the text.</summary>
    private List<TextSpan> Regions(Article article)
    {
        var length = article.Text.Length;
        var regions = new List<TextSpan>(article.Body.Count + 1);
        foreach (var span in article.Body)
        {
            var clipped = new TextSpan(Math.Clamp(span.Start, 0, length), Math.Clamp(span.End, 0, length));
            if (!clipped.IsEmpty)
            {
                regions.Add(clipped);
            }
        }

        if (_options.AnalyzeTitle && article.Metadata.TitleSpan is { IsEmpty: false } title && title.Start >= 0 && title.End <= length)
        {
            var overlaps = false;
            foreach (var span in regions)
            {
                overlaps |= span.Overlaps(title);
            }

            if (!overlaps)
            {
                regions.Add(title);
            }
        }

        regions.Sort(static (x, y) => x.Start.CompareTo(y.Start));

        // Overlapping body spans (bad input) are merged so that no sentence is produced twice.
        var merged = new List<TextSpan>(regions.Count);
        foreach (var span in regions)
        {
            if (merged.Count > 0 && merged[^1].End > span.Start)
            {
                merged[^1] = new TextSpan(merged[^1].Start, Math.Max(merged[^1].End, span.End));
            }
            else
            {
                merged.Add(span);
            }
        }

        return merged;
    }

    private static IReadOnlyList<T> SortedByStart<T>(IReadOnlyList<T> items, Func<T, int> start)
    {
        for (var i = 1; i < items.Count; i++)
        {
            if (start(items[i - 1]) > start(items[i]))
            {
                return [.. items.OrderBy(start)];
            }
        }

        return items;
    }
}
