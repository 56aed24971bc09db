using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Crosscheck.Extract;

/// <summary>
/// Splits a run-together host label into words ("themoscowtimes" → "The Moscow Times") with the
/// words news outlets name themselves with (Times, Post, Daily, Gazette, ...). A label is split only
/// when known words cover all of it but for at most one unknown part of two or more letters (the
/// place or proper name: "moscow", "lakeside"); otherwise it is left whole. An unknown part of two
/// letters, or of three or four without a vowel, is taken for an abbreviation ("ctpost" → "CT Post",
/// "cbssports" → "CBS Sports"); digits stay with the word before them.
/// </summary>
internal static class HostWords
{
    private static readonly FrozenSet<string> Words = new[]
    {
        "the", "of", "and", "new", "daily", "times", "post", "news", "herald", "tribune", "journal", "gazette",
        "chronicle", "courier", "observer", "express", "star", "sun", "mail", "telegraph", "independent",
        "guardian", "standard", "record", "press", "review", "today", "weekly", "morning", "evening", "sunday",
        "online", "radio", "network", "media", "wire", "digest", "bulletin", "dispatch", "examiner", "inquirer",
        "enquirer", "sentinel", "register", "monitor", "insider", "business", "world", "global", "national",
        "international", "local", "city", "free", "public", "voice", "citizen", "leader", "reporter", "statesman",
        "nation", "globe", "week", "report", "republic", "democrat", "union", "eagle", "advocate", "argus",
        "beacon", "banner", "ledger", "mirror", "echo", "pioneer", "spectator", "telegram", "live", "now",
        "bureau", "agency", "magazine", "channel", "television", "watch", "journalist", "outlook", "current",
        "mercury", "messenger", "informer", "bee", "item", "sports", "sport", "tech", "money", "finance",
        "politics", "weather", "science", "health", "travel", "football",
    }.ToFrozenSet(StringComparer.Ordinal);

    private const int LongestWord = 13;

    private static readonly System.Buffers.SearchValues<char> Vowels = System.Buffers.SearchValues.Create("aeiouy");

    /// <summary>The label as outlet words, or null when it does not split into them (see the class summary).</summary>
    public static string? Split(string label)
    {
        if (label.Length is < 4 or > 63 || !label.All(static c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c)))
        {
            return null;
        }

        // For label[..i]: the fewest unknown parts, then the fewest unknown letters, then the fewest parts; where the last part starts, and whether it is unknown.
        var lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();
        int n = label.Length;
        var unknown = new int[n + 1];
        var unknownLetters = new int[n + 1];
        var parts = new int[n + 1];
        var from = new int[n + 1];
        var isUnknown = new bool[n + 1];
        Array.Fill(unknown, int.MaxValue);
        unknown[0] = 0;
        for (int i = 0; i < n; i++)
        {
            if (unknown[i] == int.MaxValue)
            {
                continue;
            }

            for (int end = i + 1; end <= n; end++)
            {
                var piece = label.AsSpan(i, end - i);
                bool known = (end - i <= LongestWord && lookup.Contains(piece)) || IsDigits(piece);
                // An unknown part never follows another one (they would be one part) and has two or more letters.
                bool unknownOk = !known && end - i >= 2 && !(i > 0 && isUnknown[i]);
                if (!known && !unknownOk)
                {
                    continue;
                }

                int u = unknown[i] + (known ? 0 : 1);
                int letters = unknownLetters[i] + (known ? 0 : end - i);
                int p = parts[i] + 1;
                if (u < unknown[end] || (u == unknown[end] && (letters < unknownLetters[end] || (letters == unknownLetters[end] && p < parts[end]))))
                {
                    unknown[end] = u;
                    unknownLetters[end] = letters;
                    parts[end] = p;
                    from[end] = i;
                    isUnknown[end] = !known;
                }
            }
        }

        if (unknown[n] > 1 || parts[n] < 2)
        {
            return null;
        }

        var pieces = new List<(string Text, bool Unknown)>();
        for (int end = n; end > 0; end = from[end])
        {
            pieces.Add((label[from[end]..end], isUnknown[end]));
        }

        pieces.Reverse();
        var name = new StringBuilder(label.Length + pieces.Count);
        for (int k = 0; k < pieces.Count; k++)
        {
            var (text, isAbbreviation) = (pieces[k].Text, pieces[k].Unknown && IsAbbreviation(pieces[k].Text));
            if (IsDigits(text))
            {
                name.Append(text);
                continue;
            }

            if (name.Length > 0)
            {
                name.Append(' ');
            }

            if (isAbbreviation)
            {
                name.Append(text.ToUpperInvariant());
            }
            else if (k > 0 && text is "of" or "and")
            {
                name.Append(text);
            }
            else
            {
                name.Append(char.ToUpper(text[0], CultureInfo.InvariantCulture)).Append(text, 1, text.Length - 1);
            }
        }

        return name.ToString();
    }

    /// <summary>Two letters ("ct"), or three or four without a vowel ("cbs", "wral"), read as an abbreviation.</summary>
    private static bool IsAbbreviation(string part) =>
        part.Length == 2 || (part.Length <= 4 && part.AsSpan().IndexOfAny(Vowels) < 0);

    private static bool IsDigits(ReadOnlySpan<char> piece)
    {
        foreach (var c in piece)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return piece.Length > 0;
    }
}
