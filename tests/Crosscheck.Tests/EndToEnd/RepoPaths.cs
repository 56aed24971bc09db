namespace Crosscheck.Tests.EndToEnd;

/// <summary>Locates the repository's data folders from the test binaries.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Samples => Path.Combine(Root, "samples", "myanmar-russia-2021");

    public static string Fixtures => Path.Combine(Root, "tests", "fixtures", "articles");

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
