using System.Collections.Frozen;

namespace Crosscheck.Text.Ner;

/// <summary>
/// A lexicon of common English words learned from running text (tagged or not): a word is common
/// when it is written in lower case mid-sentence at least <c>minLowerCount</c> times and at least
/// <c>minLowerShare</c> of its mid-sentence occurrences. <see cref="CaseNormalizer"/> writes such a
/// word in lower case when it meets it in a sentence in capitals and the document does not say otherwise.
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

    /// <param name="words">Lower-cased words.</param>
    public CommonWords(IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        _words = words.ToFrozenSet(StringComparer.Ordinal);
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static CommonWords Empty { get; } = new([]);

    public int Count => _words.Count;

    /// <summary>The words in ordinal order (for saving).</summary>
    public IEnumerable<string> Sorted => _words.Order(StringComparer.Ordinal);

    /// <summary>Whether the lower-cased <paramref name="lower"/> is a common word.</summary>
    public bool Contains(ReadOnlySpan<char> lower) => _lookup.Contains(lower);

    /// <summary>Learns the lexicon from tokenised sentences (see the class remarks).</summary>
    public static CommonWords Learn(IEnumerable<string[]> sentences, int minLowerCount = DefaultMinLowerCount, double minLowerShare = DefaultMinLowerShare)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var counts = new Dictionary<string, (int Lower, int Other)>(StringComparer.Ordinal);
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

    private static bool OpensQuote(string previous) => previous is "\"" or "“" or "‘" or "'" or "``" or ":" or "-" or "--" or "—" or "–" or "(";
}
