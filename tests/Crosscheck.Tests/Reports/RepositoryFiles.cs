namespace Crosscheck.Tests.Reports;

/// <summary>Finds files of the repository (the folder holding Crosscheck.slnx) from the test output folder.</summary>
internal static class RepositoryFiles
{
    public static string PathOf(string relativePath)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Crosscheck.slnx")))
            {
                return Path.Combine(folder.FullName, relativePath);
            }
        }

        throw new DirectoryNotFoundException("Crosscheck.slnx not found above " + AppContext.BaseDirectory);
    }
}
