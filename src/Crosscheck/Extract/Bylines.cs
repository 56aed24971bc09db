using System.Text.RegularExpressions;

namespace Crosscheck.Extract;

/// <summary>
/// Reads bylines ("By AFP", "By [Jane Doe](…)", "By Jane Doe and John Roe in Paris"), datelines
/// ("PARIS (AP) —", "(Reuters) -") and credits ("via AP"), sorting people into authors and wire
/// agencies into agencies.
/// </summary>
internal static partial class Bylines
{
    /// <summary>Longest byline accepted, in characters.</summary>
    private const int MaxBylineChars = 160;

    /// <summary>True if the block is a byline; its people and agencies are added to the draft.</summary>
    public static bool TryRead(ReadOnlySpan<char> block, MetadataDraft draft)
    {
        if (block.Length > MaxBylineChars)
        {
            return false;
        }
        var match = Byline().Match(block.ToString());
        if (!match.Success)
        {
            return false;
        }
        string names = StripMarkdown(match.Groups["names"].Value);
        int cut = FirstCut(names);
        if (cut >= 0)
        {
            names = names[..cut];
        }
        bool any = false;
        foreach (string raw in Separator().Split(names))
        {
            string part = raw.Trim().Trim('.', ',', '*', '_').Trim();
            if (part.Length == 0)
            {
                continue;
            }
            if (WireAgencies.TryCanonical(part, out string agency))
            {
                draft.AddAgency(agency);
                any = true;
            }
            else if (IsPersonName(part))
            {
                draft.AddAuthor(part);
                any = true;
            }
        }
        return any;
    }

    /// <summary>Adds agencies named in a dateline at the start of a body block ("CITY (AP) —").</summary>
    public static void ReadDateline(ReadOnlySpan<char> block, MetadataDraft draft)
    {
        foreach (var m in Dateline().EnumerateMatches(block))
        {
            var inner = block.Slice(m.Index, m.Length);
            int open = inner.IndexOf('(');
            int close = inner.IndexOf(')');
            if (open >= 0 && close > open && WireAgencies.TryCanonical(inner[(open + 1)..close], out string agency))
            {
                draft.AddAgency(agency);
            }
        }
    }

    /// <summary>Adds agencies credited with "via" in a photo credit ("(Jane Doe via AP)"); bare photo-agency credits are not wire evidence.</summary>
    public static void ReadCredit(ReadOnlySpan<char> block, MetadataDraft draft)
    {
        foreach (var m in CreditName().EnumerateMatches(block))
        {
            var name = block.Slice(m.Index, m.Length);
            int space = name.IndexOf(' ');
            if (name.StartsWith("via ", StringComparison.Ordinal))
            {
                name = name[4..];
            }
            if (WireAgencies.TryCanonical(name, out string agency))
            {
                draft.AddAgency(agency);
            }
            else if (space > 0 && WireAgencies.TryCanonical(name[..space], out agency))
            {
                draft.AddAgency(agency);
            }
        }
    }

    /// <summary>Removes Markdown link syntax and emphasis: "[AFP](#)" → "AFP", "**x**" → "x".</summary>
    public static string StripMarkdown(string value)
    {
        string s = MarkdownLink().Replace(value, "${text}");
        s = s.Replace("**", "", StringComparison.Ordinal).Replace("__", "", StringComparison.Ordinal);
        s = s.TrimStart('#', ' ').Trim();
        return s.Trim('<', '>').Trim();
    }

    private static int FirstCut(string names)
    {
        int cut = -1;
        foreach (string marker in (ReadOnlySpan<string>)[" in ", " for ", " | ", " - ", " \u2013 ", " \u2014 ", "Updated", "Published"])
        {
            int i = names.IndexOf(marker, StringComparison.Ordinal);
            if (i > 0 && (cut < 0 || i < cut))
            {
                cut = i;
            }
        }
        return cut;
    }

    /// <summary>One to five words, each capitalised or a lower-case name particle (de, van, bin, al).</summary>
    private static bool IsPersonName(string part)
    {
        string[] words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 1 or > 5)
        {
            return false;
        }
        foreach (string w in words)
        {
            if (!char.IsUpper(w[0]) && w is not ("de" or "da" or "van" or "von" or "der" or "bin" or "al" or "la" or "le" or "del" or "di"))
            {
                return false;
            }
        }
        return true;
    }

    [GeneratedRegex(@"^[\W_]{0,3}(?:By|BY|Written by|Reporting by|Words by)\s+(?<names>\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Byline();

    [GeneratedRegex(@"\s*(?:,|;|&|\band\b)\s*", RegexOptions.CultureInvariant)]
    private static partial Regex Separator();

    [GeneratedRegex(@"\[(?<text>[^\[\]]*)\]\([^()]*\)", RegexOptions.CultureInvariant)]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"^[^\n()]{0,80}?\([A-Za-z][A-Za-z .\-]{1,30}\)\s*[-\u2013\u2014:]", RegexOptions.CultureInvariant)]
    private static partial Regex Dateline();

    [GeneratedRegex(@"\bvia [A-Z][\w-]*(?: [A-Z][\w-]*)?", RegexOptions.CultureInvariant)]
    private static partial Regex CreditName();
}
