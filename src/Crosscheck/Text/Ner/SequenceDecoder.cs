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

    private static readonly bool[] Allowed = BuildAllowed();

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
    public void Step(ReadOnlySpan<float> emission, ReadOnlySpan<float> history, ReadOnlySpan<float> transitions)
    {
        const int n = NerTags.Count;
        var back = _back.AsSpan(_length * States, States);
        for (var p = 0; p < n; p++)
        {
            for (var t = 0; t < n; t++)
            {
                var state = (p * n) + t;
                if (!Allowed[state])
                {
                    _next[state] = float.NegativeInfinity;
                    continue;
                }

                var best = float.NegativeInfinity;
                var bestP2 = 0;
                for (var p2 = 0; p2 < n; p2++)
                {
                    var previous = _delta[(p2 * n) + p];
                    if (previous == float.NegativeInfinity)
                    {
                        continue;
                    }

                    var score = previous + transitions[(((p2 * n) + p) * n) + t];
                    if (score > best)
                    {
                        best = score;
                        bestP2 = p2;
                    }
                }

                _next[state] = best + emission[t] + history[state];
                back[state] = (byte)bestP2;
            }
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
