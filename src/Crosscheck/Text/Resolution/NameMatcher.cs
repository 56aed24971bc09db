using System.Collections.Frozen;
using Crosscheck.Model;

namespace Crosscheck.Text.Resolution;

/// <summary>The rules that say two name forms may name one entity. All are general, none lists names.</summary>
internal sealed class NameMatcher(EntityResolverOptions options)
{
    /// <summary>Shorter words ("Tha" ~ "Than") are name syllables, where a dropped letter is a misspelling.</summary>
    private const int MinInflectedLength = 5;

    /// <summary>Function words skipped by some initialisms ("League for Democracy" → LD).</summary>
    private static readonly FrozenSet<string> InitialismSkips = FrozenSet.ToFrozenSet(
        ["of", "for", "and", "the", "on", "in", "to", "at", "de", "la", "du", "des", "del", "der", "und", "&"],
        StringComparer.Ordinal);

    /// <summary>
    /// Same number of words, every pair equal or one spelling apart ("Maria Velazquez" ~ "Maria
    /// Velasquez", "Sergeev" ~ "Sergeyev"), gated by word length.
    /// </summary>
    public bool IsSpellingVariant(NameForm a, NameForm b)
    {
        if (a.Words.Length != b.Words.Length || a.IsAcronym || b.IsAcronym)
        {
            return false;
        }

        if (a.Words.Length == 1)
        {
            var x = a.Words[0];
            var y = b.Words[0];
            return Math.Min(x.Length, y.Length) >= options.MinFuzzySingleWordLength && OneSpellingApart(x, y);
        }

        int equal = 0, longEdits = 0, shortEdits = 0;
        for (var i = 0; i < a.Words.Length; i++)
        {
            var x = a.Words[i];
            var y = b.Words[i];
            if (string.Equals(x, y, StringComparison.Ordinal))
            {
                equal++;
            }
            else if (Math.Min(x.Length, y.Length) >= options.MinFuzzyWordLength && OneSpellingApart(x, y))
            {
                longEdits++;
            }
            else if (Math.Min(x.Length, y.Length) >= 2 && Math.Abs(x.Length - y.Length) == 1 && !IsInflection(x, y) && !IsInflection(y, x) &&
                     EditDistance.Bounded(x, y, 1) == 1)
            {
                shortEdits++;
            }
            else
            {
                return false;
            }
        }

        if (shortEdits > 0)
        {
            return shortEdits == 1 && longEdits == 0 && equal >= 2;
        }

        // With no word in common, every word must be long enough to trust an edit.
        return longEdits > 0 && (equal > 0 || AllLong(a.Words, options.MinFuzzyWordLength + 1));
    }

    /// <summary>
    /// Forms the tagger gave different kinds still link when they are the same words but for one
    /// edit (Damerau-Levenshtein) and at least <see cref="EntityResolverOptions.MinCrossKindLength"/>
    /// letters long: a typo in a long name ("Brightwaterfield" ~ "Brightwatterfield") is more likely
    /// than two entities of different kinds so alike.
    /// </summary>
    public bool IsCrossKindVariant(NameForm a, NameForm b)
    {
        if (a.Words.Length != b.Words.Length || a.IsAcronym || b.IsAcronym ||
            Math.Min(a.Key.Length, b.Key.Length) < options.MinCrossKindLength)
        {
            return false;
        }

        var edits = 0;
        for (var i = 0; i < a.Words.Length; i++)
        {
            if (!string.Equals(a.Words[i], b.Words[i], StringComparison.Ordinal))
            {
                if (IsInflection(a.Words[i], b.Words[i]) || IsInflection(b.Words[i], a.Words[i]))
                {
                    return false;
                }

                edits += EditDistance.Bounded(a.Words[i], b.Words[i], 1);
                if (edits > 1)
                {
                    return false;
                }
            }
        }

        return edits == 1;
    }

    /// <summary>
    /// <paramref name="shorter"/> is a trailing part of <paramref name="longer"/> ("Velasquez",
    /// "General Assembly"), or for people the first and last words with middle words or initials
    /// dropped ("A. B. Cole" ~ "A Cole"). Long words may differ by one edit; <paramref name="fuzzy"/> says so.
    /// </summary>
    public bool IsContainedIn(NameForm shorter, NameForm longer, out bool fuzzy)
    {
        fuzzy = false;
        var s = shorter.Words;
        var l = longer.Words;
        if (s.Length >= l.Length || shorter.IsAcronym)
        {
            return false;
        }

        var offset = l.Length - s.Length;
        var suffix = true;
        var suffixFuzzy = false;
        for (var i = 0; i < s.Length && suffix; i++)
        {
            suffix = WordMatches(s[i], l[offset + i], ref suffixFuzzy);
        }

        if (suffix && !IsTrivial(s))
        {
            fuzzy = suffixFuzzy;
            return true;
        }

        var isPerson = shorter.Kind == EntityKind.Person || longer.Kind == EntityKind.Person;
        if (!isPerson || s.Length < 2)
        {
            return false;
        }

        // First and last words kept, a subsequence of the middle.
        var middleFuzzy = false;
        if (!WordMatches(s[0], l[0], ref middleFuzzy) || !WordMatches(s[^1], l[^1], ref middleFuzzy))
        {
            return false;
        }

        var j = 1;
        for (var i = 1; i < s.Length - 1; i++)
        {
            while (j < l.Length - 1 && !string.Equals(s[i], l[j], StringComparison.Ordinal))
            {
                j++;
            }

            if (j == l.Length - 1)
            {
                return false;
            }

            j++;
        }

        fuzzy = middleFuzzy;
        return true;
    }

    /// <summary>
    /// The acronym spells the initials of <paramref name="longer"/> ("UNGA" ~ "UN General Assembly",
    /// "NLD" ~ "National League for Democracy"); acronym words contribute all their letters.
    /// </summary>
    public static bool IsInitialismOf(NameForm acronym, NameForm longer)
    {
        if (!acronym.IsAcronym || longer.Words.Length < 2)
        {
            return false;
        }

        var letters = acronym.Key.Replace(" ", "", StringComparison.Ordinal);
        return string.Equals(letters, Initials(longer, skipFunctionWords: false), StringComparison.Ordinal) ||
               string.Equals(letters, Initials(longer, skipFunctionWords: true), StringComparison.Ordinal);
    }

    /// <summary>The acronyms <see cref="IsInitialismOf"/> accepts for a name of two or more words (one or two strings).</summary>
    public static IEnumerable<string> InitialismsOf(NameForm longer)
    {
        if (longer.Words.Length < 2)
        {
            yield break;
        }

        var all = Initials(longer, skipFunctionWords: false);
        yield return all;
        var skipping = Initials(longer, skipFunctionWords: true);
        if (!string.Equals(all, skipping, StringComparison.Ordinal))
        {
            yield return skipping;
        }
    }

    /// <summary>
    /// Loose check for an explicit "Long Name (ACR)" definition: the acronym's letters appear in
    /// order in the long name, starting with its first letter.
    /// </summary>
    public static bool AbbreviationFits(string acronymKey, string longKey)
    {
        var letters = acronymKey.Replace(" ", "", StringComparison.Ordinal);
        if (letters.Length == 0 || longKey.Length == 0 || letters[0] != longKey[0])
        {
            return false;
        }

        var j = 0;
        foreach (var c in letters)
        {
            j = longKey.IndexOf(c, j);
            if (j < 0)
            {
                return false;
            }

            j++;
        }

        return true;
    }

    private static string Initials(NameForm form, bool skipFunctionWords)
    {
        var displayWords = form.Display.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var initials = new System.Text.StringBuilder();
        for (var i = 0; i < form.Words.Length; i++)
        {
            var word = form.Words[i];
            if (skipFunctionWords && InitialismSkips.Contains(word))
            {
                continue;
            }

            // A word written in capitals ("UN") is itself an acronym: keep all its letters.
            var written = displayWords.Length == form.Words.Length ? displayWords[i] : word;
            var isCapitals = written.Length >= 2 && written.All(c => !char.IsLetter(c) || char.IsUpper(c));
            initials.Append(isCapitals ? word : word[..1]);
        }

        return initials.ToString();
    }

    private bool WordMatches(string x, string y, ref bool fuzzy)
    {
        if (string.Equals(x, y, StringComparison.Ordinal))
        {
            return true;
        }

        if (Math.Min(x.Length, y.Length) >= options.MinFuzzyWordLength + 1 && OneSpellingApart(x, y))
        {
            fuzzy = true;
            return true;
        }

        return false;
    }

    private bool OneSpellingApart(string x, string y)
    {
        if (IsInflection(x, y) || IsInflection(y, x))
        {
            return false;
        }

        var allowed = Math.Min(x.Length, y.Length) >= options.TwoEditWordLength ? 2 : 1;
        return EditDistance.Bounded(x, y, allowed) <= allowed;
    }

    /// <summary>
    /// <paramref name="longer"/> is <paramref name="word"/> plus a plural or demonym ending
    /// ("ukrainian" → "ukrainians", "america" → "american", "street" → "streets"): another word
    /// built on the name, not a misspelling of it.
    /// </summary>
    private static bool IsInflection(string word, string longer) =>
        word.Length >= MinInflectedLength && longer.Length > word.Length && longer.StartsWith(word, StringComparison.Ordinal) &&
        longer.AsSpan(word.Length) is "s" or "es" or "n" or "ns" or "an" or "ans" or "ian" or "ians" or "ese" or "ish" or "i" or "ic" or "ics";

    private static bool AllLong(string[] words, int minLength) => Array.TrueForAll(words, w => w.Length >= minLength);

    /// <summary>A trailing part made only of function words or single letters carries no name.</summary>
    private static bool IsTrivial(string[] words) =>
        Array.TrueForAll(words, w => w.Length < 2 || InitialismSkips.Contains(w));
}
