namespace Crosscheck.Storage;

/// <summary>
/// The store file cannot be used: it is not a SQLite database, its schema is newer than this
/// build understands, or a write violated the schema. The message names the file.
/// </summary>
public sealed class StoreException : Exception
{
    public StoreException()
    {
    }

    public StoreException(string message)
        : base(message)
    {
    }

    public StoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
