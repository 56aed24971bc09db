namespace Crosscheck.Tests;

/// <summary>Locates the repository (the folder holding Crosscheck.slnx) and its data folders from the test binaries.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Samples => Path.Combine(Root, "samples", "myanmar-russia-2021");

    public static string Fixtures => Path.Combine(Root, "tests", "fixtures", "articles");

    /// <summary>A file of the repository, by its path relative to the root.</summary>
    public static string PathOf(string relativePath) => Path.Combine(Root, relativePath);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Crosscheck.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Crosscheck.slnx not found above " + AppContext.BaseDirectory);
    }
}
