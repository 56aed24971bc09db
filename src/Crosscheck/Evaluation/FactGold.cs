namespace Crosscheck.Evaluation;

/// <summary>The expected judgements of one fixture story folder.</summary>
/// <param name="Name">The story folder's name.</param>
/// <param name="Folder">The folder holding the story's articles and its gold file.</param>
/// <param name="Items">Every conflict and corroboration the story holds, plus any other judgements worth pinning.</param>
public sealed record FactGold(string Name, string Folder, IReadOnlyList<FactGoldItem> Items);
