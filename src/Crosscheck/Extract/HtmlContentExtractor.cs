using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Crosscheck.Model;

namespace Crosscheck.Extract;

/// <summary>The text rebuilt from an HTML page: title block first (if any), then content blocks.</summary>
internal sealed record HtmlPage(string Text, List<TextSpan> Blocks, int TitleIndex);

/// <summary>
/// Main-content extraction from HTML. Drops non-content elements (script, style, nav, header,
/// footer, aside, form, figure, iframe, hidden), scores block containers by the paragraphs they
/// hold (text length and commas), discounted by link density and adjusted by class/id hints,
/// picks the best and collects its paragraphs, headings, list items and quotations in order.
/// Traversal is iterative and stops at <c>maxDepth</c>.
/// </summary>
internal sealed partial class HtmlContentExtractor(int maxDepth)
{
    private const string Junk = "script,style,nav,header,footer,aside,form,noscript,iframe,svg,button,template,select,figure,figcaption,object,embed,[hidden],[aria-hidden=true],[role=navigation],[role=complementary],[role=banner],[role=contentinfo],[role=dialog]";

    /// <summary>Paragraphs shorter than this do not add to their container's score.</summary>
    private const int MinScoredChars = 25;

    public HtmlPage Extract(string html, MetadataDraft draft, DiagnosticLocation location, List<Diagnostic> diagnostics)
    {
        var parser = new HtmlParser();
        using var document = parser.ParseDocument(html);
        HtmlMetadataReader.Read(document, draft);
        foreach (var element in document.QuerySelectorAll(Junk).ToArray())
        {
            element.Remove();
        }
        var root = (IElement?)document.Body ?? document.DocumentElement;
        bool tooDeep = false;
        var best = FindMainContainer(root, ref tooDeep) ?? root;
        var paragraphs = new List<string>();
        Collect(best, paragraphs, ref tooDeep);
        if (tooDeep)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.NoBody, Severity.Warning,
                $"HTML nests deeper than {maxDepth} elements; deeper content was ignored", location));
        }
        return Build(draft.Title, paragraphs, draft);
    }

    private static HtmlPage Build(string? title, List<string> paragraphs, MetadataDraft draft)
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
        return new HtmlPage(sb.ToString(), blocks, titleIndex);
    }

    /// <summary>Scores the parents and grandparents of paragraph elements and returns the best container.</summary>
    private IElement? FindMainContainer(IElement root, ref bool tooDeep)
    {
        var scores = new Dictionary<IElement, double>();
        var stack = new Stack<(IElement Element, int Depth)>();
        stack.Push((root, 0));
        while (stack.Count > 0)
        {
            var (element, depth) = stack.Pop();
            if (depth > maxDepth)
            {
                tooDeep = true;
                continue;
            }
            if (IsParagraph(element))
            {
                string text = TextOf(element, ref tooDeep);
                if (text.Length >= MinScoredChars)
                {
                    double score = 1 + text.AsSpan().Count(',') + Math.Min(text.Length / 100.0, 3);
                    if (element.ParentElement is { } parent)
                    {
                        scores[parent] = scores.GetValueOrDefault(parent) + score;
                        if (parent.ParentElement is { } grand)
                        {
                            scores[grand] = scores.GetValueOrDefault(grand) + (score / 2);
                        }
                    }
                }
                continue;
            }
            for (int i = element.Children.Length - 1; i >= 0; i--)
            {
                stack.Push((element.Children[i], depth + 1));
            }
        }
        IElement? best = null;
        double bestScore = double.MinValue;
        foreach (var (candidate, score) in scores)
        {
            double final = (score * (1 - LinkDensity(candidate, ref tooDeep))) + ClassWeight(candidate);
            if (final > bestScore)
            {
                bestScore = final;
                best = candidate;
            }
        }
        return best;
    }

    /// <summary>Collects paragraph texts under <paramref name="container"/> in document order, skipping negative containers and link-heavy items.</summary>
    private void Collect(IElement container, List<string> paragraphs, ref bool tooDeep)
    {
        var stack = new Stack<(IElement Element, int Depth)>();
        stack.Push((container, 0));
        while (stack.Count > 0)
        {
            var (element, depth) = stack.Pop();
            if (depth > maxDepth)
            {
                tooDeep = true;
                continue;
            }
            if (element != container && ClassWeight(element) < 0)
            {
                continue;
            }
            if (IsParagraph(element))
            {
                string text = TextOf(element, ref tooDeep);
                if (text.Length > 0 && !(element.LocalName == "li" && LinkDensity(element, ref tooDeep) > 0.5))
                {
                    paragraphs.Add(text);
                }
                continue;
            }
            for (int i = element.Children.Length - 1; i >= 0; i--)
            {
                stack.Push((element.Children[i], depth + 1));
            }
        }
    }

    private static bool IsParagraph(IElement element) => element.LocalName switch
    {
        "p" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "li" or "blockquote" or "pre" or "dd" => true,
        "div" or "td" or "section" => !HasBlockChild(element) && element.TextContent.Length >= 80,
        _ => false,
    };

    private static bool HasBlockChild(IElement element)
    {
        foreach (var child in element.Children)
        {
            if (child.LocalName is "p" or "div" or "ul" or "ol" or "table" or "section" or "article" or "blockquote" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "pre" or "li")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Text of an element with white space collapsed, walked iteratively to the depth limit.</summary>
    private string TextOf(IElement element, ref bool tooDeep)
    {
        var sb = new StringBuilder();
        var stack = new Stack<(INode Node, int Depth)>();
        stack.Push((element, 0));
        bool space = false;
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            if (depth > maxDepth)
            {
                tooDeep = true;
                continue;
            }
            if (node is IText textNode)
            {
                foreach (char c in textNode.Data)
                {
                    if (char.IsWhiteSpace(c))
                    {
                        space = sb.Length > 0;
                    }
                    else
                    {
                        if (space)
                        {
                            sb.Append(' ');
                            space = false;
                        }
                        sb.Append(c);
                    }
                }
                continue;
            }
            if (node is IElement { LocalName: "br" })
            {
                space = sb.Length > 0;
            }
            for (int i = node.ChildNodes.Length - 1; i >= 0; i--)
            {
                stack.Push((node.ChildNodes[i], depth + 1));
            }
        }
        return sb.ToString();
    }

    /// <summary>Share of an element's text inside links.</summary>
    private double LinkDensity(IElement element, ref bool tooDeep)
    {
        int total = TextOf(element, ref tooDeep).Length;
        if (total == 0)
        {
            return 0;
        }
        int linked = 0;
        foreach (var link in element.QuerySelectorAll("a"))
        {
            linked += TextOf(link, ref tooDeep).Length;
        }
        return Math.Min(1, (double)linked / total);
    }

    /// <summary>+25 for content-like class/id/tag names (article, content, story, body), −25 for chrome-like ones (comment, sidebar, related, share, promo).</summary>
    private static double ClassWeight(IElement element)
    {
        double weight = element.LocalName is "article" or "main" ? 25 : 0;
        string hints = (element.ClassName ?? "") + " " + (element.Id ?? "");
        if (hints.Length <= 1)
        {
            return weight;
        }
        if (NegativeHint().IsMatch(hints))
        {
            weight -= 25;
        }
        if (PositiveHint().IsMatch(hints))
        {
            weight += 25;
        }
        return weight;
    }

    [GeneratedRegex(@"article|content|story|body|entry|main|text|post|prose", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PositiveHint();

    [GeneratedRegex(@"comment|sidebar|related|share|social|footer|\bnav|promo|advert|\bads?\b|\bad-|banner|menu|widget|newsletter|subscri|popup|modal|cookie|breadcrumb|\btags?\b|byline|author|caption|recommend|trending|most-read|outbrain|taboola", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NegativeHint();
}
