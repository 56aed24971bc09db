using AngleSharp.Dom;

namespace Crosscheck.Extract;

/// <summary>
/// Finds the article's container(s) in a <see cref="DomIndex"/>, in the manner of Readability:
/// each prose paragraph (a <c>p</c>, <c>pre</c>, <c>td</c>, <c>blockquote</c>, or a block's own
/// run of inline text) of at least 25 characters scores 1 + commas + length/100 (at most 3), added
/// to its parent in full and to further ancestors with a falling share; containers start from a
/// tag prior and their class/id weight, and the sum is discounted by link density. The best
/// container is widened to a common ancestor when several near-best candidates share it, and its
/// siblings that look like more of the article (good score, same class, or prose paragraphs) are
/// kept with it, in document order.
/// </summary>
internal static class ContainerFinder
{
    private const int MinParagraphChars = 25;
    private const int AncestorLevels = 5;

    public static List<int> Find(DomIndex index)
    {
        int n = index.Elements.Count;
        var stats = index.Stats;
        var score = new double[n];
        var scored = new bool[n];
        for (int i = 0; i < n; i++)
        {
            var element = index.Elements[i];
            string tag = element.LocalName;
            int length;
            int commas;
            int target;
            if (tag is "p" or "pre" or "td" || (tag == "blockquote" && stats[i].Paragraphs == 0))
            {
                length = stats[i].TextChars;
                commas = stats[i].Commas;
                target = index.Parents[i];
            }
            else if (tag is "div" or "section" or "article" or "main" or "span" or "font" or "center" && stats[i].InlineChars >= MinParagraphChars
                && (stats[i].InlineChars * 2 > stats[i].TextChars || stats[i].OwnChars >= MinParagraphChars))
            {
                length = stats[i].InlineChars;
                commas = stats[i].TextChars == 0 ? 0 : (int)((long)stats[i].Commas * length / stats[i].TextChars);
                target = tag == "span" || tag == "font" ? index.Parents[i] : i;
            }
            else
            {
                continue;
            }
            if (length < MinParagraphChars || target < 0)
            {
                continue;
            }
            double points = 1 + commas + Math.Min(length / 100.0, 3);
            for (int level = 0; level < AncestorLevels && target >= 0; level++)
            {
                if (!scored[target])
                {
                    scored[target] = true;
                    score[target] = Prior(index.Elements[target].LocalName) + index.Hints[target].Weight;
                }
                score[target] += points / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
                target = index.Parents[target];
            }
        }
        var final = new double[n];
        int best = -1;
        for (int i = 0; i < n; i++)
        {
            if (!scored[i])
            {
                continue;
            }
            final[i] = score[i] * (1 - stats[i].LinkDensity);
            if (best < 0 || final[i] > final[best])
            {
                best = i;
            }
        }
        if (best < 0)
        {
            return [];
        }
        best = Widen(index, final, scored, best);
        return WithSiblings(index, final, scored, best);
    }

    private static double Prior(string localName) => localName switch
        {
            "div" or "article" or "main" or "section" => 5,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };

    /// <summary>Moves up to the ancestor shared by three near-best candidates, then past single-child wrappers and better-scoring parents.</summary>
    private static int Widen(DomIndex index, double[] final, bool[] scored, int best)
    {
        double top = final[best];
        var alternatives = new List<int>();
        for (int i = 0; i < final.Length; i++)
        {
            if (i != best && scored[i] && final[i] >= top * 0.75 && !IsAncestor(index, i, best) && !IsAncestor(index, best, i))
            {
                alternatives.Add(i);
            }
        }
        if (alternatives.Count >= 3)
        {
            for (int ancestor = index.Parents[best]; ancestor >= 0; ancestor = index.Parents[ancestor])
            {
                int shared = 0;
                foreach (int a in alternatives)
                {
                    if (IsAncestor(index, ancestor, a))
                    {
                        shared++;
                    }
                }
                if (shared >= 3)
                {
                    best = ancestor;
                    break;
                }
            }
        }
        double last = final[best];
        double threshold = last / 3;
        for (int parent = index.Parents[best]; parent >= 0 && index.Elements[parent].LocalName != "body"; parent = index.Parents[parent])
        {
            if (!scored[parent])
            {
                continue;
            }
            if (final[parent] < threshold)
            {
                break;
            }
            if (final[parent] > last)
            {
                best = parent;
                break;
            }
            last = final[parent];
        }
        while (index.Parents[best] >= 0 && index.Elements[index.Parents[best]].LocalName != "body"
            && index.Stats[index.Parents[best]].TextChars == index.Stats[best].TextChars)
        {
            best = index.Parents[best];
        }
        return best;
    }

    private static bool IsAncestor(DomIndex index, int ancestor, int node)
    {
        for (int p = index.Parents[node]; p >= 0; p = index.Parents[p])
        {
            if (p == ancestor)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The best container plus its siblings that continue the article, in document order (indices).</summary>
    private static List<int> WithSiblings(DomIndex index, double[] final, bool[] scored, int best)
    {
        var result = new List<int>();
        var element = index.Elements[best];
        int parentIndex = index.Parents[best];
        if (parentIndex < 0 || element.LocalName == "body")
        {
            result.Add(best);
            return result;
        }
        double threshold = Math.Max(10, final[best] * 0.2);
        string? bestClass = element.GetAttribute("class");
        foreach (int s in index.ChildrenOf(parentIndex))
        {
            if (s == best)
            {
                result.Add(s);
                continue;
            }
            var sibling = index.Elements[s];
            double bonus = !string.IsNullOrEmpty(bestClass) && string.Equals(sibling.GetAttribute("class"), bestClass, StringComparison.Ordinal)
                ? final[best] * 0.2 : 0;
            if (scored[s] && final[s] + bonus >= threshold)
            {
                result.Add(s);
                continue;
            }
            if (sibling.LocalName == "p")
            {
                var st = index.Stats[s];
                double density = st.LinkDensity;
                if ((st.TextChars > 80 && density < 0.25)
                    || (st.TextChars is > 0 and <= 80 && density == 0 && EndsSentence(sibling.TextContent)))
                {
                    result.Add(s);
                }
            }
        }
        return result;
    }

    private static bool EndsSentence(string text)
    {
        var t = text.AsSpan().TrimEnd();
        return t.Length > 0 && t[^1] is '.' or '!' or '?' or '"' or '\u201D' or '\u2026';
    }
}
