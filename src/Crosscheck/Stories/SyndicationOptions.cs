namespace Crosscheck.Stories;

/// <summary>Settings of <see cref="SyndicationDetector"/>. <see cref="Default"/> suits wire copy.</summary>
public sealed record SyndicationOptions
{
    public static SyndicationOptions Default { get; } = new();

    /// <summary>Words per shingle. Default 5.</summary>
    public int ShingleWords { get; init; } = 5;

    /// <summary>MinHash signature length. Must be a multiple of <see cref="Bands"/>. Default 128.</summary>
    public int Hashes { get; init; } = 128;

    /// <summary>
    /// LSH bands; rows per band = Hashes / Bands. The default 64 bands of 2 rows makes a pair a
    /// candidate with probability 0.93 at Jaccard 0.2 and 0.47 at 0.1, so a short copy inside a
    /// much longer text is still found.
    /// </summary>
    public int Bands { get; init; } = 64;

    /// <summary>
    /// Verified copies share at least this share of the smaller text's shingles:
    /// |A ∩ B| / min(|A|, |B|). Default 0.5: a copy with paragraphs added or cut and some words
    /// edited stays well above it; two separate reports sharing names and a quote stay far below.
    /// </summary>
    public double ContainmentThreshold { get; init; } = 0.5;

    /// <summary>
    /// Rewritten wire copies (an outlet reworking an agency text: sentences reordered, its own
    /// paragraphs added, many cut) keep less of the text, but keep it verbatim in several places.
    /// A pair below <see cref="ContainmentThreshold"/> is still a copy when its containment is at
    /// least this and the shared text stands in at least <see cref="MinSharedPassages"/> separate
    /// passages. Separate reports of one event share names and perhaps one quote: one passage,
    /// and containment near 0.03 on real reports. Default 0.15.
    /// </summary>
    public double RewriteContainmentThreshold { get; init; } = 0.15;

    /// <summary>Separate verbatim passages a rewritten copy shares with its source. Default 3.</summary>
    public int MinSharedPassages { get; init; } = 3;

    /// <summary>Consecutive shared shingles that make a passage (3 shingles of 5 words = 7 words). Default 3.</summary>
    public int MinPassageShingles { get; init; } = 3;

    /// <summary>Verified copies share at least this many shingles (guards very short texts). Default 3.</summary>
    public int MinSharedShingles { get; init; } = 3;

    /// <summary>
    /// A new article is compared with at most this many earlier articles of each LSH bucket, the
    /// most recent first. Shared boilerplate (a footer every article of an outlet carries) can put
    /// thousands of articles in one bucket; real copies also meet in many other bands, and
    /// union-find joins a copy to its family through any one member. Default 16.
    /// </summary>
    public int MaxBucketWalk { get; init; } = 16;

    /// <summary>
    /// <see cref="FamilyTracker"/> (the online detector) compares a new article only with articles
    /// dated at most this many days before it: wire copies run within days of the original. Default 3.
    /// </summary>
    public int OnlineWindowDays { get; init; } = 3;

    /// <summary>
    /// <see cref="FamilyTracker"/> keeps at most this many recent articles (bounds memory on
    /// undated or very dense streams). Default 100,000.
    /// </summary>
    public int OnlineWindowArticles { get; init; } = 100_000;

    /// <summary>Seed of the MinHash functions; fixed so results are reproducible. Default 0x5EED.</summary>
    public ulong Seed { get; init; } = 0x5EED;
}
