namespace Crosscheck.Tests.EndToEnd;

/// <summary>
/// A file or option the user got wrong gets exit code 1 and one line naming the file (or option) and
/// the problem, before any work is done: no .NET exception text, no run that ends in a misleading score.
/// </summary>
public sealed class CliUsageErrorTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("crosscheck-e2e-usage-").FullName;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    [Fact]
    public void A_missing_outlet_file_is_named_and_nothing_is_stored()
    {
        var db = Path.Combine(_work, "outlets.db");
        var outlets = Path.Combine(_work, "no-such-outlets.json");

        var run = CliRunner.Run("analyze", RepoPaths.Samples, "--db", db, "--out", Path.Combine(_work, "out"), "--outlets", outlets);

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(outlets, line, StringComparison.Ordinal);
        Assert.Contains("no such outlet file", line, StringComparison.Ordinal);
        Assert.False(File.Exists(db));
    }

    [Fact]
    public void A_folder_given_as_the_database_of_a_read_command_is_named_as_a_folder()
    {
        var run = CliRunner.Run("stories", "--db", _work);

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(_work, line, StringComparison.Ordinal);
        Assert.Contains("is a folder", line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_labelled_stream_read_in_the_wrong_format_fails_instead_of_scoring_nothing()
    {
        var csv = Path.Combine(_work, "headlines.csv");
        var lines = new List<string> { "ID,TITLE,URL,PUBLISHER,CATEGORY,STORY,HOSTNAME,TIMESTAMP" };
        for (var i = 0; i < 30; i++)
        {
            var story = i % 2 == 0 ? "storyA" : "storyB";
            var title = i % 2 == 0 ? $"Harbour strike halts ferries for day {i}" : $"Chip maker opens new plant in valley {i}";
            lines.Add($"{i + 1},{title},http://example.org/{i},Example,b,{story},example.org,{1394470370698L + (i * 60_000L)}");
        }

        File.WriteAllLines(csv, lines);

        var wrong = CliRunner.Run("eval", "clustering", "--input", csv);

        Assert.Equal(1, wrong.ExitCode);
        var errors = wrong.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var error = Assert.Single(errors, static l => l.StartsWith("error:", StringComparison.Ordinal));
        Assert.Contains(csv, error, StringComparison.Ordinal);
        Assert.Contains("--format", error, StringComparison.Ordinal);
        Assert.True(errors.Length <= 22, "skipped records are listed up to 20, then counted: " + errors.Length);
        Assert.Contains("more records skipped", wrong.StdErr, StringComparison.Ordinal);
        Assert.Empty(wrong.StdOut);

        var right = CliRunner.Run("eval", "clustering", "--input", csv, "--format", "uci");
        Assert.True(right.ExitCode == 0, right.StdErr);
        Assert.Contains("items 30:", right.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_conll_file_for_bench_text_is_named_before_the_benchmark_runs()
    {
        var conll = Path.Combine(_work, "no-such.conll");

        var run = CliRunner.Run("bench", "text", "--conll", conll);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(conll, run.StdErr, StringComparison.Ordinal);
        Assert.Contains("no such CoNLL file", run.StdErr, StringComparison.Ordinal);
        Assert.Empty(run.StdOut);
    }

    [Fact]
    public void Original_without_article_is_refused()
    {
        var run = CliRunner.Run("show", "s-000000000000", "--original", "--db", Path.Combine(_work, "none.db"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--article", run.StdErr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_work, "none.db")));
    }
}
