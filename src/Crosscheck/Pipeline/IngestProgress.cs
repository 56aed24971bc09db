namespace Crosscheck.Pipeline;

/// <summary>
/// Progress of an ingest run, reported after each stored batch: documents read, stored and
/// failed, and how many of the run's input files have been reached.
/// </summary>
public readonly record struct IngestProgress(int Read, int Stored, int Failed, int FilesReached, int Files);
