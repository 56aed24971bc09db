namespace Crosscheck.Text.Resolution;

/// <summary>
/// Reads what a text says about a name right after it: a lower-case gloss in brackets
/// ("the Garda (police)") or an appositive role ("Maria Velasquez, the finance minister, said").
/// </summary>
internal static class AppositionReader
{
    private const int MaxWords = 8;
    private const int MaxGlossLength = 60;

    /// <summary>A bracketed gloss of one to four words that starts in lower case.</summary>
    public static bool TryReadGloss(string text, int nameEnd, out string gloss)
    {
        gloss = "";
        if (!TextAfterName.TryReadBracket(text, nameEnd, MaxGlossLength, out var inner) || !char.IsLower(inner[0]) || CountWords(inner) > 4 || inner.ContainsAny(",;:"))
        {
            return false;
        }

        gloss = inner.ToString();
        return true;
    }

    /// <summary>", the ROLE," or ", the ROLE." after the name, ROLE starting in lower case and at most eight words.</summary>
    public static bool TryReadRole(string text, int nameEnd, out string role)
    {
        role = "";
        if (nameEnd + 6 >= text.Length || text[nameEnd] != ',')
        {
            return false;
        }

        var i = TextAfterName.SkipSpaces(text, nameEnd + 1);
        if (!text.AsSpan(i).StartsWith("the ", StringComparison.Ordinal))
        {
            return false;
        }

        i += 4;
        var end = text.IndexOfAny([',', '.', ';', ':', '(', ')', '\n'], i);
        if (end < 0 || end == i || !char.IsLower(text[i]))
        {
            return false;
        }

        var phrase = text.AsSpan(i, end - i).Trim();
        if (CountWords(phrase) > MaxWords || phrase.Contains(" who ", StringComparison.Ordinal) || phrase.Contains(" which ", StringComparison.Ordinal))
        {
            return false;
        }

        role = phrase.ToString();
        return role.Length > 0;
    }

    private static int CountWords(ReadOnlySpan<char> text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = !char.IsWhiteSpace(c);
            if (letter && !inWord)
            {
                words++;
            }

            inWord = letter;
        }

        return words;
    }
}
