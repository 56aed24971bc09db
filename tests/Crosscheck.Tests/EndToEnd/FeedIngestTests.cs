using System.Text.Json;

namespace Crosscheck.Tests.EndToEnd;

/// <summary>RSS and Atom items go through the real CLI and land as articles with the feed's metadata.</summary>
public sealed class FeedIngestTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("crosscheck-e2e-feeds-").FullName;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    [Fact]
    public void Feed_items_land_as_articles_in_stories_json()
    {
        var input = Directory.CreateDirectory(Path.Combine(_work, "in")).FullName;
        foreach (var name in new[] { "harbourdaily.rss.xml", "riverdesk.atom.xml" })
        {
            File.Copy(RepoPaths.PathOf(Path.Combine("tests", "fixtures", "feeds", name)), Path.Combine(input, name));
        }
        var outDir = Path.Combine(_work, "out");

        var run = CliRunner.Run("analyze", input, "--db", Path.Combine(_work, "feeds.db"), "--out", outDir);

        Assert.True(run.ExitCode == 0, run.StdErr);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "stories.json")));
        var articles = json.RootElement.GetProperty("articles").EnumerateArray()
            .ToDictionary(a => a.GetProperty("url").GetString()!, StringComparer.Ordinal);
        Assert.Equal(5, articles.Count);

        var strike = articles["https://harbourdaily.example/2022/06/13/dock-strike"];
        Assert.Equal("Dockworkers begin 72-hour strike at Harwick", strike.GetProperty("title").GetString());
        Assert.Equal("Harbour Daily", strike.GetProperty("outlet").GetString());
        Assert.Equal("2022-06-13", strike.GetProperty("published").GetString());
        Assert.Equal(["Mara Lindqvist"], strike.GetProperty("authors").EnumerateArray().Select(a => a.GetString()));

        var bridge = articles["https://riverdesk.example/2022/06/20/bridge"];
        Assert.Equal("River Desk", bridge.GetProperty("outlet").GetString());
        Assert.Equal("2022-06-20", bridge.GetProperty("published").GetString());
    }
}
