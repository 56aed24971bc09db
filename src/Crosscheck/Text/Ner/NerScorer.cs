namespace Crosscheck.Text.Ner;

/// <summary>
/// Exact-span entity scoring as conlleval defines it: an entity counts as correct only when its
/// type and both boundaries match. Per-type and micro precision/recall/F1.
/// </summary>
public sealed class NerScorer
{
    private readonly int[] _tp = new int[4];
    private readonly int[] _fp = new int[4];
    private readonly int[] _fn = new int[4];

    public void Add(ReadOnlySpan<int> gold, ReadOnlySpan<int> predicted)
    {
        var goldSpans = Spans(gold);
        var predictedSpans = Spans(predicted);
        foreach (var span in predictedSpans)
        {
            if (goldSpans.Contains(span))
            {
                _tp[span.Type]++;
            }
            else
            {
                _fp[span.Type]++;
            }
        }

        foreach (var span in goldSpans)
        {
            if (!predictedSpans.Contains(span))
            {
                _fn[span.Type]++;
            }
        }
    }

    public NerTypeScore Type(int typeIndex) => NerTypeScore.Of(_tp[typeIndex], _fp[typeIndex], _fn[typeIndex]);

    public NerTypeScore Micro => NerTypeScore.Of(_tp.Sum(), _fp.Sum(), _fn.Sum());

    /// <summary>Micro score over a subset of types (e.g. PER, ORG, LOC without MISC).</summary>
    public NerTypeScore MicroOver(params int[] typeIndices)
    {
        int tp = 0, fp = 0, fn = 0;
        foreach (var t in typeIndices)
        {
            tp += _tp[t];
            fp += _fp[t];
            fn += _fn[t];
        }

        return NerTypeScore.Of(tp, fp, fn);
    }

    private static HashSet<(int Start, int End, int Type)> Spans(ReadOnlySpan<int> tags)
    {
        var spans = new HashSet<(int, int, int)>();
        var start = -1;
        var type = -1;
        for (var i = 0; i <= tags.Length; i++)
        {
            var tag = i < tags.Length ? tags[i] : NerTags.Outside;
            var continues = tag != NerTags.Outside && !NerTags.IsBegin(tag) && NerTags.TypeIndex(tag) == type;
            if (start >= 0 && !continues)
            {
                spans.Add((start, i, type));
                start = -1;
                type = -1;
            }

            if (tag != NerTags.Outside && !continues)
            {
                start = i;
                type = NerTags.TypeIndex(tag);
            }
        }

        return spans;
    }
}
