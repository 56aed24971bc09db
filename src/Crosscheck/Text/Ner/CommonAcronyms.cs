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
    /// The acronyms (two to six capital letters) that <paramref name="text"/> writes as common
    /// nouns somewhere: with a plural "s", after a number, or after a determiner or a number over
    /// one lower-case word. One pass over the text.
    /// </summary>
    public static HashSet<string> UsedAsCommonNouns(string text) => Collect(text, static (text, at, word) =>
    {
        var capitals = word.Length > 2 && word[^1] == 's' && IsCapitals(word[..^1]) ? word.Length - 1 : IsCapitals(word) ? word.Length : 0;
        return capitals > 0 && (capitals < word.Length || IsCommonNounPosition(text, at)) ? capitals : 0;
    });

    /// <summary>
    /// The acronyms (two to six capital letters) that <paramref name="text"/> spells out in lower-case
    /// words right before them, each word giving one letter: "hypersensitivity pneumonitis, or HP",
    /// "heating and ventilation (HV)" does not count ("and"), "the gross domestic product (GDP)". A
    /// thing written in lower case is no name, and neither is its short form.
    /// </summary>
    public static HashSet<string> SpelledOutInLowerCase(string text) => Collect(text, static (text, at, word) =>
        IsCapitals(word) && IsSpelledOutBefore(text, at, word) ? word.Length : 0);

    /// <summary>How many leading letters of the word at <paramref name="at"/> are an acronym to collect (0: none).</summary>
    private delegate int AcronymTest(string text, int at, ReadOnlySpan<char> word);

    /// <summary>One pass over the text's words (runs of letters and digits), collecting what <paramref name="test"/> accepts.</summary>
    private static HashSet<string> Collect(string text, AcronymTest test)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new HashSet<string>(StringComparer.Ordinal);
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var at = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            var word = text.AsSpan(at, i - at);
            var length = test(text, at, word);
            if (length > 0)
            {
                found.Add(word[..length].ToString());
            }
        }

        return found;
    }

    /// <summary>Whether the words before <paramref name="at"/> (past an opening bracket, or a comma and "or") are the acronym's letters in lower case.</summary>
    private static bool IsSpelledOutBefore(string text, int at, ReadOnlySpan<char> acronym)
    {
        var position = at;
        while (position > 0 && text[position - 1] is ' ' or '(')
        {
            position--;
        }

        var before = PreviousWord(text, position);
        if (text.AsSpan()[before] is "or")
        {
            position = before.Start.Value;
            while (position > 0 && text[position - 1] is ' ' or ',')
            {
                position--;
            }
        }

        for (var k = acronym.Length - 1; k >= 0; k--)
        {
            var word = PreviousWord(text, position);
            var span = text.AsSpan()[word];
            if (span.IsEmpty || !char.IsLower(span[0]) || span[0] != char.ToLowerInvariant(acronym[k]))
            {
                return false;
            }

            position = word.Start.Value;
        }

        return true;
    }

    /// <summary>Whether the acronym at <paramref name="at"/> follows a number, or a determiner or number over one lower-case word.</summary>
    private static bool IsCommonNounPosition(string text, int at)
    {
        // "0100 GMT", "an electric SUV", "its cancelled IPO"; not "the NLD", which names a party.
        var before = PreviousWord(text, at);
        return StartsWithDigit(text, before) || (IsLowerCaseWord(text, before) && IsDeterminer(text, PreviousWord(text, before.Start.Value)));
    }

    private static bool IsCapitals(ReadOnlySpan<char> word)
    {
        if (word.Length is < 2 or > 6)
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
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
