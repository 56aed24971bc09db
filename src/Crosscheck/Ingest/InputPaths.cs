using Crosscheck.Model;

namespace Crosscheck.Ingest;

/// <summary>
/// Expands a named path into the files to read: a file stands for itself; a directory is walked
/// depth-first in ordinal name order, skipping hidden entries, never following a symbolic link
/// out of the named directory and never following directory links (no cycles).
/// </summary>
internal static class InputPaths
{
    /// <summary>One file to read, or a diagnostic about a path that cannot be read.</summary>
    internal readonly record struct Entry(string? File, Diagnostic? Diagnostic);

    public static List<Entry> Expand(string path)
    {
        var entries = new List<Entry>();
        if (File.Exists(path))
        {
            entries.Add(new Entry(path, null));
            return entries;
        }
        if (!Directory.Exists(path))
        {
            entries.Add(new Entry(null, new Diagnostic(DiagnosticCodes.NotFound, Severity.Error,
                "no such file or directory; check the path", new DiagnosticLocation(path))));
            return entries;
        }
        string root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path)) + Path.DirectorySeparatorChar;
        var stack = new Stack<(FileSystemInfo[] Items, int Next)>();
        if (TryList(new DirectoryInfo(path), entries, out var top))
        {
            stack.Push((top, 0));
        }
        while (stack.Count > 0)
        {
            var (items, next) = stack.Pop();
            if (next >= items.Length)
            {
                continue;
            }
            stack.Push((items, next + 1));
            var item = items[next];
            if (item.Name.StartsWith('.') || (item.Attributes & FileAttributes.Hidden) != 0)
            {
                continue;
            }
            bool isLink = item.LinkTarget is not null;
            if (item is DirectoryInfo dir)
            {
                if (isLink)
                {
                    entries.Add(new Entry(null, new Diagnostic(DiagnosticCodes.Unreadable, Severity.Warning,
                        "directory is a symbolic link; not followed (name its target directly to read it)",
                        new DiagnosticLocation(item.FullName))));
                }
                else if (TryList(dir, entries, out var children))
                {
                    stack.Push((children, 0));
                }
                continue;
            }
            if (isLink)
            {
                var target = item.ResolveLinkTarget(returnFinalTarget: true);
                if (target is null || !target.FullName.StartsWith(root, StringComparison.Ordinal))
                {
                    entries.Add(new Entry(null, new Diagnostic(DiagnosticCodes.Unreadable, Severity.Warning,
                        "symbolic link points outside the named directory; not followed (name its target directly to read it)",
                        new DiagnosticLocation(item.FullName))));
                    continue;
                }
            }
            entries.Add(new Entry(item.FullName, null));
        }
        return entries;
    }

    private static bool TryList(DirectoryInfo dir, List<Entry> entries, out FileSystemInfo[] items)
    {
        try
        {
            items = dir.GetFileSystemInfos();
            Array.Sort(items, static (a, b) => string.CompareOrdinal(a.Name, b.Name));
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            entries.Add(new Entry(null, new Diagnostic(DiagnosticCodes.Unreadable, Severity.Error,
                $"directory cannot be listed ({ex.Message}); skipped, check its permissions",
                new DiagnosticLocation(dir.FullName))));
            items = [];
            return false;
        }
    }
}
