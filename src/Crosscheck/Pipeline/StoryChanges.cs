using Crosscheck.Model;

namespace Crosscheck.Pipeline;

/// <summary>
/// What <see cref="Pipeline.AnalyzeStoreChanges"/> did to the stored stories: the stories it
/// checked and stored again (new or changed, in stored order) and how many articles it read with
/// their layers to check them. The other stored stories kept their rows;
/// <see cref="Crosscheck.Storage.SqliteStore.ReadStories"/> reads them all.
/// </summary>
/// <param name="ArticlesRead">Distinct articles read with their layers for checking (the new articles after a restore, and the other articles of the stories they joined).</param>
/// <param name="Stories">How many stories are stored after the run.</param>
public sealed record StoryChanges(int ArticlesRead, IReadOnlyList<StoryFindings> Checked, int Stories)
{
    /// <summary>Stored stories whose findings stand because their articles had not changed.</summary>
    public int Reused => Stories - Checked.Count;

    /// <summary>Stories that could not be cross-checked (kept without facts), one error each, and a warning when the saved clusterer state was unusable.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; init; } = [];
}
