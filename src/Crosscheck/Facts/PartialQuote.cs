using Crosscheck.Model;

namespace Crosscheck.Facts;

/// <summary>
/// A quote that repeats, word for word, part of a longer quote by the same speaker ("abused the
/// trust of the city" within "the defendant abused the trust of the city") is the same statement
/// quoted in part, not a different wording.
/// </summary>
internal static class PartialQuote
{
    /// <summary>Fewest words of a partial quote that count as the same statement.</summary>
    private const int MinWords = 3;

    /// <summary>The longest of the values when every other one is part of it, else null.</summary>
    public static string? Whole(IReadOnlyList<FactVariant> variants)
    {
        var longest = variants[0].Value;
        foreach (var variant in variants)
        {
            if (variant.Value.Length > longest.Length)
            {
                longest = variant.Value;
            }
        }

        foreach (var variant in variants)
        {
            if (!ReferenceEquals(variant.Value, longest) && !IsPartOf(variant.Value, longest))
            {
                return null;
            }
        }

        return longest;
    }

    /// <summary>Both values are "Speaker: words", with one speaker and the shorter's words (at least three) a run of the longer's.</summary>
    public static bool IsPartOf(string shorter, string longer)
    {
        var colon = shorter.IndexOf(": ", StringComparison.Ordinal);
        if (colon <= 0 || longer.Length <= shorter.Length || !longer.StartsWith(shorter.AsSpan(0, colon + 2), StringComparison.Ordinal))
        {
            return false;
        }

        var words = shorter[(colon + 2)..];
        if (words.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < MinWords)
        {
            return false;
        }

        var padded = " " + longer[(colon + 2)..] + " ";
        return padded.Contains(" " + words + " ", StringComparison.Ordinal);
    }
}
