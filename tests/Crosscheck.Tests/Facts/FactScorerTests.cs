using Crosscheck.Evaluation;
using Crosscheck.Model;

namespace Crosscheck.Tests.Facts;

public sealed class FactScorerTests
{
    private static Fact Fact(string subject, FactStatus status, params string[] values) =>
        new("f", FactKind.Quantity, subject, status, values.Select(v => new FactVariant(v, v, [])).ToList(), 2, "");

    [Fact]
    public void Conflicts_and_corroborations_are_scored_against_gold_of_the_same_status()
    {
        FactGoldItem[] gold =
        [
            new(["killed"], ["12", "15"], FactStatus.Conflicting),
            new(["injured"], ["30"], FactStatus.Conflicting),
            new(["missing"], ["4"], FactStatus.Corroborated),
        ];
        Fact[] predicted =
        [
            Fact("people killed", FactStatus.Conflicting, "12", "15"),
            Fact("people injured", FactStatus.Corroborated, "30"),
            Fact("people missing", FactStatus.Corroborated, "4"),
            Fact("people arrested", FactStatus.Conflicting, "2", "3"),
        ];

        var score = FactScorer.Score("s", gold, predicted);

        Assert.Equal(new FactDetectionScore(2, 1, 2, 1), score.Conflicts);
        Assert.Equal(new FactDetectionScore(2, 1, 1, 1), score.Corroborations);
        Assert.Contains(score.Errors, e => e.StartsWith("extra conflicting: people arrested", StringComparison.Ordinal));
        Assert.Contains(score.Errors, e => e.StartsWith("missed conflicting: injured", StringComparison.Ordinal) && e.Contains("judged corroborated", StringComparison.Ordinal));
        Assert.Equal(0.5, score.Conflicts.Precision);
    }

    [Fact]
    public async Task Fixture_stories_meet_the_conflict_floors()
    {
        var dir = Path.Combine(Crosscheck.Tests.RepoPaths.Root, "tests", "fixtures", "facts");
        var stories = FactGoldReader.ReadAll(dir);
        Assert.True(stories.Count >= 10, $"{stories.Count} fixture stories");

        var evaluation = await new FactEvaluator(new Crosscheck.Pipeline.PipelineBuilder().Build())
            .EvaluateAsync(stories, CancellationToken.None);

        var errors = string.Join('\n', evaluation.Stories.SelectMany(s => s.Errors.Select(e => s.Name + ": " + e)));
        Assert.True(evaluation.Conflicts.Precision >= 0.9, $"conflict precision {evaluation.Conflicts.Precision:F3}\n{errors}");
        Assert.True(evaluation.Conflicts.Recall >= 0.8, $"conflict recall {evaluation.Conflicts.Recall:F3}\n{errors}");
    }
}
