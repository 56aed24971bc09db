using Crosscheck.Model;

namespace Crosscheck.Pipeline;

/// <summary>
/// What <see cref="Pipeline.AnalyzeStoreChanges"/> did to the stored stories: how many stories it
/// checked and stored again (new or changed) and how many articles it read with their layers to
/// check them. The other stored stories kept their rows;
/// <see cref="Crosscheck.Storage.SqliteStore.ReadStories"/> reads them all.
/// </summary>
/// <param name="ArticlesRead">Distinct articles read with their layers for checking (the new articles after a restore, and the other articles of the stories they joined).</param>
/// <param name="Checked">Stories checked and stored again (new or changed); read them back with <see cref="Crosscheck.Storage.SqliteStore.ReadStories"/>.</param>
/// <param name="Stories">How many stories are stored after the run.</param>
public sealed record StoryChanges(int ArticlesRead, int Checked, int Stories)
{
    /// <summary>Stored stories whose findings stand because their articles had not changed.</summary>
    public int Reused => Stories - Checked;

    /// <summary>Stories that could not be cross-checked (kept without facts), one error each, and a warning when the saved clusterer state was unusable.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; init; } = [];
}
