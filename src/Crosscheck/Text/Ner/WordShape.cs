namespace Crosscheck.Text.Ner;

/// <summary>
/// Word-shape helpers: the collapsed shape ("Xx", "X.X.", "dd,d") and simple class tests,
/// computed over spans.
/// </summary>
internal static class WordShape
{
    /// <summary>Hashes the collapsed shape: X for upper, x for lower, d for digit, the char itself otherwise; runs collapse to one.</summary>
    public static ulong HashShape(ulong hash, ReadOnlySpan<char> word)
    {
        var last = '\0';
        var length = 0;
        foreach (var c in word)
        {
            var s = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (s != last)
            {
                hash = FeatureHasher.Add(hash, s);
                last = s;
                if (++length == 6)
                {
                    break;
                }
            }
        }

        return FeatureHasher.Add(hash, 0xFE);
    }

    public static bool IsCapitalized(ReadOnlySpan<char> word) => word.Length > 0 && char.IsUpper(word[0]);

    /// <summary>One or more ASCII digits and nothing else ("2", "148").</summary>
    public static bool IsDigits(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return !word.IsEmpty;
    }

    /// <summary>Whether any letter of <paramref name="text"/> is lower case (a headline in capitals has none).</summary>
    public static bool HasLowerCase(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsAllCaps(ReadOnlySpan<char> word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
        }

        return letters > 0;
    }
}
