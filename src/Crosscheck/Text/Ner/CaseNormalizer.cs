namespace Crosscheck.Text.Ner;

/// <summary>
/// Gives sentences written in capitals (headlines such as "TROOPS LEAVE KELM", datelines) the
/// case they would have in running text, so the model's capitalisation cues work on them: each
/// word takes the form the rest of the document writes it in, else the case its learned class
/// suggests (a common word lower case, anything else capitalised), and the first word is capitalised.
/// A word the training data's classes do not know is lower case when <see cref="CommonWords"/>,
/// learned from a larger body of running text, lists it, or lists it without an inflection
/// ending ("rejects", "rescued", "boycotting").
/// </summary>
/// <remarks>Documents without such a sentence are returned as they are, without allocating.</remarks>
internal static class CaseNormalizer
{
    /// <summary>Whether a sentence has no lower-case letter and at least one word of two or more capitals.</summary>
    public static bool IsShouting(ReadOnlySpan<string> words)
    {
        var capitals = false;
        foreach (var word in words)
        {
            var letters = 0;
            foreach (var c in word)
            {
                if (char.IsLower(c))
                {
                    return false;
                }

                letters += char.IsUpper(c) ? 1 : 0;
            }

            capitals |= letters >= 2;
        }

        return capitals;
    }

    /// <summary>The document with its capitalised sentences in running-text case (same arrays for the other sentences).</summary>
    /// <param name="common">Common words for words <paramref name="classes"/> does not know (null: none).</param>
    /// <param name="titleCase">Also give headlines in title case ("Budget Clears Senate After Stormy Debate") running-text case (see <see cref="IsTitleCase"/>).</param>
    public static IReadOnlyList<string[]> Normalize(IReadOnlyList<string[]> sentences, WordClasses classes, CommonWords? common = null, bool titleCase = false)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(classes);
        common ??= CommonWords.Empty;
        bool[]? shouting = null;
        bool[]? titled = null;
        for (var s = 0; s < sentences.Count; s++)
        {
            if (IsShouting(sentences[s]))
            {
                shouting ??= new bool[sentences.Count];
                shouting[s] = true;
            }
            else if (titleCase && IsTitleCase(sentences[s], classes, common))
            {
                titled ??= new bool[sentences.Count];
                titled[s] = true;
            }
        }

        if (shouting is null && titled is null)
        {
            return sentences;
        }

        var skip = new bool[sentences.Count];
        for (var s = 0; s < skip.Length; s++)
        {
            skip[s] = (shouting?[s] ?? false) || (titled?[s] ?? false);
        }

        var forms = DocumentForms(sentences, skip);
        var result = new string[sentences.Count][];
        for (var s = 0; s < sentences.Count; s++)
        {
            result[s] = shouting?[s] == true ? Truecase(sentences[s], forms, classes, common)
                : titled?[s] == true ? LowerCommonWords(sentences[s], forms, classes, common)
                : sentences[s];
        }

        return result;
    }

    /// <summary>
    /// A headline in title case: at most <see cref="MaxTitleWords"/> tokens without a closing
    /// period; after the first word, every word but a short function word starts with a capital,
    /// there are at least <see cref="MinTitleWords"/> of them, and two are common words (so a run
    /// of names is not taken for a headline).
    /// </summary>
    internal static bool IsTitleCase(ReadOnlySpan<string> words, WordClasses classes, CommonWords common)
    {
        if (words.Length == 0 || words.Length > MaxTitleWords || words[^1] is ".")
        {
            // A headline is short and has no closing period; a sentence of names ("the Eighth Air Force
            // and the Sixteenth Air Force.") is not one.
            return false;
        }

        var capitalised = 0;
        var commonWords = 0;
        for (var i = 1; i < words.Length; i++)
        {
            var word = words[i];
            if (word.Length == 0 || !char.IsLetter(word[0]) || TitleFunctionWords.Contains(word))
            {
                continue;
            }

            if (!char.IsUpper(word[0]))
            {
                return false;
            }

            capitalised++;
            commonWords += !CommonWords.HasInnerCapital(word) && IsCommon(word.ToLowerInvariant(), classes, common) ? 1 : 0;
        }

        return capitalised >= MinTitleWords && commonWords >= MinTitleCommonWords;
    }

    /// <summary>Fewest capitalised words after the first for a sentence to be a title-case headline.</summary>
    private const int MinTitleWords = 3;

    /// <summary>Fewest of them that are common words, so that a run of names is not taken for a headline.</summary>
    private const int MinTitleCommonWords = 2;

    /// <summary>Most words (tokens) of a title-case headline.</summary>
    private const int MaxTitleWords = 20;

    /// <summary>Short words a title-case headline leaves in lower case.</summary>
    private static readonly HashSet<string> TitleFunctionWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "nor", "but", "of", "in", "on", "at", "to", "for", "by", "with", "as", "from", "into", "over", "via", "vs", "per",
    };

    /// <summary>
    /// A title-case headline with its common words in lower case: a word the document writes in
    /// lower case elsewhere, or a common word (classes or lexicon) the document never writes
    /// capitalised inside a sentence. Names and the first word keep their capitals.
    /// </summary>
    private static string[] LowerCommonWords(string[] words, Dictionary<string, (string Form, int Count, bool Inside)> forms, WordClasses classes, CommonWords common)
    {
        var cased = (string[])words.Clone();
        for (var i = 1; i < words.Length; i++)
        {
            var word = words[i];
            if (word.Length == 0 || !char.IsUpper(word[0]) || CommonWords.HasInnerCapital(word))
            {
                continue;
            }

            var lower = word.ToLowerInvariant();
            if (forms.TryGetValue(lower, out var seen) && seen.Inside)
            {
                cased[i] = seen.Form;
            }
            else if (IsCommon(lower, classes, common))
            {
                cased[i] = lower;
            }
        }

        return cased;
    }

    /// <summary>5: mostly outside names; 6: a common word written in lower case; 0: unknown to the training data's classes, then the lexicon decides.</summary>
    internal static bool IsCommon(string lower, WordClasses classes, CommonWords common)
    {
        var wordClass = classes.Of(lower);
        return wordClass is 5 or 6 || (wordClass == 0 && (common.Contains(lower) || IsInflectedCommon(lower, classes, common)));
    }

    private static string[] Truecase(string[] words, Dictionary<string, (string Form, int Count, bool Inside)> forms, WordClasses classes, CommonWords common)
    {
        var cased = new string[words.Length];
        var first = true;
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            if (!HasLetter(word))
            {
                cased[i] = word;
                continue;
            }

            var lower = word.ToLowerInvariant();
            string form;
            if (forms.TryGetValue(lower, out var seen))
            {
                form = seen.Form;
            }
            else
            {
                form = IsCommon(lower, classes, common) ? lower : common.TryGetForm(lower, out var usual) ? usual : Capitalize(lower);
            }

            cased[i] = first && char.IsLower(form[0]) ? Capitalize(form) : form;
            first = false;
        }

        return cased;
    }

    /// <summary>How the sentences not in capitals write each word: the most frequent form not opening a sentence, else the opening form.</summary>
    private static Dictionary<string, (string Form, int Count, bool Inside)> DocumentForms(IReadOnlyList<string[]> sentences, bool[] shouting)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var forms = new Dictionary<string, (string Form, int Count, bool Inside)>(StringComparer.Ordinal);
        for (var s = 0; s < sentences.Count; s++)
        {
            if (shouting[s])
            {
                continue;
            }

            var words = sentences[s];
            for (var i = 0; i < words.Length; i++)
            {
                var word = words[i];
                if (!HasLetter(word))
                {
                    continue;
                }

                var inside = i > 0;
                var count = counts[word] = counts.GetValueOrDefault(word) + 1;
                var lower = word.ToLowerInvariant();
                if (!forms.TryGetValue(lower, out var best) || (inside && !best.Inside) || (inside == best.Inside && count > best.Count))
                {
                    forms[lower] = (word, count, inside);
                }
            }
        }

        return forms;
    }

    /// <summary>"rejects", "rescued", "counting": the word without an inflection ending is in the lexicon and not a name word of the classes.</summary>
    private static bool IsInflectedCommon(string lower, WordClasses classes, CommonWords common)
    {
        ReadOnlySpan<string> endings = ["s", "ed", "d", "ing"];
        foreach (var ending in endings)
        {
            if (lower.Length >= ending.Length + 4 && lower.EndsWith(ending, StringComparison.Ordinal) && !lower.EndsWith("ss", StringComparison.Ordinal))
            {
                var stem = lower.AsSpan(0, lower.Length - ending.Length);
                if (common.Contains(stem) && classes.Of(stem) is 0 or 5 or 6)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool HasLetter(string word)
    {
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Upper-cases the first letter and the first letter after each hyphen or slash ("al-ain" → "Al-Ain").</summary>
    private static string Capitalize(string lower) => string.Create(lower.Length, lower, static (span, source) =>
    {
        source.AsSpan().CopyTo(span);
        var start = true;
        for (var i = 0; i < span.Length; i++)
        {
            if (start && char.IsLetter(span[i]))
            {
                span[i] = char.ToUpperInvariant(span[i]);
                start = false;
            }
            else if (span[i] is '-' or '/')
            {
                start = true;
            }
        }
    });
}
