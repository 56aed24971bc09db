namespace Crosscheck.Evaluation;

/// <summary>
/// Builds a long labelled stream from a short one for scale tests (<c>crosscheck eval clustering
/// --replay N</c>): the stream is played <c>N</c> times, each copy shifted <c>gap</c> later than the
/// one before, and each copy's stories relabelled (<c>label#k</c>, item ids <c>id#k</c>), so a story
/// of one copy that joins the same story of another copy counts as an error. The copies are merged
/// in time order (ties by copy, then by position), as <see cref="LabelledStreamReader"/> orders a file.
/// Items without a time cannot be shifted: they are refused.
/// </summary>
public static class LabelledStreamReplay
{
    /// <summary>
    /// <paramref name="copies"/> copies of <paramref name="stream"/> (copy 0 is the stream itself,
    /// copy k shifted by k × <paramref name="gap"/>), merged in time order; diagnostics are kept once.
    /// </summary>
    public static LabelledCorpus Replay(LabelledCorpus stream, int copies, TimeSpan gap)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentOutOfRangeException.ThrowIfLessThan(copies, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(gap.Ticks);
        if (copies == 1)
        {
            return stream;
        }

        var source = stream.Items;
        if (source.Any(static i => i.Published is null))
        {
            throw new ArgumentException("every item needs a time to be replayed later", nameof(stream));
        }

        var n = source.Count;
        var keys = new (DateTimeOffset Time, int Copy, int Position)[n * copies];
        for (var k = 0; k < copies; k++)
        {
            var shift = gap * k;
            for (var i = 0; i < n; i++)
            {
                keys[(k * n) + i] = (source[i].Published!.Value + shift, k, i);
            }
        }

        Array.Sort(keys);
        var items = new LabelledItem[keys.Length];
        for (var j = 0; j < keys.Length; j++)
        {
            var (time, copy, position) = keys[j];
            var item = source[position];
            items[j] = copy == 0
                ? item
                : item with
                {
                    Id = string.Concat(item.Id, "#", copy.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    Label = string.Concat(item.Label, "#", copy.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    Published = time,
                };
        }

        return new LabelledCorpus(items, stream.Diagnostics);
    }
}
