using Crosscheck.Model;

namespace Crosscheck.Evaluation;

/// <summary>
/// Scores judged facts against a story's gold items, separately for conflicting and for
/// corroborated facts. A predicted fact with the status is correct when it matches a gold item
/// with the same status; a gold item is found when a predicted fact with its status matches it.
/// The gold lists every conflict and corroboration of its story, so a predicted one matching no
/// gold item of that status is a false positive.
/// </summary>
public static class FactScorer
{
    public static FactStoryScore Score(string name, IReadOnlyList<FactGoldItem> gold, IReadOnlyList<Fact> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        var errors = new List<string>();
        var conflicts = ScoreStatus(FactStatus.Conflicting, gold, predicted, errors);
        var corroborations = ScoreStatus(FactStatus.Corroborated, gold, predicted, errors);
        foreach (var item in gold)
        {
            // Compatible and single-source items are not scored, but a wrong judgement is still listed.
            if (item.Status is FactStatus.Compatible or FactStatus.SingleSource && !predicted.Any(f => f.Status == item.Status && item.Matches(f)))
            {
                var near = predicted.FirstOrDefault(item.Matches);
                errors.Add($"unscored, missed {FactGoldReader.StatusLabel(item.Status)}: {item}" +
                    (near is null ? " (no such fact)" : $" (judged {FactGoldReader.StatusLabel(near.Status)}: {near.Explanation})"));
            }
        }

        return new FactStoryScore(name, conflicts, corroborations, errors);
    }

    private static FactDetectionScore ScoreStatus(FactStatus status, IReadOnlyList<FactGoldItem> gold, IReadOnlyList<Fact> predicted, List<string> errors)
    {
        var label = FactGoldReader.StatusLabel(status);
        var expected = gold.Where(g => g.Status == status).ToList();
        var flagged = predicted.Where(f => f.Status == status).ToList();
        var correct = 0;
        foreach (var fact in flagged)
        {
            if (expected.Exists(g => g.Matches(fact)))
            {
                correct++;
            }
            else
            {
                errors.Add($"extra {label}: {fact.Subject} = {string.Join(" | ", fact.Variants.Select(v => v.Value))} ({fact.Explanation})");
            }
        }

        var found = 0;
        foreach (var item in expected)
        {
            if (flagged.Exists(item.Matches))
            {
                found++;
            }
            else
            {
                var near = predicted.FirstOrDefault(item.Matches);
                errors.Add($"missed {label}: {item}" + (near is null ? " (no such fact)" : $" (judged {FactGoldReader.StatusLabel(near.Status)}: {near.Explanation})"));
            }
        }

        return new FactDetectionScore(flagged.Count, correct, expected.Count, found);
    }
}
