namespace Crosscheck.Evaluation;

/// <summary>The fact-judgement score of one fixture story, with the errors spelled out.</summary>
/// <param name="Name">The story folder's name.</param>
/// <param name="Conflicts">Conflict detection.</param>
/// <param name="Corroborations">Corroboration detection.</param>
/// <param name="Errors">One line per false positive ("extra conflicting: …") and miss ("missed corroborated: …").</param>
public sealed record FactStoryScore(string Name, FactDetectionScore Conflicts, FactDetectionScore Corroborations, IReadOnlyList<string> Errors);
