using System.Runtime.Intrinsics;

namespace Crosscheck.Text.Ner;

/// <summary>
/// Exact second-order Viterbi decoding over BIO tags: the best tag sequence under scores that
/// depend on the tag, the previous tag (per word) and the tag before that (transitions), with
/// I-X allowed only after B-X or I-X. The caller feeds one word at a time (<see cref="Step"/>),
/// so only backpointers (81 bytes per word) grow with the sentence. Owned by one caller at a time.
/// </summary>
internal sealed class SequenceDecoder
{
    /// <summary>States are (previous tag, tag) pairs.</summary>
    public const int States = NerTags.Count * NerTags.Count;

    /// <summary>Transition table size: (tag two back, previous tag, tag).</summary>
    public const int TransitionSize = States * NerTags.Count;

    /// <summary>Tags scored in one vector; the last tag is scored apart.</summary>
    private const int Lanes = NerTags.Count - 1;

    private static readonly bool[] Allowed = BuildAllowed();

    /// <summary>For each tag p, the tags p2 that may precede it, in increasing order, packed (see <see cref="PredecessorsOf"/>).</summary>
    private static readonly byte[] Predecessors = BuildPredecessors(out PredecessorStarts);

    private static readonly int[] PredecessorStarts;

    /// <summary>The states (p, t) where t may not follow p.</summary>
    private static readonly int[] Forbidden = BuildForbidden();

    private float[] _delta = new float[States];
    private float[] _next = new float[States];
    private byte[] _back = new byte[States * 64];
    private int _length;

    /// <summary>Starts a sentence: before the first word, both previous tags are O.</summary>
    public void Begin(int length)
    {
        if (_back.Length < length * States)
        {
            _back = new byte[Math.Max(length * States, _back.Length * 2)];
        }

        _length = 0;
        Array.Fill(_delta, float.NegativeInfinity);
        _delta[(NerTags.Outside * NerTags.Count) + NerTags.Outside] = 0f;
    }

    /// <summary>
    /// Adds the next word: <paramref name="emission"/>[t] scores tag t whatever came before,
    /// <paramref name="history"/>[p * 9 + t] scores t after previous tag p, and
    /// <paramref name="transitions"/>[(p2 * 9 + p) * 9 + t] scores t after p2, p.
    /// </summary>
    /// <remarks>
    /// For each previous tag p, the tags t are scored side by side (eight in a vector, the ninth
    /// apart), and only the tags p2 that may precede p (<see cref="Predecessors"/>) are tried: every
    /// other (p2, p) state scores minus infinity and could never win. Each lane adds and compares
    /// exactly as a scalar loop over p2 in increasing order would (the first best p2 wins a tie), so
    /// the result is the same to the bit.
    /// </remarks>
    public void Step(ReadOnlySpan<float> emission, ReadOnlySpan<float> history, ReadOnlySpan<float> transitions)
    {
        const int n = NerTags.Count;
        var back = _back.AsSpan(_length * States, States);
        var emissionLow = Vector256.Create(emission[..Lanes]);
        Span<int> lanes = stackalloc int[Lanes];
        for (var p = 0; p < n; p++)
        {
            var best = Vector256.Create(float.NegativeInfinity);
            var bestP2 = Vector256<int>.Zero;
            var bestLast = float.NegativeInfinity;
            var bestLastP2 = 0;
            foreach (var p2 in PredecessorsOf(p))
            {
                var previous = _delta[(p2 * n) + p];
                var row = transitions.Slice(((p2 * n) + p) * n, n);
                var score = Vector256.Create(previous) + Vector256.Create(row[..Lanes]);
                var better = Vector256.GreaterThan(score, best);
                best = Vector256.ConditionalSelect(better, score, best);
                bestP2 = Vector256.ConditionalSelect(better.AsInt32(), Vector256.Create((int)p2), bestP2);
                var last = previous + row[Lanes];
                if (last > bestLast)
                {
                    bestLast = last;
                    bestLastP2 = p2;
                }
            }

            var stateRow = p * n;
            var next = (best + emissionLow) + Vector256.Create(history.Slice(stateRow, Lanes));
            next.CopyTo(_next.AsSpan(stateRow, Lanes));
            _next[stateRow + Lanes] = bestLast + emission[Lanes] + history[stateRow + Lanes];
            bestP2.CopyTo(lanes);
            for (var t = 0; t < Lanes; t++)
            {
                back[stateRow + t] = (byte)lanes[t];
            }

            back[stateRow + Lanes] = (byte)bestLastP2;
        }

        foreach (var state in Forbidden)
        {
            _next[state] = float.NegativeInfinity;
        }

        (_delta, _next) = (_next, _delta);
        _length++;
    }

    /// <summary>Writes the best sequence of the words stepped so far into <paramref name="tags"/>.</summary>
    public void Finish(Span<int> tags)
    {
        if (_length == 0)
        {
            return;
        }

        var bestState = 0;
        for (var state = 1; state < States; state++)
        {
            if (_delta[state] > _delta[bestState])
            {
                bestState = state;
            }
        }

        var p = bestState / NerTags.Count;
        var t = bestState % NerTags.Count;
        for (var i = _length - 1; i >= 0; i--)
        {
            tags[i] = t;
            var p2 = _back[(i * States) + (p * NerTags.Count) + t];
            t = p;
            p = p2;
        }
    }

    /// <summary>Whether tag t may follow tag p (state p * 9 + t): I-X only after B-X or I-X.</summary>
    public static bool IsAllowed(int previous, int tag) => Allowed[(previous * NerTags.Count) + tag];

    /// <summary>The tags that may precede <paramref name="tag"/> (any tag may precede O or B-X; only B-X or I-X precede I-X), in increasing order.</summary>
    public static ReadOnlySpan<byte> PredecessorsOf(int tag) => Predecessors.AsSpan(PredecessorStarts[tag], PredecessorStarts[tag + 1] - PredecessorStarts[tag]);

    private static byte[] BuildPredecessors(out int[] starts)
    {
        var list = new List<byte>();
        starts = new int[NerTags.Count + 1];
        for (var p = 0; p < NerTags.Count; p++)
        {
            starts[p] = list.Count;
            for (var p2 = 0; p2 < NerTags.Count; p2++)
            {
                if (Allowed[(p2 * NerTags.Count) + p])
                {
                    list.Add((byte)p2);
                }
            }
        }

        starts[NerTags.Count] = list.Count;
        return [.. list];
    }

    private static int[] BuildForbidden()
    {
        var forbidden = new List<int>();
        for (var state = 0; state < States; state++)
        {
            if (!Allowed[state])
            {
                forbidden.Add(state);
            }
        }

        return [.. forbidden];
    }

    private static bool[] BuildAllowed()
    {
        var allowed = new bool[States];
        for (var p = 0; p < NerTags.Count; p++)
        {
            for (var t = 0; t < NerTags.Count; t++)
            {
                allowed[(p * NerTags.Count) + t] = t == NerTags.Outside || NerTags.IsBegin(t)
                    || (p != NerTags.Outside && NerTags.TypeIndex(p) == NerTags.TypeIndex(t));
            }
        }

        return allowed;
    }
}
