using System.Collections.Frozen;

namespace Crosscheck.Text.Ner;

/// <summary>
/// A lexicon of common English words learned from running text (tagged or not): a word is common
/// when it is written in lower case mid-sentence at least <c>minLowerCount</c> times and at least
/// <c>minLowerShare</c> of its mid-sentence occurrences. <see cref="CaseNormalizer"/> writes such a
/// word in lower case when it meets it in a sentence in capitals and the document does not say otherwise.
/// It also keeps the usual written form of words that are not simply capitalised ("EU", "NATO",
/// "McDonald"), under the same two thresholds, so that a headline gives back the acronym's shape.
/// </summary>
/// <remarks>
/// Only sentences in running-text case count: not those in capitals, nor headlines in title case
/// (none of their words of four letters or more after the first is in lower case). "Mid-sentence"
/// means not the first word, and not right after an opening quote, a colon or a dash, where
/// writers capitalise ordinary words.
/// </remarks>
public sealed class CommonWords
{
    /// <summary>Default lower-case mid-sentence occurrences a common word needs.</summary>
    public const int DefaultMinLowerCount = 2;

    /// <summary>Default share of a word's mid-sentence occurrences that must be in lower case.</summary>
    public const double DefaultMinLowerShare = 0.5;

    private readonly FrozenSet<string> _words;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly FrozenDictionary<string, string> _forms;

    /// <param name="words">Common words in lower case, and usual forms with capitals inside ("EU", "McDonald").</param>
    public CommonWords(IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        _words = words.ToFrozenSet(StringComparer.Ordinal);
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        _forms = _words.Where(static w => HasInnerCapital(w)).ToFrozenDictionary(static w => w.ToLowerInvariant(), static w => w, StringComparer.Ordinal);
    }

    public static CommonWords Empty { get; } = new([]);

    public int Count => _words.Count;

    /// <summary>The words in ordinal order (for saving).</summary>
    public IEnumerable<string> Sorted => _words.Order(StringComparer.Ordinal);

    /// <summary>Whether the lower-cased <paramref name="lower"/> is a common word.</summary>
    public bool Contains(ReadOnlySpan<char> lower) => _lookup.Contains(lower);

    /// <summary>The usual form of a word written with capitals inside ("eu" → "EU"), if the lexicon has one.</summary>
    public bool TryGetForm(string lower, out string form) => _forms.TryGetValue(lower, out form!);

    /// <summary>Learns the lexicon from tokenised sentences (see the class remarks).</summary>
    public static CommonWords Learn(IEnumerable<string[]> sentences, int minLowerCount = DefaultMinLowerCount, double minLowerShare = DefaultMinLowerShare)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var counts = new Dictionary<string, (int Lower, int Other)>(StringComparer.Ordinal);
        var forms = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            if (!IsRunningText(sentence))
            {
                continue;
            }

            for (var i = 1; i < sentence.Length; i++)
            {
                var word = sentence[i];
                if (word.Length == 0 || !char.IsLetter(word[0]) || OpensQuote(sentence[i - 1]))
                {
                    continue;
                }

                var lower = word.ToLowerInvariant();
                var isLower = string.Equals(word, lower, StringComparison.Ordinal);
                var (l, o) = counts.GetValueOrDefault(lower);
                counts[lower] = isLower ? (l + 1, o) : (l, o + 1);
                if (HasInnerCapital(word))
                {
                    forms[word] = forms.GetValueOrDefault(word) + 1;
                }
            }
        }

        var words = new List<string>();
        foreach (var (word, (lower, other)) in counts)
        {
            if (lower >= minLowerCount && lower >= minLowerShare * (lower + other))
            {
                words.Add(word);
            }
        }

        foreach (var (form, count) in forms)
        {
            var (lower, other) = counts[form.ToLowerInvariant()];
            if (count >= minLowerCount && count >= minLowerShare * (lower + other) && count > lower)
            {
                words.Add(form);
            }
        }

        return new CommonWords(words);
    }

    /// <summary>Not in capitals, not a headline in title case.</summary>
    private static bool IsRunningText(string[] sentence)
    {
        if (CaseNormalizer.IsShouting(sentence))
        {
            return false;
        }

        var longWords = 0;
        for (var i = 1; i < sentence.Length; i++)
        {
            var word = sentence[i];
            if (word.Length >= 4 && char.IsLetter(word[0]))
            {
                if (char.IsLower(word[0]))
                {
                    return true;
                }

                longWords++;
            }
        }

        // A short sentence without a long word after the first ("He said so.") is running text too.
        return longWords < 2;
    }

    /// <summary>A capital after the first character ("EU", "McDonald", "iPhone").</summary>
    internal static bool HasInnerCapital(string word)
    {
        for (var i = 1; i < word.Length; i++)
        {
            if (char.IsUpper(word[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool OpensQuote(string previous) => previous is "\"" or "“" or "‘" or "'" or "``" or ":" or "-" or "--" or "—" or "–" or "(";
}
