using Crosscheck.Model;

namespace Crosscheck.Facts;

/// <summary>A word of a sentence: where it stands and its lower-case form.</summary>
internal readonly record struct Word(TextSpan Span, string Lower)
{
    /// <summary>
    /// The words (runs of letters and digits) of <paramref name="range"/> in <paramref name="text"/>.
    /// Apostrophes, hyphens and punctuation separate words.
    /// </summary>
    public static List<Word> Scan(string text, TextSpan range)
    {
        var words = new List<Word>(Math.Max(4, range.Length / 6));
        var i = range.Start;
        while (NextRun(text, ref i, range.End, out var start))
        {
            words.Add(new Word(new TextSpan(start, i), text.AsSpan(start, i - start).ToString().ToLowerInvariant()));
        }

        return words;
    }

    /// <summary>
    /// Moves <paramref name="i"/> past the next run of letters and digits before <paramref name="end"/>,
    /// which starts at <paramref name="start"/>; false when no run is left.
    /// </summary>
    public static bool NextRun(string text, ref int i, int end, out int start)
    {
        while (i < end && !char.IsLetterOrDigit(text[i]))
        {
            i++;
        }

        start = i;
        while (i < end && char.IsLetterOrDigit(text[i]))
        {
            i++;
        }

        return i > start;
    }
}
