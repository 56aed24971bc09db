using System.Text;
using AngleSharp.Dom;

namespace Crosscheck.Extract;

/// <summary>
/// Collects the text blocks (paragraphs, subheadings, list items, quotations, table cells) under
/// chosen containers in document order, with white space collapsed. Skips junk and unlikely
/// elements (those the <see cref="DomIndex"/> left out), parts named like captions, credits,
/// share bars, bylines or related lists, link lists, and blocks that are mostly link text.
/// </summary>
internal sealed class BlockCollector
{
    /// <summary>A part named like chrome is kept only if it holds at least this share of the container's text.</summary>
    private const double ChromeKeepShare = 0.5;

    private readonly DomIndex _index;
    private readonly List<string> _blocks = [];
    private readonly StringBuilder _current = new();
    private int _currentLinkChars;
    private int _currentChars;
    private int _linkDepth;
    private bool _space;

    public BlockCollector(DomIndex index) => _index = index;

    /// <param name="roots">Indices of the subtrees to collect, in document order.</param>
    public static List<string> Collect(DomIndex index, IReadOnlyList<int> roots)
    {
        var collector = new BlockCollector(index);
        foreach (var root in roots)
        {
            collector.Walk(root);
        }
        return collector._blocks;
    }

    private void Walk(int rootIndex)
    {
        var root = _index.Elements[rootIndex];
        // The walk meets the indexed elements in the index's pre-order: the next one is at `next`.
        int next = rootIndex;
        int end = _index.SubtreeEnd[rootIndex];
        int rootChars = Math.Max(1, _index.Stats[rootIndex].TextChars);
        var stack = new Stack<(INode Node, bool Exit)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, exit) = stack.Pop();
            if (node is IElement element)
            {
                string tag = element.LocalName;
                if (exit)
                {
                    if (tag == "a")
                    {
                        _linkDepth--;
                    }
                    if (HtmlHints.IsBlock(tag))
                    {
                        Flush();
                    }
                    else if (tag is "td" or "th")
                    {
                        _space = _current.Length > 0;
                    }
                    continue;
                }
                if (next >= end || !ReferenceEquals(_index.Elements[next], element))
                {
                    // Not indexed (junk): neither are its descendants.
                    continue;
                }
                int i = next++;
                if (element != root && Skip(element, i, rootChars))
                {
                    next = _index.SubtreeEnd[i];
                    continue;
                }
                if (tag == "br")
                {
                    LineBreak();
                    continue;
                }
                if (HtmlHints.IsBlock(tag))
                {
                    Flush();
                }
                else if (tag is "td" or "th")
                {
                    _space = _current.Length > 0;
                }
                if (tag == "a")
                {
                    _linkDepth++;
                }
                stack.Push((element, true));
                var children = element.ChildNodes;
                for (int c = children.Length - 1; c >= 0; c--)
                {
                    stack.Push((children[c], false));
                }
            }
            else if (node.NodeType == NodeType.Text)
            {
                Append(node.TextContent);
            }
        }
        Flush();
    }

    private bool Skip(IElement element, int i, int rootChars)
    {
        var st = _index.Stats[i];
        if (st.TextChars == 0)
        {
            return element.LocalName != "br";
        }
        if (_index.Hints[i].StrongChrome && st.TextChars < rootChars * ChromeKeepShare)
        {
            return true;
        }
        return element.LocalName is "ul" or "ol" or "dl" or "div" or "section" or "table" or "nav"
            && st.LinkDensity > 0.5 && st.TextChars < rootChars * ChromeKeepShare;
    }

    private void Append(string text)
    {
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                _space = _current.Length > 0;
                continue;
            }
            if (_space)
            {
                _current.Append(' ');
                _space = false;
            }
            _current.Append(c);
            _currentChars++;
            if (_linkDepth > 0)
            {
                _currentLinkChars++;
            }
        }
    }

    /// <summary>A <c>br</c>: a second one in a row ends the paragraph; a single one is a space.</summary>
    private void LineBreak()
    {
        if (_current.Length > 0 && _current[^1] == '\n')
        {
            _current.Length--;
            Flush();
            return;
        }
        if (_current.Length > 0)
        {
            _current.Append('\n');
            _space = false;
        }
    }

    private void Flush()
    {
        if (_currentChars > 0 && _currentLinkChars * 2 <= _currentChars)
        {
            string block = _current.ToString().Trim();
            if (block.Length > 0)
            {
                _blocks.Add(block.Replace('\n', ' '));
            }
        }
        _current.Clear();
        _currentChars = 0;
        _currentLinkChars = 0;
        _space = false;
    }
}
