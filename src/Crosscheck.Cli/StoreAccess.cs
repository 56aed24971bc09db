using Crosscheck.Storage;

namespace Crosscheck.Cli;

/// <summary>Opens an existing database for read commands, with a clear message when it is missing or bad.</summary>
internal static class StoreAccess
{
    public static int Run(string dbPath, Func<SqliteStore, int> action)
    {
        if (Directory.Exists(dbPath))
        {
            Console.Error.WriteLine($"error: {dbPath}: is a folder, not a database file; pass --db FILE");
            return ExitCodes.Error;
        }

        if (!File.Exists(dbPath))
        {
            Console.Error.WriteLine($"error: {dbPath}: no such database; run 'crosscheck analyze PATH --db {dbPath}' first");
            return ExitCodes.Error;
        }

        try
        {
            using var store = SqliteStore.Open(dbPath);
            return action(store);
        }
        catch (StoreException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.Error;
        }
    }
}
