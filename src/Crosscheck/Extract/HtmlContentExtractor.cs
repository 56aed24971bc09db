using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Crosscheck.Model;

namespace Crosscheck.Extract;

/// <summary>The text rebuilt from an HTML page: title block first (if any), then content blocks, and the strategy that found them.</summary>
internal sealed record ExtractedPage(string Text, List<TextSpan> Blocks, int TitleIndex, ExtractionStrategy Strategy);

/// <summary>
/// Main-content extraction from HTML, as a cascade: (1) <see cref="ContainerFinder"/> on the page
/// with junk and chrome-named containers left out; (2) the same keeping chrome-named containers,
/// when the first found under <see cref="MinBodyChars"/>; (3) every prose paragraph of the page;
/// (4) the JSON-LD <c>articleBody</c> when it is much longer than what the DOM gave. The longest
/// result of the passes run wins. Traversals are iterative and stop at <c>maxDepth</c>.
/// </summary>
internal sealed class HtmlContentExtractor(int maxDepth)
{
    /// <summary>A pass yielding fewer body characters than this hands over to the next.</summary>
    public const int MinBodyChars = 500;

    /// <summary>Pages nesting deeper than this are cut before parsing (tree building slows with depth).</summary>
    public const int MaxParseDepth = 2048;

    /// <summary>A fallback pass replaces a short result only when it finds this many times as much text (not just a comment more).</summary>
    private const double FallbackFactor = 1.5;

    private static readonly HtmlParserOptions ParserOptions = new()
    {
        IsScripting = false,
        IsKeepingSourceReferences = false,
        SkipComments = true,
        SkipScriptText = true,
        SkipRawText = true,
        SkipCDATA = true,
        SkipProcessingInstructions = true,
    };

    public ExtractedPage Extract(string html, MetadataDraft draft, DiagnosticLocation location, List<Diagnostic> diagnostics)
    {
        int cut = NestingGuard.FindCut(html, MaxParseDepth);
        if (cut >= 0)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.TooDeep, Severity.Warning,
                $"HTML nests deeper than {MaxParseDepth} elements at character {cut}; the rest of the page was not parsed", location));
            html = html[..cut];
        }
        var jsonLd = JsonLdScripts.Find(html);
        var parser = new HtmlParser(ParserOptions);
        using var document = parser.ParseDocument(html);
        var ld = HtmlMetadataReader.Read(document, jsonLd, draft);
        var root = (IElement?)document.Body ?? document.DocumentElement;

        var strict = DomIndex.Build(root, dropUnlikely: true, maxDepth);
        var blocks = BlockCollector.Collect(strict, ContainerFinder.Find(strict));
        var strategy = ExtractionStrategy.MainContainer;
        bool tooDeep = strict.TooDeep;
        if (Chars(blocks) < MinBodyChars)
        {
            var relaxed = DomIndex.Build(root, dropUnlikely: false, maxDepth);
            var second = BlockCollector.Collect(relaxed, ContainerFinder.Find(relaxed));
            if (Chars(second) > FallbackFactor * Chars(blocks))
            {
                (blocks, strategy) = (second, ExtractionStrategy.RelaxedContainer);
            }
            if (Chars(blocks) < MinBodyChars)
            {
                var third = Paragraphs(strict);
                if (Chars(third) > FallbackFactor * Chars(blocks))
                {
                    (blocks, strategy) = (third, ExtractionStrategy.Paragraphs);
                }
            }
        }
        if (ld.ArticleBody is { } ldBody && ldBody.Length > 2 * Math.Max(Chars(blocks), MinBodyChars / 2))
        {
            (blocks, strategy) = (SplitLines(ldBody), ExtractionStrategy.JsonLdBody);
        }
        if (tooDeep)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.TooDeep, Severity.Warning,
                $"HTML nests deeper than {maxDepth} elements; deeper content was ignored", location));
        }
        return Build(draft.Title, blocks, draft, strategy);
    }

    /// <summary>Every paragraph-like element of at least 40 characters that is not mostly links.</summary>
    private static List<string> Paragraphs(DomIndex index)
    {
        var roots = new List<int>();
        for (int i = 0; i < index.Elements.Count; i++)
        {
            var st = index.Stats[i];
            if (index.Elements[i].LocalName is "p" or "pre" or "blockquote" or "h2" or "h3" or "li"
                && st.TextChars >= 40 && st.LinkDensity < 0.3 && !IsInsideAny(index, i, roots))
            {
                roots.Add(i);
            }
        }
        return BlockCollector.Collect(index, roots);
    }

    /// <summary>Whether element i lies inside the last root taken (roots are taken in document order).</summary>
    private static bool IsInsideAny(DomIndex index, int i, List<int> roots) =>
        roots.Count > 0 && roots[^1] < i && i < index.SubtreeEnd[roots[^1]];

    private static List<string> SplitLines(string text)
    {
        var blocks = new List<string>();
        foreach (var range in text.AsSpan().Split('\n'))
        {
            var line = text.AsSpan(range).Trim();
            if (!line.IsEmpty)
            {
                blocks.Add(line.ToString());
            }
        }
        return blocks;
    }

    private static int Chars(List<string> blocks)
    {
        int total = 0;
        foreach (string b in blocks)
        {
            total += b.Length;
        }
        return total;
    }

    private static ExtractedPage Build(string? title, List<string> paragraphs, MetadataDraft draft, ExtractionStrategy strategy)
    {
        var sb = new StringBuilder();
        var blocks = new List<TextSpan>(paragraphs.Count + 1);
        int titleIndex = -1;
        if (!string.IsNullOrWhiteSpace(title))
        {
            sb.Append(title);
            blocks.Add(new TextSpan(0, sb.Length));
            draft.TitleSpan = blocks[0];
            titleIndex = 0;
        }
        foreach (string p in paragraphs)
        {
            if (title is not null && blocks.Count == 1 && string.Equals(p, title, StringComparison.Ordinal))
            {
                continue;
            }
            if (sb.Length > 0)
            {
                sb.Append("\n\n");
            }
            int start = sb.Length;
            sb.Append(p);
            blocks.Add(new TextSpan(start, sb.Length));
        }
        return new ExtractedPage(sb.ToString(), blocks, titleIndex, strategy);
    }
}
