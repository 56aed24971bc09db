namespace Crosscheck.Ingest;

/// <summary>
/// The files a run will read, found by one walk of the named paths (in reading order), so a
/// progress display knows the total without walking the folders again.
/// </summary>
public sealed class InputPlan
{
    private InputPlan(IReadOnlyList<InputPaths.Entry> entries)
    {
        Entries = entries;
        FileCount = entries.Count(e => e.File is not null);
    }

    /// <summary>Files to read; a JSONL, feed or WARC file counts once however many articles it holds.</summary>
    public int FileCount { get; }

    internal IReadOnlyList<InputPaths.Entry> Entries { get; }

    /// <summary>Expands each path in order: a file stands for itself, a directory is walked recursively in ordinal order.</summary>
    public static InputPlan Of(IReadOnlyList<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var entries = new List<InputPaths.Entry>();
        foreach (var path in paths)
        {
            entries.AddRange(InputPaths.Expand(path));
        }

        return new InputPlan(entries);
    }
}
