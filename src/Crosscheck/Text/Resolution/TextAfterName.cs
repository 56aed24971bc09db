namespace Crosscheck.Text.Resolution;

/// <summary>
/// Scans shared by the readers that look at the text right after a name: what each reader
/// accepts inside a bracket differs (a lower-case gloss, a described noun phrase, an acronym),
/// finding the bracket does not.
/// </summary>
internal static class TextAfterName
{
    /// <summary>The first index at or after <paramref name="i"/> that is not a space.</summary>
    public static int SkipSpaces(string text, int i)
    {
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        return i;
    }

    /// <summary>
    /// The trimmed inside of a bracket opening right after the name (spaces allowed before it)
    /// and closing within <paramref name="maxLength"/> characters; false when there is none or it is empty.
    /// </summary>
    public static bool TryReadBracket(string text, int nameEnd, int maxLength, out ReadOnlySpan<char> inner)
    {
        inner = default;
        var open = SkipSpaces(text, nameEnd);
        if (open >= text.Length || text[open] != '(')
        {
            return false;
        }

        var close = text.IndexOf(')', open + 1);
        if (close < 0 || close - open > maxLength)
        {
            return false;
        }

        inner = text.AsSpan(open + 1, close - open - 1).Trim();
        return !inner.IsEmpty;
    }
}
