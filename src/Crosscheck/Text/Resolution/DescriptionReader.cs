using System.Collections.Frozen;

namespace Crosscheck.Text.Resolution;

/// <summary>
/// Reads what a text says a name stands for, so that a name and its description become one entity
/// only when the text says so:
/// <list type="bullet">
/// <item>a bracketed description after the name: "the Karvani (Ostland's military)";</item>
/// <item>a possessive apposition: "the Karvani, Ostland's armed forces, said";</item>
/// <item>an explicit alias: "the Karvani, also known as the Ostland Defence Force" or "the Karvani, as
/// Ostland's military is known";</item>
/// <item>the description first: "Ostland's military (Karvani)", "Ostland's military, known as the Karvani,".</item>
/// </list>
/// A description is a short noun phrase (at most <see cref="MaxWords"/> words) within the sentence;
/// bracketed ones must end in a lower-case word ("military"), so "Paris (France)" or "Smith (Labour)"
/// are not read as aliases.
/// </summary>
internal static class DescriptionReader
{
    public const int MaxWords = 5;
    private const int MaxBracketLength = 80;

    private static readonly System.Buffers.SearchValues<char> PhraseEnds = System.Buffers.SearchValues.Create(",.;:()\n\"\u201C\u201D");

    private static readonly System.Buffers.SearchValues<char> ClausePunctuation = System.Buffers.SearchValues.Create(",;:()\n");

    private static readonly string[] AliasCues = [", also known as ", ", known as ", ", also called ", ", better known as ", ", formally "];

    private static readonly string[] BackwardCues = [", known as ", ", also known as ", ", known locally as ", ", called ", ", better known as "];

    /// <summary>Words that end a noun phrase when reading backwards: prepositions, conjunctions, common verbs.</summary>
    private static readonly FrozenSet<string> PhraseBreaks = FrozenSet.ToFrozenSet(
    [
        "of", "in", "on", "at", "by", "for", "with", "from", "to", "into", "against", "under", "over", "after", "before",
        "and", "or", "but", "that", "which", "who", "whom", "as", "than", "said", "says", "say", "told", "is", "was",
        "are", "were", "be", "been", "has", "have", "had", "will", "would", "met", "led", "leads", "backed", "while",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Descriptions of the name at <paramref name="nameStart"/>..<paramref name="nameEnd"/>, as written, without a leading "the".</summary>
    public static void Read(string text, int nameStart, int nameEnd, bool isPerson, List<string> descriptions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(descriptions);
        if (!isPerson)
        {
            if (TryReadBracketed(text, nameEnd, out var bracketed))
            {
                descriptions.Add(bracketed);
            }

            if (TryReadPossessiveApposition(text, nameEnd, out var apposition))
            {
                descriptions.Add(apposition);
            }

            if (TryReadAsKnown(text, nameEnd, out var known))
            {
                descriptions.Add(known);
            }

            if (TryReadBeforeBracket(text, nameStart, nameEnd, out var before))
            {
                descriptions.Add(before);
            }
        }

        if (TryReadAliasCue(text, nameEnd, out var alias))
        {
            descriptions.Add(alias);
        }

        if (TryReadBeforeCue(text, nameStart, out var described))
        {
            descriptions.Add(described);
        }
    }

    /// <summary>"NAME (Ostland's military)": a bracketed phrase of up to five words ending in a lower-case word.</summary>
    private static bool TryReadBracketed(string text, int nameEnd, out string description)
    {
        description = "";
        return TextAfterName.TryReadBracket(text, nameEnd, MaxBracketLength, out var inner) &&
            TryPhrase(inner, needsLowerHead: true, out description);
    }

    /// <summary>"NAME, Ostland's armed forces," or "NAME, the country's military.": a possessive noun phrase in apposition.</summary>
    private static bool TryReadPossessiveApposition(string text, int nameEnd, out string description)
    {
        description = "";
        if (nameEnd >= text.Length || text[nameEnd] != ',')
        {
            return false;
        }

        var start = TextAfterName.SkipSpaces(text, nameEnd + 1);
        var end = PhraseEnd(text, start);
        var phrase = text.AsSpan(start, end - start).Trim();
        if (phrase.StartsWith("the ", StringComparison.Ordinal))
        {
            phrase = phrase[4..];
        }

        var firstSpace = phrase.IndexOf(' ');
        if (firstSpace < 3 || !IsPossessive(phrase[..firstSpace]))
        {
            return false;
        }

        return TryPhrase(phrase, needsLowerHead: true, out description);
    }

    /// <summary>"NAME, as Ostland's military is known" / "is called".</summary>
    private static bool TryReadAsKnown(string text, int nameEnd, out string description)
    {
        description = "";
        if (!text.AsSpan(nameEnd).StartsWith(", as ", StringComparison.Ordinal))
        {
            return false;
        }

        var start = nameEnd + 5;
        var end = PhraseEnd(text, start);
        var phrase = text.AsSpan(start, end - start).Trim();
        foreach (var tail in (string[])[" is known", " is called", " is officially known", " is formally known"])
        {
            if (phrase.EndsWith(tail, StringComparison.Ordinal))
            {
                return TryPhrase(phrase[..^tail.Length], needsLowerHead: false, out description);
            }
        }

        return false;
    }

    /// <summary>"NAME, also known as ALIAS," / ", known as" / ", also called": any short phrase.</summary>
    private static bool TryReadAliasCue(string text, int nameEnd, out string description)
    {
        description = "";
        foreach (var cue in AliasCues)
        {
            if (text.AsSpan(nameEnd).StartsWith(cue, StringComparison.Ordinal))
            {
                var start = nameEnd + cue.Length;
                var end = PhraseEnd(text, start);
                return TryPhrase(text.AsSpan(start, end - start), needsLowerHead: false, out description);
            }
        }

        return false;
    }

    /// <summary>"Ostland's military (Karvani)": the noun phrase before the bracket that holds the name.</summary>
    private static bool TryReadBeforeBracket(string text, int nameStart, int nameEnd, out string description)
    {
        description = "";
        var open = nameStart - 1;
        if (open >= 4 && text.AsSpan(open - 3, 4).Equals("(the", StringComparison.OrdinalIgnoreCase))
        {
            open -= 4;
        }

        if (open < 1 || text[open] != '(' || nameEnd >= text.Length || text[nameEnd] != ')')
        {
            return false;
        }

        return TryPhraseBefore(text, open, needsLowerHead: true, out description);
    }

    /// <summary>"Ostland's military, known as the Karvani": the noun phrase before the cue.</summary>
    private static bool TryReadBeforeCue(string text, int nameStart, out string description)
    {
        description = "";
        var head = text.AsSpan(0, nameStart);
        if (head.EndsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            head = head[..^4];
        }

        foreach (var cue in BackwardCues)
        {
            if (head.EndsWith(cue, StringComparison.Ordinal))
            {
                return TryPhraseBefore(text, head.Length - cue.Length, needsLowerHead: false, out description);
            }
        }

        return false;
    }

    /// <summary>The noun phrase that ends at <paramref name="end"/>: back to its article, punctuation or a phrase-breaking word.</summary>
    private static bool TryPhraseBefore(string text, int end, bool needsLowerHead, out string description)
    {
        description = "";
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        var start = end;
        var words = 0;
        while (start > 0 && words <= MaxWords)
        {
            var wordEnd = start;
            while (start > 0 && text[start - 1] == ' ')
            {
                start--;
            }

            var wordStart = start;
            while (wordStart > 0 && !char.IsWhiteSpace(text[wordStart - 1]) && !IsPhraseStop(text[wordStart - 1]))
            {
                wordStart--;
            }

            var word = text.AsSpan(wordStart, start - wordStart);
            if (word.IsEmpty || PhraseBreaks.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
            {
                start = wordEnd;
                break;
            }

            start = wordStart;
            words++;
            if (word is "the" or "The" or "a" or "A" or "an" or "An" || (start > 0 && IsPhraseStop(text[start - 1])))
            {
                break;
            }
        }

        return start < end && TryPhrase(text.AsSpan(start, end - start), needsLowerHead, out description);
    }

    /// <summary>
    /// A phrase is a description when it has one to <see cref="MaxWords"/> words, no digits-only start,
    /// no clause punctuation and, if asked, ends in a lower-case word. A leading "the"/"a" is dropped.
    /// </summary>
    private static bool TryPhrase(ReadOnlySpan<char> phrase, bool needsLowerHead, out string description)
    {
        description = "";
        phrase = phrase.Trim().TrimEnd("\"'\u201D\u2019");
        foreach (var article in (string[])["the ", "The ", "a ", "an "])
        {
            if (phrase.StartsWith(article, StringComparison.Ordinal))
            {
                phrase = phrase[article.Length..];
                break;
            }
        }

        if (phrase.IsEmpty || char.IsDigit(phrase[0]) || phrase.ContainsAny(ClausePunctuation) || !char.IsLetter(phrase[0]))
        {
            return false;
        }

        var words = 1 + phrase.Count(' ');
        if (words > MaxWords)
        {
            return false;
        }

        var lastSpace = phrase.LastIndexOf(' ');
        var last = phrase[(lastSpace + 1)..];
        if (needsLowerHead && (last.IsEmpty || !char.IsLower(last[0])))
        {
            return false;
        }

        description = phrase.ToString();
        return true;
    }

    private static int PhraseEnd(string text, int start)
    {
        var end = text.AsSpan(start).IndexOfAny(PhraseEnds);
        return end < 0 ? text.Length : start + end;
    }

    private static bool IsPhraseStop(char c) => c is ',' or '.' or ';' or ':' or '(' or ')' or '\n' or '"' or '\u201C' or '\u201D' or '\u2014' or '\u2013';

    private static bool IsPossessive(ReadOnlySpan<char> word) =>
        word.Length > 2 && word[^1] is 's' && word[^2] is '\'' or '\u2019';
}
