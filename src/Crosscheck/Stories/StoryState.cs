using Crosscheck.Model;

namespace Crosscheck.Stories;

/// <summary>A story while clustering: members, time range and a pruned centroid of member vectors.</summary>
/// <param name="ordinal">How many stories the stream founded before this one (see <see cref="Ordinal"/>).</param>
internal sealed partial class StoryState(StoryId id, int ordinal)
{
    private readonly List<(int Arrival, ArticleId Id)> _members = [];
    private long _termSum;

    public StoryId Id { get; } = id;

    /// <summary>
    /// The story's place in founding order over the whole stream (0 for the first story founded):
    /// its index in a clusterer that never dropped a story, so the order of stories across a
    /// snapshot that left out retired ones.
    /// </summary>
    public int Ordinal { get; } = ordinal;

    /// <summary>Sum of the members' unit tf-idf vectors, pruned to the heaviest terms.</summary>
    public Dictionary<int, float> Centroid { get; } = [];

    /// <summary>Terms under which the inverted index lists this story.</summary>
    public HashSet<int> PostedTerms { get; } = [];

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
    public List<MemberVector> MemberVectors { get; } = [];

    /// <summary>Keeps <paramref name="vector"/>, dropping the oldest kept vector beyond <paramref name="keep"/>.</summary>
    public void AddMemberVector(MemberVector vector, int keep)
    {
        if (keep <= 0)
        {
            return;
        }

        if (MemberVectors.Count >= keep)
        {
            MemberVectors.RemoveAt(0);
        }

        MemberVectors.Add(vector);
    }

    public int MemberCount => _members.Count;

    /// <summary>Drops the centroid of a story that left the index (it can no longer gain members).</summary>
    public void Release()
    {
        Centroid.Clear();
        Centroid.TrimExcess();
        PostedTerms.Clear();
        PostedTerms.TrimExcess();
        CentroidNorm = 0;
        MemberVectors.Clear();
        MemberVectors.TrimExcess();
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
    public void Absorb(StoryState other, int keep, int keepVectors)
    {
        MemberVectors.AddRange(other.MemberVectors);
        if (MemberVectors.Count > keepVectors)
        {
            MemberVectors.RemoveRange(0, MemberVectors.Count - keepVectors);
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

        Prune(keep);
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
    public void Prune(int keep)
    {
        if (Centroid.Count > 2 * keep)
        {
            var terms = new int[Centroid.Count];
            var weights = new float[Centroid.Count];
            var i = 0;
            foreach (var (term, weight) in Centroid)
            {
                terms[i] = term;
                weights[i] = -weight;
                i++;
            }

            Array.Sort(weights, terms);
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
