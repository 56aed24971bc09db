using System.IO.Compression;
using System.Text;

namespace Crosscheck.Tests.Ingest;

/// <summary>Builds small WARC files record by record, remembering each record's uncompressed byte offset.</summary>
internal sealed class WarcBuilder
{
    private readonly List<byte[]> _records = [];

    public List<long> Offsets { get; } = [];

    /// <summary>Adds a record; <paramref name="declaredLength"/> overrides the true Content-Length (a truncated record).</summary>
    public WarcBuilder Add(string type, string uri, string contentType, byte[] block, long? declaredLength = null)
    {
        string header = "WARC/1.1\r\n"
            + $"WARC-Type: {type}\r\n"
            + $"WARC-Target-URI: {uri}\r\n"
            + "WARC-Date: 2022-06-14T08:00:00Z\r\n"
            + $"WARC-Record-ID: <urn:uuid:{Guid.NewGuid()}>\r\n"
            + $"Content-Type: {contentType}\r\n"
            + $"Content-Length: {declaredLength ?? block.Length}\r\n\r\n";
        Offsets.Add(_records.Sum(r => (long)r.Length));
        _records.Add([.. Encoding.UTF8.GetBytes(header), .. block, .. "\r\n\r\n"u8]);
        return this;
    }

    public WarcBuilder Response(string uri, string httpHead, byte[] body, long? declaredLength = null) =>
        Add("response", uri, "application/http; msgtype=response", [.. Encoding.ASCII.GetBytes(httpHead.Replace("\n", "\r\n", StringComparison.Ordinal) + "\r\n\r\n"), .. body], declaredLength);

    public WarcBuilder Request(string uri) =>
        Add("request", uri, "application/http; msgtype=request", Encoding.ASCII.GetBytes($"GET {new Uri(uri).PathAndQuery} HTTP/1.1\r\nHost: {new Uri(uri).Host}\r\n\r\n"));

    public byte[] Plain() => [.. _records.SelectMany(r => r)];

    /// <summary>One gzip member per record, as crawlers write <c>.warc.gz</c>.</summary>
    public byte[] GzipPerRecord() => [.. _records.SelectMany(Gzip)];

    public static byte[] Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(bytes);
        }
        return output.ToArray();
    }
}
