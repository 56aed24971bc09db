using System.Text;

namespace Crosscheck.Model;

/// <summary>One-line display of article text: runs of white space (line breaks included) become one space.</summary>
public static class WhitespaceFolding
{
    /// <summary>Collapses white-space runs to single spaces and drops leading and trailing white space.</summary>
    public static string Collapse(ReadOnlySpan<char> text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
