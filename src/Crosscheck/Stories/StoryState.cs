using Crosscheck.Model;

namespace Crosscheck.Stories;

/// <summary>A story while clustering: members, time range and a pruned centroid of member vectors.</summary>
internal sealed partial class StoryState
{
    private readonly List<(int Arrival, ArticleId Id)> _members = [];
    private long _termSum;

    /// <param name="id">The story's id.</param>
    /// <param name="ordinal">How many stories the stream founded before this one (see <see cref="Ordinal"/>).</param>
    /// <param name="pool">Where the centroid, posted terms and member-vector list come from (new ones without).</param>
    public StoryState(StoryId id, int ordinal, StoryPool? pool = null)
    {
        Id = id;
        Ordinal = ordinal;
        Centroid = pool?.RentCentroid() ?? [];
        PostedTerms = pool?.RentPostedTerms() ?? [];
        MemberVectors = pool?.RentVectorList() ?? [];
    }

    public StoryId Id { get; }

    /// <summary>
    /// The story's place in founding order over the whole stream (0 for the first story founded):
    /// its index in a clusterer that never dropped a story, so the order of stories across a
    /// snapshot that left out retired ones.
    /// </summary>
    public int Ordinal { get; }

    /// <summary>Sum of the members' unit tf-idf vectors, pruned to the heaviest terms.</summary>
    public Dictionary<int, float> Centroid { get; private set; }

    /// <summary>Terms under which the inverted index lists this story.</summary>
    public HashSet<int> PostedTerms { get; private set; }

    public double CentroidNorm { get; private set; }

    /// <summary>The time covered by the dated members; null while no member is dated.</summary>
    public TimeRange? Time { get; private set; }

    /// <summary>Index of the older story this one was merged into; -1 while it stands alone.</summary>
    public int MergedInto { get; set; } = -1;

    public void AddMember(ArticleId article, int arrival, int terms)
    {
        _members.Add((arrival, article));
        _termSum += terms;
    }

    /// <summary>Mean distinct terms per member: how much text the story's articles carry.</summary>
    public double MeanTerms => _members.Count == 0 ? 0 : (double)_termSum / _members.Count;

    /// <summary>
    /// Vectors of the latest members (at most the count passed to <see cref="AddMemberVector"/>),
    /// for comparing an article with single members when the centroid has drifted.
    /// </summary>
    public List<MemberVector> MemberVectors { get; private set; }

    /// <summary>Keeps <paramref name="vector"/>, dropping the oldest kept vector beyond <paramref name="keep"/> (back to <paramref name="pool"/>).</summary>
    public void AddMemberVector(MemberVector vector, int keep, StoryPool pool)
    {
        if (keep <= 0)
        {
            pool.Return(vector);
            return;
        }

        if (MemberVectors.Count >= keep)
        {
            pool.Return(MemberVectors[0]);
            MemberVectors.RemoveAt(0);
        }

        MemberVectors.Add(vector);
    }

    public int MemberCount => _members.Count;

    /// <summary>
    /// Drops the centroid, posted terms and member vectors of a story that left the index (it can
    /// no longer gain members), handing them to <paramref name="pool"/> for later stories; the story keeps empty ones.
    /// </summary>
    public void Release(StoryPool pool)
    {
        pool.Return(Centroid, PostedTerms, MemberVectors);
        Centroid = [];
        PostedTerms = [];
        MemberVectors = [];
        CentroidNorm = 0;
    }

    public ArticleId[] MembersInArrivalOrder()
    {
        var result = new ArticleId[_members.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = _members[i].Id;
        }

        return result;
    }

    public void AddTime(TimeRange? time)
    {
        if (time is { } t)
        {
            Time = Time is { } old ? old.Union(t) : t;
        }
    }

    /// <summary>Takes over the members, dates and centroid of <paramref name="other"/> (members stay in arrival order).</summary>
    public void Absorb(StoryState other, int keep, int keepVectors, StoryPool pool)
    {
        MemberVectors.AddRange(other.MemberVectors);
        if (MemberVectors.Count > keepVectors)
        {
            var drop = MemberVectors.Count - keepVectors;
            for (var i = 0; i < drop; i++)
            {
                pool.Return(MemberVectors[i]);
            }

            MemberVectors.RemoveRange(0, drop);
        }

        other.MemberVectors.Clear();
        _members.AddRange(other._members);
        _termSum += other._termSum;
        _members.Sort(static (a, b) => a.Arrival.CompareTo(b.Arrival));
        AddTime(other.Time);
        foreach (var (term, weight) in other.Centroid)
        {
            Centroid[term] = Centroid.TryGetValue(term, out var old) ? old + weight : weight;
        }

        Prune(keep, pool);
    }

    /// <summary>Fills <paramref name="top"/> with the <paramref name="count"/> heaviest centroid terms (ties by term id).</summary>
    public void HeaviestTerms(int count, List<KeyValuePair<int, float>> top)
    {
        top.Clear();
        top.AddRange(Centroid);
        top.Sort(static (a, b) => b.Value != a.Value ? b.Value.CompareTo(a.Value) : a.Key.CompareTo(b.Key));
        if (top.Count > count)
        {
            top.RemoveRange(count, top.Count - count);
        }
    }

    /// <summary>Keeps the <paramref name="keep"/> heaviest terms once the centroid holds twice that many.</summary>
    public void Prune(int keep, StoryPool pool)
    {
        if (Centroid.Count > 2 * keep)
        {
            var n = Centroid.Count;
            var (terms, weights) = pool.PruneScratch(n);
            var i = 0;
            foreach (var (term, weight) in Centroid)
            {
                terms[i] = term;
                weights[i] = -weight;
                i++;
            }

            weights.AsSpan(0, n).Sort(terms.AsSpan(0, n));
            Centroid.Clear();
            for (i = 0; i < keep; i++)
            {
                Centroid[terms[i]] = -weights[i];
            }
        }

        var sum = 0.0;
        foreach (var weight in Centroid.Values)
        {
            sum += (double)weight * weight;
        }

        CentroidNorm = Math.Sqrt(sum);
    }
}
