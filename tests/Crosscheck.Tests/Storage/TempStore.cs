namespace Crosscheck.Tests.Storage;

/// <summary>A fresh folder for one test's store file, deleted afterwards.</summary>
internal sealed class TempStore : IDisposable
{
    public TempStore()
    {
        Folder = Path.Combine(Path.GetTempPath(), "crosscheck-store-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        DbPath = Path.Combine(Folder, "store.db");
    }

    public string Folder { get; }

    public string DbPath { get; }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}

/// <summary>A clock that always reads the same instant.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
