using System.Text;

namespace Crosscheck.Stories;

/// <summary>
/// Writes the little-endian fields of a clusterer snapshot (<see cref="ClustererSnapshot"/>);
/// read back by <see cref="SnapshotReader"/> in the same order.
/// </summary>
internal sealed class SnapshotWriter(Stream output) : IDisposable
{
    private readonly BinaryWriter _writer = new(output, Encoding.UTF8, leaveOpen: true);

    public void Int(int value) => _writer.Write(value);

    public void Long(long value) => _writer.Write(value);

    public void Float(float value) => _writer.Write(value);

    public void Double(double value) => _writer.Write(value);

    public void Bool(bool value) => _writer.Write(value);

    /// <summary>A length-prefixed UTF-8 string.</summary>
    public void String(string value) => _writer.Write(value);

    /// <summary>A count of items that follow.</summary>
    public void Count(int count) => _writer.Write(count);

    public void Dispose() => _writer.Dispose();
}
