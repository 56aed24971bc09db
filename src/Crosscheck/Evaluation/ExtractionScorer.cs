using System.Globalization;

namespace Crosscheck.Evaluation;

/// <summary>
/// Scores extracted article bodies the way the article-extraction benchmark does: word tokens
/// (runs of letters, digits and underscore) form multisets of 4-token shingles; per page,
/// tp/fp/fn are multiset overlaps; precision and recall are means over pages of tp/(tp+fp) and
/// tp/(tp+fn); F1 is the harmonic mean of those two means. As in the benchmark's evaluate.py,
/// a page with no predicted shingles is left out of the precision mean and a page with no true
/// shingles out of the recall mean; fewer than four tokens make one short shingle.
/// </summary>
public static class ExtractionScorer
{
    public const int ShingleSize = 4;

    /// <summary>Per-page precision and recall of <paramref name="predicted"/> against <paramref name="truth"/>.</summary>
    public static PageScore ScorePage(string id, string predicted, string truth)
    {
        var predictedShingles = Shingles(predicted);
        var trueShingles = Shingles(truth);
        var tp = 0;
        foreach (var (shingle, count) in predictedShingles)
        {
            if (trueShingles.TryGetValue(shingle, out var trueCount))
            {
                tp += Math.Min(count, trueCount);
            }
        }

        var predictedTotal = Total(predictedShingles);
        var trueTotal = Total(trueShingles);
        var fp = predictedTotal - tp;
        var fn = trueTotal - tp;
        double? precision = tp + fp == 0 ? null : fp == 0 && fn == 0 ? 1.0 : (double)tp / (tp + fp);
        double? recall = tp + fn == 0 ? null : fp == 0 && fn == 0 ? 1.0 : (double)tp / (tp + fn);
        return new PageScore(id, precision, recall);
    }

    /// <summary>Macro precision and recall over pages, F1 of the two means.</summary>
    public static ExtractionScore Aggregate(IReadOnlyList<PageScore> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        if (pages.Count == 0)
        {
            return new ExtractionScore(0, 0, 0, 0);
        }

        double p = 0, r = 0;
        int precisionPages = 0, recallPages = 0;
        foreach (var page in pages)
        {
            if (page.Precision is { } precision)
            {
                p += precision;
                precisionPages++;
            }

            if (page.Recall is { } recall)
            {
                r += recall;
                recallPages++;
            }
        }

        p = precisionPages == 0 ? 0 : p / precisionPages;
        r = recallPages == 0 ? 0 : r / recallPages;
        var f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new ExtractionScore(pages.Count, p, r, f1);
    }

    private static int Total(Dictionary<string, int> shingles)
    {
        var total = 0;
        foreach (var count in shingles.Values)
        {
            total += count;
        }

        return total;
    }

    /// <summary>Python's Unicode <c>\w</c>: letters, digits, marks and connector punctuation.</summary>
    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is UnicodeCategory.ConnectorPunctuation
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.LetterNumber;

    private static Dictionary<string, int> Shingles(string text)
    {
        var tokens = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isWord = i < text.Length && IsWordChar(text[i]);
            if (isWord && start < 0)
            {
                start = i;
            }
            else if (!isWord && start >= 0)
            {
                tokens.Add(text[start..i]);
                start = -1;
            }
        }

        var shingles = new Dictionary<string, int>(StringComparer.Ordinal);
        var words = tokens.ToArray();
        for (var i = 0; i < Math.Max(1, words.Length - ShingleSize + 1) && words.Length > 0; i++)
        {
            var key = string.Join(' ', words, i, Math.Min(ShingleSize, words.Length - i));
            shingles[key] = shingles.GetValueOrDefault(key) + 1;
        }

        return shingles;
    }
}
