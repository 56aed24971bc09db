using AngleSharp.Dom;

namespace Crosscheck.Extract;

/// <summary>Text measures of one element's subtree (junk excluded), gathered in one pass.</summary>
internal struct NodeStats
{
    /// <summary>Non-white-space characters of text in the subtree.</summary>
    public int TextChars;
    /// <summary>Of those, characters inside links.</summary>
    public int LinkChars;
    public int Commas;
    /// <summary>Text characters reached without crossing a block-level element (the element's own prose).</summary>
    public int InlineChars;
    /// <summary>Characters of the element's own text nodes (not inside child elements).</summary>
    public int OwnChars;
    public int Paragraphs;

    public readonly double LinkDensity => TextChars == 0 ? 0 : Math.Min(1, (double)LinkChars / TextChars);
}

/// <summary>
/// One iterative pre-order pass over the body: every element that is not junk (scripts, navigation,
/// hidden parts and, in strict mode, chrome-named containers) gets an index, its parent index, the
/// end of its subtree and its <see cref="NodeStats"/>. Junk subtrees get no index, so later passes
/// skip them. Stops at a maximum depth and says so. Later passes meet the indexed elements in the
/// same pre-order, so they find an element's index by walking in step, not by a map (hashing every
/// element by reference cost more than the rest of the extraction).
/// </summary>
internal sealed class DomIndex
{
    public List<IElement> Elements { get; } = [];
    public List<int> Parents { get; } = [];
    /// <summary>Class/id verdicts per element.</summary>
    public List<ClassHints> Hints { get; } = [];
    public NodeStats[] Stats { get; private set; } = [];
    public bool TooDeep { get; private set; }

    public static DomIndex Build(IElement root, bool dropUnlikely, int maxDepth)
    {
        var index = new DomIndex();
        index.Walk(root, dropUnlikely, maxDepth);
        return index;
    }

    /// <summary>One past the last index of element i's subtree: its descendants are i + 1 .. SubtreeEnd[i] - 1 (pre-order).</summary>
    public int[] SubtreeEnd { get; private set; } = [];

    /// <summary>The indexed children of element <paramref name="parent"/>, in document order (junk children have no index).</summary>
    public List<int> ChildrenOf(int parent)
    {
        var children = new List<int>();
        for (int i = parent + 1; i < SubtreeEnd[parent]; i = SubtreeEnd[i])
        {
            children.Add(i);
        }
        return children;
    }

    private void Walk(IElement root, bool dropUnlikely, int maxDepth)
    {
        var own = new List<(int Chars, int Commas)>();
        var hintCache = new Dictionary<string, ClassHints>(StringComparer.Ordinal);
        var stack = new Stack<(IElement Element, int Parent, int Depth)>();
        stack.Push((root, -1, 0));
        while (stack.Count > 0)
        {
            var (element, parent, depth) = stack.Pop();
            if (depth > maxDepth)
            {
                TooDeep = true;
                continue;
            }
            if (element != root && HtmlHints.IsJunk(element))
            {
                continue;
            }
            string hintText = HtmlHints.Hints(element);
            if (!hintCache.TryGetValue(hintText, out var hints))
            {
                hints = HtmlHints.Evaluate(hintText);
                hintCache[hintText] = hints;
            }
            if (dropUnlikely && element != root && hints.Unlikely && !HtmlHints.IsNeverUnlikely(element.LocalName))
            {
                continue;
            }
            int i = Elements.Count;
            Elements.Add(element);
            Parents.Add(parent);
            Hints.Add(hints);
            int chars = 0;
            int commas = 0;
            var children = element.ChildNodes;
            for (int c = children.Length - 1; c >= 0; c--)
            {
                var node = children[c];
                if (node is IElement child)
                {
                    stack.Push((child, i, depth + 1));
                }
                else if (node.NodeType == NodeType.Text)
                {
                    Count(node.TextContent, ref chars, ref commas);
                }
            }
            own.Add((chars, commas));
        }
        var stats = new NodeStats[Elements.Count];
        var ends = new int[Elements.Count];
        for (int i = 0; i < stats.Length; i++)
        {
            stats[i].TextChars += own[i].Chars;
            stats[i].Commas += own[i].Commas;
            stats[i].InlineChars += own[i].Chars;
            stats[i].OwnChars = own[i].Chars;
            ends[i] = i + 1;
        }
        // Children follow their parent in pre-order, so a reverse sweep is a post-order.
        for (int i = stats.Length - 1; i >= 0; i--)
        {
            var element = Elements[i];
            if (element.LocalName == "a")
            {
                stats[i].LinkChars = stats[i].TextChars;
            }
            if (element.LocalName == "p" && stats[i].TextChars > 0)
            {
                stats[i].Paragraphs++;
            }
            int p = Parents[i];
            if (p < 0)
            {
                continue;
            }
            ends[p] = Math.Max(ends[p], ends[i]);
            stats[p].TextChars += stats[i].TextChars;
            stats[p].LinkChars += stats[i].LinkChars;
            stats[p].Commas += stats[i].Commas;
            stats[p].Paragraphs += stats[i].Paragraphs;
            if (!HtmlHints.IsBlock(element.LocalName))
            {
                stats[p].InlineChars += stats[i].InlineChars;
            }
        }
        Stats = stats;
        SubtreeEnd = ends;
    }

    private static void Count(string text, ref int chars, ref int commas)
    {
        foreach (char ch in text)
        {
            if (ch > ' ' && !char.IsWhiteSpace(ch))
            {
                chars++;
                if (ch is ',' or '\u3001' or '\uFF0C' or '\u060C')
                {
                    commas++;
                }
            }
        }
    }
}
