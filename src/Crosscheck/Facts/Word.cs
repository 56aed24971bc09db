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
        while (i < range.End)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < range.End && char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            words.Add(new Word(new TextSpan(start, i), text.AsSpan(start, i - start).ToString().ToLowerInvariant()));
        }

        return words;
    }
}
