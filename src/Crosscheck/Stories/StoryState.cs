using Crosscheck.Model;

namespace Crosscheck.Stories;

/// <summary>A story while clustering: members, date range and a pruned centroid of member vectors.</summary>
internal sealed class StoryState(StoryId id)
{
    public StoryId Id { get; } = id;

    public List<ArticleId> Members { get; } = [];

    /// <summary>Sum of the members' unit tf-idf vectors, pruned to the heaviest terms.</summary>
    public Dictionary<int, float> Centroid { get; } = [];

    public double CentroidNorm { get; private set; }

    public DateOnly? FirstDate { get; private set; }

    public DateOnly? LastDate { get; private set; }

    public void AddDate(DateOnly? date)
    {
        if (date is not { } d)
        {
            return;
        }

        FirstDate = FirstDate is { } f && f <= d ? f : d;
        LastDate = LastDate is { } l && l >= d ? l : d;
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
