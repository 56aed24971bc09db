namespace Crosscheck.Pipeline;

/// <summary>
/// Unlabelled news text that the entity model tags itself and then trains on (see <see cref="SelfTrainingCorpus"/>).
/// </summary>
/// <param name="Source">Where the texts come from (logged and recorded in the model's metadata).</param>
/// <param name="Texts">One text per article.</param>
/// <param name="Weight">How much an update on a self-tagged sentence counts (0: no self-training).</param>
public sealed record SelfTraining(string Source, IReadOnlyList<string> Texts, float Weight);
