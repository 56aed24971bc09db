namespace Crosscheck.Text.Ner;

/// <summary>
/// Acronyms that an article uses as common nouns ("an electric SUV", "the EV", "two TD passes",
/// "EVs", "0100 GMT") rather than as names ("state-run MRTV said").
/// </summary>
internal static class CommonAcronyms
{
    private static readonly string[] Determiners =
        ["a", "an", "the", "its", "his", "her", "their", "our", "this", "that", "these", "those", "each", "every", "any", "no",
         "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

    /// <summary>
    /// Whether some occurrence of <paramref name="acronym"/> in <paramref name="text"/> takes a
    /// plural "s", follows a number, or follows a determiner or a number over one lower-case word.
    /// </summary>
    public static bool IsUsedAsCommonNoun(string text, string acronym)
    {
        for (var at = text.IndexOf(acronym, StringComparison.Ordinal); at >= 0; at = text.IndexOf(acronym, at + 1, StringComparison.Ordinal))
        {
            var end = at + acronym.Length;
            if (at > 0 && char.IsLetterOrDigit(text[at - 1]))
            {
                continue;
            }

            if (end < text.Length && text[end] == 's' && (end + 1 == text.Length || !char.IsLetterOrDigit(text[end + 1])))
            {
                return true;
            }

            if (end < text.Length && char.IsLetterOrDigit(text[end]))
            {
                continue;
            }

            // "0100 GMT", "an electric SUV", "its cancelled IPO"; not "the NLD", which names a party.
            var before = PreviousWord(text, at);
            if (StartsWithDigit(text, before) || (IsLowerCaseWord(text, before) && IsDeterminer(text, PreviousWord(text, before.Start.Value))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The word (letters, digits, hyphens) ending right before <paramref name="position"/> and the spaces after it; empty when none.</summary>
    private static Range PreviousWord(string text, int position)
    {
        var end = position;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        var start = end;
        while (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] == '-'))
        {
            start--;
        }

        return new Range(start, end);
    }

    private static bool StartsWithDigit(string text, Range word)
    {
        var span = text.AsSpan()[word];
        return !span.IsEmpty && char.IsAsciiDigit(span[0]);
    }

    private static bool IsDeterminer(string text, Range word)
    {
        var span = text.AsSpan()[word];
        if (StartsWithDigit(text, word))
        {
            return true;
        }

        foreach (var determiner in Determiners)
        {
            if (span.Equals(determiner, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsLowerCaseWord(string text, Range word)
    {
        var span = text.AsSpan()[word];
        return !span.IsEmpty && char.IsLower(span[0]);
    }
}
