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
    public static IReadOnlyList<string[]> Normalize(IReadOnlyList<string[]> sentences, WordClasses classes, CommonWords? common = null)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(classes);
        common ??= CommonWords.Empty;
        bool[]? shouting = null;
        for (var s = 0; s < sentences.Count; s++)
        {
            if (IsShouting(sentences[s]))
            {
                shouting ??= new bool[sentences.Count];
                shouting[s] = true;
            }
        }

        if (shouting is null)
        {
            return sentences;
        }

        var forms = DocumentForms(sentences, shouting);
        var result = new string[sentences.Count][];
        for (var s = 0; s < sentences.Count; s++)
        {
            result[s] = shouting[s] ? Truecase(sentences[s], forms, classes, common) : sentences[s];
        }

        return result;
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
                // 5: mostly outside names; 6: a common word written in lower case; 0: unknown to the training data's classes.
                var wordClass = classes.Of(lower);
                form = wordClass is 5 or 6 || (wordClass == 0 && (common.Contains(lower) || IsInflectedCommon(lower, classes, common))) ? lower
                    : common.TryGetForm(lower, out var usual) ? usual : Capitalize(lower);
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
