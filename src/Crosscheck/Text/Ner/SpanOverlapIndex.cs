using Crosscheck.Model;

namespace Crosscheck.Text.Ner;

/// <summary>
/// Answers "does any of these spans overlap this one?" in O(log n): the spans sorted by start,
/// with the largest end among each prefix. Keeps the article-level rules linear in the text.
/// </summary>
internal sealed class SpanOverlapIndex
{
    private readonly int[] _starts;
    private readonly int[] _maxEnds;

    public SpanOverlapIndex(IEnumerable<TextSpan> spans)
    {
        ArgumentNullException.ThrowIfNull(spans);
        var sorted = spans.OrderBy(static s => s.Start).ToArray();
        _starts = new int[sorted.Length];
        _maxEnds = new int[sorted.Length];
        var maxEnd = int.MinValue;
        for (var i = 0; i < sorted.Length; i++)
        {
            _starts[i] = sorted[i].Start;
            maxEnd = Math.Max(maxEnd, sorted[i].End);
            _maxEnds[i] = maxEnd;
        }
    }

    /// <summary>Whether some span shares a character with <paramref name="span"/>.</summary>
    public bool Overlaps(TextSpan span)
    {
        // The last span starting before span.End; any overlapping span is at or before it.
        var at = Array.BinarySearch(_starts, span.End);
        var last = at >= 0 ? at - 1 : ~at - 1;
        while (at >= 0 && last >= 0 && _starts[last] >= span.End)
        {
            last--;
        }

        return last >= 0 && _maxEnds[last] > span.Start;
    }
}
