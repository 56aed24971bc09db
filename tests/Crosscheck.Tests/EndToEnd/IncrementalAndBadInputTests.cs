using System.Text;
using System.Text.Json;

namespace Crosscheck.Tests.EndToEnd;

/// <summary>Re-ingesting is a no-op; bad inputs get one-line errors and never lose good articles.</summary>
public sealed class IncrementalAndBadInputTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("crosscheck-e2e-bad-").FullName;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    private static int Count(string outDir, string property)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "stories.json")));
        return json.RootElement.GetProperty(property).GetArrayLength();
    }

    [Fact]
    public void Adding_more_files_joins_existing_stories_and_reingesting_is_a_no_op()
    {
        var db = Path.Combine(_work, "inc.db");
        var outDir = Path.Combine(_work, "out");
        var first = CliRunner.Run("analyze", Path.Combine(RepoPaths.Samples, "000_66acea157b196537.txt"), Path.Combine(RepoPaths.Samples, "001_6d06a955bf583ca6.txt"), "--db", db, "--out", outDir);
        Assert.True(first.ExitCode == 0, first.StdErr);
        Assert.Equal(2, Count(outDir, "articles"));
        string storyId;
        using (var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "stories.json"))))
        {
            storyId = json.RootElement.GetProperty("stories")[0].GetProperty("id").GetString()!;
        }

        var second = CliRunner.Run("analyze", RepoPaths.Samples, "--db", db, "--out", outDir);
        Assert.True(second.ExitCode == 0, second.StdErr);
        Assert.Equal(5, Count(outDir, "articles"));
        using (var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "stories.json"))))
        {
            var story = json.RootElement.GetProperty("stories").EnumerateArray().Single(s => s.GetProperty("id").GetString() == storyId);
            Assert.Equal(5, story.GetProperty("articleIds").GetArrayLength());
        }

        var third = CliRunner.Run("analyze", RepoPaths.Samples, "--db", db, "--out", outDir);
        Assert.True(third.ExitCode == 0, third.StdErr);
        Assert.Equal(5, Count(outDir, "articles"));
        Assert.Contains("5 already stored", third.StdOut, StringComparison.Ordinal);

        var list = CliRunner.Run("stories", "--db", db);
        Assert.Contains(storyId, list.StdOut, StringComparison.Ordinal);
        var show = CliRunner.Run("show", storyId, "--db", db);
        Assert.Equal(0, show.ExitCode);
        Assert.Contains("#", show.StdOut, StringComparison.Ordinal);
        var search = CliRunner.Run("search", "abstaining", "--db", db);
        Assert.Contains("article", search.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void Analysing_in_two_runs_writes_the_reports_of_one_run()
    {
        var once = Path.Combine(_work, "once");
        var twice = Path.Combine(_work, "twice");
        var single = CliRunner.Run("analyze", RepoPaths.Fixtures, RepoPaths.Samples, "--db", Path.Combine(_work, "once.db"), "--out", once);
        var first = CliRunner.Run("analyze", RepoPaths.Fixtures, "--db", Path.Combine(_work, "twice.db"), "--out", twice);
        var second = CliRunner.Run("analyze", RepoPaths.Samples, "--db", Path.Combine(_work, "twice.db"), "--out", twice);

        Assert.True(single.ExitCode == 0, single.StdErr);
        Assert.True(first.ExitCode == 0, first.StdErr);
        Assert.True(second.ExitCode == 0, second.StdErr);
        Assert.Contains(" unchanged)", second.StdOut, StringComparison.Ordinal);
        Assert.DoesNotContain("(0 unchanged)", second.StdOut, StringComparison.Ordinal);
        var files = Directory.GetFiles(once, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(once, f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(files, Directory.GetFiles(twice, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(twice, f)).Order(StringComparer.Ordinal));
        Assert.True(files.Count > 10, "expected several reports");
        foreach (var file in files)
        {
            Assert.True(File.ReadAllText(Path.Combine(once, file)) == File.ReadAllText(Path.Combine(twice, file)), file + " differs");
        }
    }

    [Fact]
    public void A_later_run_rewrites_only_the_reports_that_changed_and_never_deletes_outside_its_folder()
    {
        var db = Path.Combine(_work, "reports.db");
        var outDir = Path.Combine(_work, "reports");
        var storyDir = Path.Combine(outDir, "stories");
        var first = CliRunner.Run("analyze", RepoPaths.Fixtures, "--db", db, "--out", outDir);
        Assert.True(first.ExitCode == 0, first.StdErr);
        var old = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var reports = Directory.GetFiles(storyDir, "s-*").Order(StringComparer.Ordinal).ToList();
        Assert.True(reports.Count > 10, "expected several reports");
        reports.ForEach(f => File.SetLastWriteTimeUtc(f, old));
        File.Delete(reports[0]);

        // A manifest naming paths outside the folder is not trusted.
        var outside = Path.Combine(_work, "outside.md");
        File.WriteAllText(outside, "not a report");
        var manifest = Path.Combine(storyDir, "manifest.tsv");
        File.AppendAllLines(manifest, ["../../outside\tabc"]);
        var second = CliRunner.Run("analyze", RepoPaths.Samples, "--db", db, "--out", outDir);
        Assert.True(second.ExitCode == 0, second.StdErr);
        Assert.True(File.Exists(outside));

        // Damaged: every report written again, the missing one too.
        Assert.True(File.Exists(reports[0]));
        Assert.All(reports, f => Assert.NotEqual(old, File.GetLastWriteTimeUtc(f)));

        reports = Directory.GetFiles(storyDir, "s-*").Order(StringComparer.Ordinal).ToList();
        reports.ForEach(f => File.SetLastWriteTimeUtc(f, old));
        File.Delete(reports[^1]);

        // A story the manifest lists that is no longer stored (merged away) loses its reports.
        var gone = Path.Combine(storyDir, "s-000000000000");
        File.WriteAllText(gone + ".md", "stale");
        File.WriteAllText(gone + ".html", "stale");
        File.AppendAllLines(manifest, ["s-000000000000\tabc"]);
        var third = CliRunner.Run("analyze", RepoPaths.Samples, "--db", db, "--out", outDir);
        Assert.True(third.ExitCode == 0, third.StdErr);

        // Nothing changed: only the story whose report is missing is written again.
        var missing = Path.GetFileNameWithoutExtension(reports[^1]);
        Assert.All(reports, f => Assert.Equal(Path.GetFileNameWithoutExtension(f) == missing, File.GetLastWriteTimeUtc(f) != old));
        Assert.Equal(reports, Directory.GetFiles(storyDir, "s-*").Order(StringComparer.Ordinal));

        // A run that changes nothing leaves stories.json as it is; one without it writes it again.
        var json = Path.Combine(outDir, "stories.json");
        var content = File.ReadAllText(json);
        File.SetLastWriteTimeUtc(json, old);
        Assert.Equal(0, CliRunner.Run("analyze", RepoPaths.Samples, "--db", db, "--out", outDir).ExitCode);
        Assert.Equal(old, File.GetLastWriteTimeUtc(json));
        File.Delete(json);
        Assert.Equal(0, CliRunner.Run("analyze", RepoPaths.Samples, "--db", db, "--out", outDir).ExitCode);
        Assert.Equal(content, File.ReadAllText(json));
    }

    [Fact]
    public void An_output_folder_that_cannot_be_written_gets_a_clear_error_and_loses_nothing_stored()
    {
        var db = Path.Combine(_work, "out-errors.db");
        var file = Path.Combine(_work, "a-file");
        File.WriteAllText(file, "keep me");

        var named = CliRunner.Run("analyze", RepoPaths.Samples, "--db", db, "--out", file);

        Assert.Equal(1, named.ExitCode);
        Assert.Contains("a-file", named.StdErr, StringComparison.Ordinal);
        Assert.Contains("CC-REP-001", named.StdErr, StringComparison.Ordinal);
        Assert.Equal("keep me", File.ReadAllText(file));

        // The folder exists but its story folder cannot be made: the analysis is stored all the same.
        var outDir = Directory.CreateDirectory(Path.Combine(_work, "blocked")).FullName;
        File.WriteAllText(Path.Combine(outDir, "stories"), "in the way");
        var blocked = CliRunner.Run("analyze", RepoPaths.Samples, "--db", db, "--out", outDir);

        Assert.Equal(1, blocked.ExitCode);
        Assert.Contains("the reports could not be written", blocked.StdErr, StringComparison.Ordinal);
        Assert.Contains("CC-REP-001", blocked.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", blocked.StdErr, StringComparison.Ordinal);
        var list = CliRunner.Run("stories", "--db", db);
        Assert.Equal(0, list.ExitCode);
        Assert.Matches(@"s-[0-9a-f]{12}\s+5\s", list.StdOut);
    }

    [Theory]
    [InlineData("folder")]
    [InlineData("file-as-folder")]
    [InlineData("not-a-store")]
    [InlineData("bad-outlets")]
    public void A_database_or_option_file_that_cannot_be_used_gets_one_error_line(string problem)
    {
        var file = Path.Combine(_work, "plain.txt");
        File.WriteAllText(file, "not a database");
        string[] options = problem switch
        {
            "folder" => ["--db", _work],
            "file-as-folder" => ["--db", Path.Combine(file, "x.db")],
            "not-a-store" => ["--db", file],
            _ => ["--db", Path.Combine(_work, "ok.db"), "--outlets", file],
        };

        var run = CliRunner.Run(["analyze", RepoPaths.Samples, "--out", Path.Combine(_work, "out"), .. options]);

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: ", line, StringComparison.Ordinal);
        Assert.Contains(problem == "folder" ? _work : file, line, StringComparison.Ordinal);
        Assert.Equal("not a database", File.ReadAllText(file));
    }

    [Fact]
    public void Bad_inputs_each_get_a_one_line_error_and_good_articles_are_stored()
    {
        var input = Directory.CreateDirectory(Path.Combine(_work, "in")).FullName;
        File.Copy(Path.Combine(RepoPaths.Samples, "003_1d113ee8b3345420.txt"), Path.Combine(input, "good.txt"));
        File.WriteAllText(Path.Combine(input, "empty.txt"), "");
        File.WriteAllBytes(Path.Combine(input, "binary.txt"), [0x7F, 0x45, 0x4C, 0x46, 0, 0, 1, 2, 3, 0, 0, 0, 0xFF, 0xFE, 0, 9]);
        File.WriteAllBytes(Path.Combine(input, "latin1.txt"), Encoding.Latin1.GetBytes("Caf\u00e9 owners protest\n\nThe caf\u00e9 owners of the old town said on Monday that the new tax was unfair."));
        using (var big = File.Create(Path.Combine(input, "huge.txt")))
        {
            big.SetLength(100L * 1024 * 1024);
        }

        var goodLine = JsonSerializer.Serialize(new { title = "Harbour cranes stop", maintext = "Dock workers in the fictional port of Velmora stopped work on Tuesday, the union said. At least 300 workers joined the strike.", date_publish = "2022-06-14 09:00:00", url = "https://www.example.org/2022/06/14/cranes", source_domain = "www.example.org", language = "en" });
        File.WriteAllText(Path.Combine(input, "feed.jsonl"), goodLine + "\n{ this is not json\n");
        var missing = Path.Combine(_work, "does-not-exist.txt");
        var db = Path.Combine(_work, "bad.db");

        var run = CliRunner.Run("analyze", input, missing, "--db", db, "--out", Path.Combine(_work, "out"));

        Assert.Equal(2, run.ExitCode);
        var errors = run.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.StartsWith("error", StringComparison.Ordinal)).ToList();
        Assert.Contains(errors, l => l.Contains("empty.txt", StringComparison.Ordinal));
        Assert.Contains(errors, l => l.Contains("binary.txt", StringComparison.Ordinal));
        Assert.Contains(errors, l => l.Contains("latin1.txt", StringComparison.Ordinal));
        Assert.Contains(errors, l => l.Contains("huge.txt", StringComparison.Ordinal));
        Assert.Contains(errors, l => l.Contains("feed.jsonl line 2", StringComparison.Ordinal));
        Assert.Contains(errors, l => l.Contains("does-not-exist.txt", StringComparison.Ordinal));
        Assert.Equal(2, Count(Path.Combine(_work, "out"), "articles"));
    }
}
