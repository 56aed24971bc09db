using Crosscheck.Model;

namespace Crosscheck.Extract;

/// <summary>
/// Turns a <see cref="RawDocument"/> into an <see cref="Article"/>: body paragraphs with site
/// chrome removed, and metadata (title, outlet, date, authors, agencies) with its evidence.
/// Plain text keeps the file as <see cref="Article.Text"/>; HTML text is rebuilt from the main
/// content; JSONL uses the record's main text. Thread-safe.
/// </summary>
public sealed class ArticleExtractor
{
    public const string StageId = "extract.article/2";

    private readonly ExtractOptions _options;
    private readonly BoilerplateRemover _remover = new(BoilerplateOptions.Default);
    private readonly HtmlContentExtractor _html;

    public ArticleExtractor(ExtractOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _html = new HtmlContentExtractor(options.MaxHtmlDepth);
    }

    public ExtractResult Extract(RawDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var diagnostics = new List<Diagnostic>();
        var location = new DiagnosticLocation(document.SourcePath, document.Record);
        var draft = new MetadataDraft { DateBounds = DateBounds.Until(_options.Clock.GetUtcNow()) };
        string text;
        List<TextSpan> blocks;
        bool findTitle = true;
        int titleIndex = -1;
        var strategy = ExtractionStrategy.PlainText;
        ApplyHints(document.Hints, draft);
        if (document.Format == SourceFormat.Html)
        {
            var page = _html.Extract(document.Content, draft, location, diagnostics);
            text = page.Text;
            blocks = page.Blocks;
            titleIndex = page.TitleIndex;
            strategy = page.Strategy;
            findTitle = false;
        }
        else
        {
            text = document.Content;
            blocks = TextBlocks.Split(text);
            if (draft.Title is not null)
            {
                findTitle = false;
            }
        }
        var marks = new ChromeKind?[blocks.Count];
        int headerTitle = LayoutReader.ReadHeader(text, blocks, marks, draft, findTitle);
        if (findTitle)
        {
            titleIndex = headerTitle;
        }
        if (titleIndex >= 0)
        {
            marks[titleIndex] = null;
        }
        else if (draft.Title is not null && draft.TitleSpan is null && blocks.Count > 0)
        {
            titleIndex = MatchTitle(text, blocks, draft);
        }
        LayoutReader.ReadFooter(text, blocks, marks, draft);
        var (body, removed) = Classify(text, blocks, marks, titleIndex, draft, document.Format == SourceFormat.Html);
        var metadata = MetadataResolver.Resolve(draft, text, blocks, marks, _options.Outlets, location, diagnostics);
        if (body.Count == 0)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.NoBody, Severity.Error,
                "no article body found (every block looked like title, metadata or site chrome); document skipped", location));
            return new ExtractResult(null, diagnostics) { Strategy = strategy };
        }
        var article = new Article
        {
            Id = document.Id,
            SourcePath = document.SourcePath,
            Record = document.Record,
            Format = document.Format,
            ContentHash = document.ContentHash,
            Text = text,
            Metadata = metadata,
            Body = body,
            Removed = removed,
        };
        return new ExtractResult(article, diagnostics) { Strategy = strategy };
    }

    private (List<TextSpan> Body, List<RemovedBlock> Removed) Classify(string text, List<TextSpan> blocks,
        ChromeKind?[] marks, int titleIndex, MetadataDraft draft, bool fromDom)
    {
        // Classify only the blocks not already taken by title, byline, date or footer.
        var open = new List<TextSpan>(blocks.Count);
        var openIndex = new List<int>(blocks.Count);
        for (int i = 0; i < blocks.Count; i++)
        {
            if (marks[i] is null && i != titleIndex)
            {
                open.Add(blocks[i]);
                openIndex.Add(i);
            }
        }
        var verdicts = _remover.Classify(text, open);
        for (int k = 0; k < verdicts.Length; k++)
        {
            if (!fromDom || IsSureChrome(verdicts[k]))
            {
                marks[openIndex[k]] = verdicts[k];
            }
        }
        var body = new List<TextSpan>(open.Count);
        var removed = new List<RemovedBlock>();
        int datelineChecks = 0;
        for (int i = 0; i < blocks.Count; i++)
        {
            if (i == titleIndex)
            {
                continue;
            }
            if (marks[i] is { } kind)
            {
                removed.Add(new RemovedBlock(blocks[i], kind));
                if (kind == ChromeKind.Credit)
                {
                    Bylines.ReadCredit(blocks[i].In(text), draft);
                }
                continue;
            }
            if (datelineChecks < 2)
            {
                Bylines.ReadDateline(blocks[i].In(text), draft);
                datelineChecks++;
            }
            body.Add(blocks[i]);
        }
        return (body, removed);
    }

    /// <summary>
    /// For text rebuilt from the DOM (already chosen by structure), only the block verdicts that
    /// rest on unambiguous wording: tag lists, calls to share or follow, appeals, page controls,
    /// legal footers and gallery counters. Shape-only verdicts (short, unpunctuated, capitalised)
    /// cost real subheadings, table rows and non-Latin prose there.
    /// </summary>
    private static bool IsSureChrome(ChromeKind? kind) =>
        kind is ChromeKind.TagList or ChromeKind.SocialCall or ChromeKind.Appeal or ChromeKind.Control
            or ChromeKind.Footer or ChromeKind.GalleryCounter;

    /// <summary>Points the title span at the first block when it repeats the stated title.</summary>
    private static int MatchTitle(string text, List<TextSpan> blocks, MetadataDraft draft)
    {
        var first = blocks[0];
        var content = first.In(text).Trim('#').Trim();
        if (content.Equals(draft.Title.AsSpan().Trim(), StringComparison.OrdinalIgnoreCase))
        {
            LayoutReader.SetTitle(text, first, draft);
            return 0;
        }
        return -1;
    }

    private static void ApplyHints(SourceHints? hints, MetadataDraft draft)
    {
        if (hints is null)
        {
            return;
        }
        draft.Title = hints.Title;
        draft.Url = hints.Url;
        if (hints.Outlet is { } outlet)
        {
            // Crawler records state a host (news-please source_domain) rather than a name.
            if (outlet.Contains('.', StringComparison.Ordinal) && !outlet.Contains(' ', StringComparison.Ordinal))
            {
                draft.StatedHost = outlet;
            }
            else
            {
                draft.StatedOutlet = outlet;
            }
        }
        if (hints.Published is { } published)
        {
            draft.StatedDate = DateOnly.FromDateTime(published.DateTime);
        }
        foreach (string author in hints.Authors)
        {
            if (WireAgencies.TryCanonical(author, out string agency))
            {
                draft.AddAgency(agency);
            }
            else
            {
                draft.AddAuthor(author);
            }
        }
        draft.Language = hints.Language;
    }
}
