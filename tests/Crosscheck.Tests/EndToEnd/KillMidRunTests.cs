using System.Diagnostics;
using Crosscheck.Cli.Bench;
using Crosscheck.Storage;

namespace Crosscheck.Tests.EndToEnd;

/// <summary>
/// Killing the process in the middle of a run loses nothing already committed: the database
/// opens cleanly, keeps every stored article, and the next run completes the rest.
/// </summary>
public sealed class KillMidRunTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("crosscheck-e2e-kill-").FullName;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    /// <summary>Committed articles, read without taking any lock the writer could wait on (0 while the schema is being made).</summary>
    private static int CountCommitted(string db)
    {
        if (!File.Exists(db))
        {
            return 0;
        }

        try
        {
            using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM articles";
            return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            return 0; // no articles table yet
        }
    }

    [Fact]
    public void Killed_run_keeps_committed_batches_and_a_rerun_completes()
    {
        var corpus = Path.Combine(_work, "articles");
        var generated = new SyntheticCorpus(seed: 7).Write(corpus, 4000);
        var db = Path.Combine(_work, "kill.db");
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "Crosscheck.Cli.dll"), "analyze", corpus, "--db", db, "--out", Path.Combine(_work, "out") })
        {
            start.ArgumentList.Add(arg);
        }

        int storedBeforeKill;
        using (var process = Process.Start(start)!)
        {
            var clock = Stopwatch.StartNew();
            storedBeforeKill = 0;
            while (clock.Elapsed < TimeSpan.FromSeconds(60) && !process.HasExited && storedBeforeKill == 0)
            {
                Thread.Sleep(50);
                storedBeforeKill = CountCommitted(db);
            }

            Assert.False(process.HasExited, "the run finished before it could be killed; generate more articles");
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        Assert.True(storedBeforeKill > 0);
        using (var store = SqliteStore.Open(db))
        {
            var afterKill = store.CountArticles();
            Assert.InRange(afterKill, storedBeforeKill, generated);
            Assert.Equal(afterKill, store.LoadArticles().Count);
        }

        var rerun = CliRunner.Run("analyze", corpus, "--db", db, "--out", Path.Combine(_work, "out"));
        Assert.True(rerun.ExitCode == 0, rerun.StdErr);
        using var final = SqliteStore.Open(db);
        var total = final.CountArticles();
        Assert.True(total >= generated * 0.95, $"{total} of {generated} stored (exact duplicates of the generator are skipped)");
    }
}
