using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;

namespace Crosscheck.Stories;

/// <summary>
/// Saves a <see cref="StoryClusterer"/> to bytes and restores it, so a stream can be clustered
/// across runs: restoring and adding more articles gives exactly the stories, ids and members of
/// a clusterer that never stopped. The form is a magic, <see cref="FormatVersion"/>, the
/// clusterer's <see cref="StoryClusterer.StageId"/> and the text of its options (a snapshot from
/// other code or settings is refused), the payload length and its SHA-256, then the payload:
/// the vocabulary with document frequencies, the stories that can still change (members,
/// centroid, posted terms, time range, member vectors, ordinal), the candidate index and the
/// counters. Stories that left the index (retired, or merged away) are left out: they never
/// change again, so the snapshot grows with the live window, not with the stream, apart from the
/// vocabulary (every term seen keeps its document frequency, which later weights depend on).
/// A restored clusterer's <see cref="StoryClusterer.Held"/> stories are therefore the live ones;
/// the stories left out come, in ordinal order, from wherever the stopped run's results were
/// kept (the pipeline's store). Reading is bounded: truncated,
/// damaged or oversized data is refused with a message, never half restored.
/// A snapshot holds the state between two articles; take it before a run's final
/// <see cref="StoryClusterer.MergeConverged"/>, which a continuing stream would not have run.
/// </summary>
public static class ClustererSnapshot
{
    /// <summary>Version of the layout; bump whenever the fields written change.</summary>
    public const int FormatVersion = 2;

    /// <summary>Largest snapshot read (SQLite's default limit for one value).</summary>
    public const int MaxBytes = 1_000_000_000;

    private const int HashBytes = 32;

    private static ReadOnlySpan<byte> Magic => "CCSTORY\n"u8;

    /// <summary>The state of <paramref name="clusterer"/> as bytes.</summary>
    public static byte[] Write(StoryClusterer clusterer)
    {
        ArgumentNullException.ThrowIfNull(clusterer);
        using var output = new MemoryStream();
        output.Write(Magic);
        long lengthAt;
        using (var writer = new SnapshotWriter(output))
        {
            writer.Int(FormatVersion);
            writer.String(StoryClusterer.StageId);
            writer.String(OptionsText(clusterer.Options));
            lengthAt = output.Position;
            writer.Long(0);
            output.Write(new byte[HashBytes]);
            clusterer.WriteState(writer);
        }

        // The length and the checksum go before the payload; fill them in now that it is written.
        var bytes = output.GetBuffer();
        var payloadStart = (int)lengthAt + sizeof(long) + HashBytes;
        var payload = bytes.AsSpan(payloadStart, checked((int)output.Length) - payloadStart);
        BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan((int)lengthAt), payload.Length);
        SHA256.HashData(payload, bytes.AsSpan(payloadStart - HashBytes, HashBytes));
        return output.ToArray();
    }

    /// <summary>
    /// The bytes of <paramref name="clusterer"/>'s snapshot that its vocabulary (every term seen,
    /// with its document frequency) and the headline trimmer's learned labels take: the part that
    /// grows with the stream rather than with the live window.
    /// </summary>
    public static long VocabularyBytes(StoryClusterer clusterer)
    {
        ArgumentNullException.ThrowIfNull(clusterer);
        using var output = new MemoryStream();
        using (var writer = new SnapshotWriter(output))
        {
            clusterer.WriteVocabulary(writer);
        }

        return output.Length;
    }

    /// <summary>
    /// Restores a clusterer with <paramref name="options"/> from <paramref name="data"/> written by
    /// <see cref="Write"/>; false with <paramref name="problem"/> saying why when the data is not a
    /// snapshot, comes from another format, stage or setting, or is truncated or damaged.
    /// </summary>
    public static bool TryRead(
        byte[] data, ClusteringOptions options, [NotNullWhen(true)] out StoryClusterer? clusterer, out string problem)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(options);
        clusterer = null;
        if (data.Length > MaxBytes)
        {
            problem = $"the snapshot is {data.Length:N0} bytes, more than the limit of {MaxBytes:N0}";
            return false;
        }

        if (!data.AsSpan().StartsWith(Magic))
        {
            problem = "the data is not a story clusterer snapshot (no magic)";
            return false;
        }

        try
        {
            int payloadStart;
            using (var header = new SnapshotReader(data, Magic.Length, data.Length - Magic.Length))
            {
                var version = header.Int();
                if (version != FormatVersion)
                {
                    problem = $"the snapshot has format version {version}; this build reads version {FormatVersion}";
                    return false;
                }

                var stage = header.String();
                if (!string.Equals(stage, StoryClusterer.StageId, StringComparison.Ordinal))
                {
                    problem = $"the snapshot was written by {stage}; this build runs {StoryClusterer.StageId}";
                    return false;
                }

                if (!string.Equals(header.String(), OptionsText(options), StringComparison.Ordinal))
                {
                    problem = "the snapshot was written with other clustering options";
                    return false;
                }

                var length = header.Long();
                if (length < 0 || length != header.Remaining - HashBytes)
                {
                    problem = $"the snapshot payload should be {length:N0} bytes but {Math.Max(0, header.Remaining - HashBytes):N0} are present (truncated or padded)";
                    return false;
                }

                payloadStart = data.Length - (int)length;
            }

            var expected = data.AsSpan(payloadStart - HashBytes, HashBytes);
            if (!expected.SequenceEqual(SHA256.HashData(data.AsSpan(payloadStart))))
            {
                problem = "the snapshot payload does not match its checksum (damaged)";
                return false;
            }

            using var reader = new SnapshotReader(data, payloadStart, data.Length - payloadStart);
            var restored = StoryClusterer.ReadState(reader, options);
            reader.End();
            clusterer = restored;
            problem = "";
            return true;
        }
        catch (Exception ex) when (ex is InvalidDataException or EndOfStreamException or FormatException or DecoderFallbackException)
        {
            problem = $"the snapshot is damaged: {ex.Message}";
            return false;
        }
    }

    /// <summary>The options as text: a changed setting changes it.</summary>
    private static string OptionsText(ClusteringOptions options) => options.ToString();
}
