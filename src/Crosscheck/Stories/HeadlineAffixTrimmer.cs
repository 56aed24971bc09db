namespace Crosscheck.Stories;

/// <summary>
/// Finds the part of a headline that carries its story, without the publisher's label at either
/// end: "Savings fund could provide $200 million - WDRB 41 Louisville News", "Stocks slip on China
/// data | Fox Business", "VIDEO: Crowds gather in Kiev". A trailing segment (after " - ", " | ",
/// " – ", " — ", " :: ") or a leading segment (before ": ", " - ", " | ") is a label when one of its
/// words is part of the article's host name or outlet name, or when the same host already ended
/// (for a leading segment: opened, in capitals only, "VIDEO:") earlier headlines with a segment of
/// the same first word <see cref="ClusteringOptions.AffixRepeats"/> times (learned from the stream,
/// not from a list of outlets; a leading segment in mixed case may name the story: "Bachelor finale: ..."). At most one segment is trimmed
/// at each end, and never the whole headline. Not thread-safe; memory is bounded by
/// <see cref="MaxLearned"/>.
/// </summary>
internal sealed class HeadlineAffixTrimmer
{
    /// <summary>Distinct (host, side, first word) keys remembered; later keys are not learned.</summary>
    public const int MaxLearned = 200_000;

    private const int MaxSegmentChars = 48;
    private static readonly string[] SuffixSeparators = [" - ", " | ", " \u2013 ", " \u2014 ", " :: "];
    private static readonly string[] PrefixSeparators = [": ", " - ", " | "];

    private readonly Dictionary<string, int> _seen = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private char[] _key = new char[128];

    private readonly int _repeats;

    /// <param name="repeats">Earlier headlines of one host opening an end segment with the same word that make it a label.</param>
    public HeadlineAffixTrimmer(int repeats)
    {
        _repeats = repeats;
        _lookup = _seen.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>
    /// Returns the half-open range of <paramref name="title"/> to keep, and learns the title's end
    /// segments for the host of <paramref name="url"/>.
    /// </summary>
    public (int Start, int End) Trim(ReadOnlySpan<char> title, string? url, string? outlet)
    {
        var host = Host(url);
        var start = 0;
        var end = title.Length;
        if (TryLastSeparator(title, out var cut, out var width) && cut + width < title.Length && title.Length - cut - width <= MaxSegmentChars)
        {
            var segment = title[(cut + width)..];
            if (IsLabel(segment, host, outlet, 'S'))
            {
                end = cut;
            }
        }

        if (TryFirstSeparator(title[..end], out cut, out width) && cut <= MaxSegmentChars && cut + width < end)
        {
            var segment = title[..cut];
            if (IsLabel(segment, host, outlet, 'P'))
            {
                start = cut + width;
            }
        }

        return (start, end);
    }

    private bool IsLabel(ReadOnlySpan<char> segment, ReadOnlySpan<char> host, string? outlet, char side)
    {
        Span<char> word = stackalloc char[32];
        var named = false;
        var first = 0;
        var from = 0;
        while (WordScanner.TryNext(segment, from, out var s, out var e))
        {
            from = e;
            var length = WordScanner.Fold(segment[s..e], word);
            if (first == 0)
            {
                first = length;
                word[..length].CopyTo(KeyBuffer(host.Length + 2 + length).AsSpan(host.Length + 2));
            }

            if (length >= 3 && (host.Contains(word[..length], StringComparison.Ordinal) ||
                                (outlet is not null && outlet.AsSpan().Contains(segment[s..e], StringComparison.OrdinalIgnoreCase))))
            {
                named = true;
            }
        }

        if (first == 0 || host.IsEmpty)
        {
            return named;
        }

        host.CopyTo(_key);
        _key[host.Length] = '\u0002';
        _key[host.Length + 1] = side;
        var key = _key.AsSpan(0, host.Length + 2 + first);
        var lookup = _lookup;
        if (lookup.TryGetValue(key, out var count))
        {
            lookup[key] = count + 1;
        }
        else if (_seen.Count < MaxLearned)
        {
            lookup[key] = 1;
        }

        return named || (count >= _repeats && (side == 'S' || IsUpperCase(segment)));
    }

    /// <summary>No lower-case letter: a rubric ("VIDEO", "MARKET COMMENT") rather than the start of a sentence.</summary>
    private static bool IsUpperCase(ReadOnlySpan<char> segment)
    {
        foreach (var c in segment)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    private char[] KeyBuffer(int length)
    {
        if (_key.Length < length)
        {
            Array.Resize(ref _key, length * 2);
        }

        return _key;
    }

    /// <summary>The host of <paramref name="url"/>, lower-case as URLs give it, without "www."; empty without one.</summary>
    private static ReadOnlySpan<char> Host(string? url)
    {
        if (url is null)
        {
            return [];
        }

        var span = url.AsSpan();
        var scheme = span.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            span = span[(scheme + 3)..];
        }

        var slash = span.IndexOfAny('/', '?', '#');
        if (slash >= 0)
        {
            span = span[..slash];
        }

        return span.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? span[4..] : span;
    }

    private static bool TryLastSeparator(ReadOnlySpan<char> title, out int at, out int width)
    {
        at = -1;
        width = 0;
        foreach (var separator in SuffixSeparators)
        {
            var i = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (i > at)
            {
                at = i;
                width = separator.Length;
            }
        }

        return at > 0;
    }

    private static bool TryFirstSeparator(ReadOnlySpan<char> title, out int at, out int width)
    {
        at = -1;
        width = 0;
        foreach (var separator in PrefixSeparators)
        {
            var i = title.IndexOf(separator, StringComparison.Ordinal);
            if (i > 0 && (at < 0 || i < at))
            {
                at = i;
                width = separator.Length;
            }
        }

        return at > 0;
    }

    /// <summary>Writes the learned end segments and their counts (see <see cref="ClustererSnapshot"/>).</summary>
    public void WriteState(SnapshotWriter writer)
    {
        writer.Count(_seen.Count);
        foreach (var (key, count) in _seen)
        {
            writer.String(key);
            writer.Int(count);
        }
    }

    /// <summary>Restores what <see cref="WriteState"/> wrote into this trimmer, which has learned nothing yet.</summary>
    public void ReadState(SnapshotReader reader)
    {
        if (_seen.Count != 0)
        {
            throw new InvalidOperationException("A headline trimmer is restored only before it has learned.");
        }

        var count = reader.Count(5, "learned headline segments");
        if (count > MaxLearned)
        {
            throw new InvalidDataException($"{count} learned headline segments exceed the limit of {MaxLearned}");
        }

        for (var i = 0; i < count; i++)
        {
            var key = reader.String();
            if (!_seen.TryAdd(key, reader.Size(1, int.MaxValue, "headline segment count")))
            {
                throw new InvalidDataException($"learned headline segment {i} repeats an earlier one");
            }
        }
    }
}
