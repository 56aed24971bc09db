namespace Crosscheck.Storage;

/// <summary>
/// The story clusterer's saved state (opaque bytes to the store) and how far into the stored
/// articles it reaches: it has seen the <paramref name="ArticleCount"/> articles whose arrival
/// sequence number is at most <paramref name="LastSeq"/>. <paramref name="Fingerprint"/> names
/// the code and settings that wrote it, as the stories fingerprint does.
/// </summary>
public sealed record ClustererCheckpoint(string Fingerprint, long LastSeq, long ArticleCount, byte[] State);
