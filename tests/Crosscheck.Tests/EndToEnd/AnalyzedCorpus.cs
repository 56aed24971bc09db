using System.Text.Json;

namespace Crosscheck.Tests.EndToEnd;

/// <summary>
/// One real CLI run over the bundled samples plus the synthetic fixtures, shared by the
/// end-to-end tests: its database, its stories.json and its output folder.
/// </summary>
public sealed class AnalyzedCorpus : IDisposable
{
    public AnalyzedCorpus()
    {
        Work = Directory.CreateTempSubdirectory("crosscheck-e2e-").FullName;
        Db = Path.Combine(Work, "crosscheck.db");
        Out = Path.Combine(Work, "out");
        Run = CliRunner.Run("analyze", RepoPaths.Samples, RepoPaths.Fixtures, "--db", Db, "--out", Out);
        Json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Out, "stories.json")));
    }

    public string Work { get; }
    public string Db { get; }
    public string Out { get; }
    public CliRunner.Result Run { get; }
    public JsonDocument Json { get; }

    public IEnumerable<JsonElement> Articles => Json.RootElement.GetProperty("articles").EnumerateArray();

    public IEnumerable<JsonElement> Stories => Json.RootElement.GetProperty("stories").EnumerateArray();

    /// <summary>The article whose source file has this name.</summary>
    public JsonElement ArticleFromFile(string fileName) =>
        Articles.Single(a => Path.GetFileName(a.GetProperty("path").GetString()) == fileName);

    public JsonElement StoryOf(string articleId) =>
        Stories.Single(s => s.GetProperty("articleIds").EnumerateArray().Any(id => id.GetString() == articleId));

    public void Dispose()
    {
        Json.Dispose();
        Directory.Delete(Work, recursive: true);
    }
}
