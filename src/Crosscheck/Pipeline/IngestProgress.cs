namespace Crosscheck.Pipeline;

/// <summary>Progress of an ingest run, reported after each stored batch.</summary>
public readonly record struct IngestProgress(int Read, int Stored, int Failed);
