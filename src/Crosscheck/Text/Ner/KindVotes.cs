using Crosscheck.Model;

namespace Crosscheck.Text.Ner;

/// <summary>For each name written in an article, how many of its mentions have each type (indexed by <see cref="EntityKind"/>).</summary>
internal static class KindVotes
{
    public static Dictionary<string, int[]> Of(string text, List<EntityMention> mentions)
    {
        var votes = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var mention in mentions)
        {
            var name = mention.Span.Of(text);
            if (!votes.TryGetValue(name, out var counts))
            {
                counts = new int[4];
                votes[name] = counts;
            }

            counts[(int)mention.Kind]++;
        }

        return votes;
    }
}
