using System.Text;

namespace Crosscheck.Stories;

/// <summary>
/// Reads the fields written by <see cref="SnapshotWriter"/> from an in-memory payload, bounding
/// every count by the bytes left and every index by its table, so truncated or damaged data ends
/// in <see cref="InvalidDataException"/> (or <see cref="EndOfStreamException"/>) before it can
/// allocate beyond the payload or leave an index that would fail later.
/// </summary>
internal sealed class SnapshotReader : IDisposable
{
    private readonly MemoryStream _stream;
    private readonly BinaryReader _reader;

    public SnapshotReader(byte[] payload, int offset, int length)
    {
        _stream = new MemoryStream(payload, offset, length, writable: false);
        _reader = new BinaryReader(_stream, Encoding.UTF8, leaveOpen: true);
    }

    /// <summary>Bytes not read yet.</summary>
    public long Remaining => _stream.Length - _stream.Position;

    public int Int() => _reader.ReadInt32();

    public long Long() => _reader.ReadInt64();

    public float Float() => _reader.ReadSingle();

    public double Double() => _reader.ReadDouble();

    public bool Bool() => _reader.ReadBoolean();

    public string String()
    {
        // The 7-bit length prefix is at most 5 bytes; check it against the bytes left before reading.
        var start = _stream.Position;
        var length = Read7BitLength();
        if (length > Remaining)
        {
            throw new InvalidDataException($"a string of {length} bytes at byte {start} runs past the end of the payload");
        }

        _stream.Position = start;
        return _reader.ReadString();
    }

    /// <summary>A count of items of at least <paramref name="minBytesEach"/> bytes each that must fit in the bytes left.</summary>
    public int Count(int minBytesEach, string what)
    {
        var at = _stream.Position;
        var count = _reader.ReadInt32();
        if (count < 0 || (long)count * Math.Max(1, minBytesEach) > Remaining)
        {
            throw new InvalidDataException($"{what}: count {count} at byte {at} does not fit in the {Remaining} bytes left");
        }

        return count;
    }

    /// <summary>An index in [<paramref name="min"/>, <paramref name="limit"/>).</summary>
    public int Index(int limit, string what, int min = 0)
    {
        var value = _reader.ReadInt32();
        if (value < min || value >= limit)
        {
            throw new InvalidDataException($"{what} {value} at byte {_stream.Position - 4} is outside [{min}, {limit})");
        }

        return value;
    }

    /// <summary>A size of at least <paramref name="min"/> and at most <paramref name="max"/>.</summary>
    public int Size(int min, int max, string what)
    {
        var value = _reader.ReadInt32();
        if (value < min || value > max)
        {
            throw new InvalidDataException($"{what} {value} at byte {_stream.Position - 4} is outside [{min}, {max}]");
        }

        return value;
    }

    /// <summary>Fails unless the whole payload was read.</summary>
    public void End()
    {
        if (Remaining != 0)
        {
            throw new InvalidDataException($"{Remaining} bytes are left after the last field");
        }
    }

    public void Dispose()
    {
        _reader.Dispose();
        _stream.Dispose();
    }

    private long Read7BitLength()
    {
        long value = 0;
        for (var shift = 0; shift < 35; shift += 7)
        {
            var b = _reader.ReadByte();
            value |= (long)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                return value;
            }
        }

        throw new InvalidDataException("a string length prefix is malformed");
    }
}
