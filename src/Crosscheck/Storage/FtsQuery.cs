using System.Text;

namespace Crosscheck.Storage;

/// <summary>
/// Turns free user text into a safe FTS5 query: every whitespace-separated term becomes a quoted
/// string (embedded quotes doubled), so FTS5 operators and syntax in the input (<c>NEAR(</c>,
/// <c>-x</c>, <c>"unbalanced</c>, <c>col:term</c>, <c>*</c>) are searched as text instead of parsed.
/// Terms are ANDed, as FTS5 does for juxtaposed strings.
/// </summary>
internal static class FtsQuery
{
    /// <summary>Builds the query, or returns false when the input holds no searchable character.</summary>
    public static bool TryBuild(string input, out string query)
    {
        var builder = new StringBuilder();
        foreach (var range in input.AsSpan().SplitAny(" \t\r\n\f\v\u00a0"))
        {
            var term = input.AsSpan()[range];
            if (!HasLetterOrDigit(term))
            {
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append('"');
            foreach (var c in term)
            {
                builder.Append(c);
                if (c == '"')
                {
                    builder.Append('"');
                }
            }

            builder.Append('"');
        }

        query = builder.ToString();
        return query.Length > 0;
    }

    private static bool HasLetterOrDigit(ReadOnlySpan<char> term)
    {
        foreach (var c in term)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }
}
