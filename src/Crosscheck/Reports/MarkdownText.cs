using System.Text;

namespace Crosscheck.Reports;

/// <summary>Escapes article-derived text for inline Markdown, including inside GFM table cells.</summary>
internal static class MarkdownText
{
    /// <summary>
    /// One line of literal text: line breaks become spaces; <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c>
    /// become entities (no raw HTML); <c>\ ` * _ [ ] | # ~</c> are backslash-escaped.
    /// </summary>
    public static string Escape(string text)
    {
        var line = ReportLabels.OneLine(text);
        var builder = new StringBuilder(line.Length + 8);
        foreach (var c in line)
        {
            switch (c)
            {
                case '<':
                    builder.Append("&lt;");
                    break;
                case '>':
                    builder.Append("&gt;");
                    break;
                case '&':
                    builder.Append("&amp;");
                    break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '|' or '#' or '~':
                    builder.Append('\\').Append(c);
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString();
    }
}
