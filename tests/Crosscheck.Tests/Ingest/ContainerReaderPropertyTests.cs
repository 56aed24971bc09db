using System.Text;
using Crosscheck.Ingest;
using CsCheck;

namespace Crosscheck.Tests.Ingest;

/// <summary>Feed and WARC readers never throw on damaged input: cut anywhere, bytes overwritten anywhere.</summary>
public sealed class ContainerReaderPropertyTests
{
    private static readonly byte[] Rss = File.ReadAllBytes(IngestRun.Feed("harbourdaily.rss.xml"));
    private static readonly byte[] Atom = File.ReadAllBytes(IngestRun.Feed("riverdesk.atom.xml"));

    private static readonly byte[] Warc = new WarcBuilder()
        .Response("https://a.example/1", "HTTP/1.1 200 OK\nContent-Type: text/html; charset=utf-8", Encoding.UTF8.GetBytes("<p>The ferry left on time, officials said.</p>"))
        .Request("https://a.example/1")
        .Response("https://a.example/2", "HTTP/1.1 200 OK\nContent-Type: text/html\nTransfer-Encoding: chunked", "5\r\n<p>ok\r\n0\r\n\r\n"u8.ToArray())
        .Plain();

    private static readonly Gen<byte[]> Damaged =
        Gen.Select(Gen.Int[0, 2], Gen.Double[0, 1], Gen.Int[0, 5], Gen.Byte.Array[5], Gen.Double[0, 1].Array[5])
            .Select((source, cutAt, flips, values, positions) =>
            {
                byte[] original = source switch { 0 => Rss, 1 => Atom, _ => Warc };
                byte[] bytes = original[..Math.Max(1, (int)(original.Length * cutAt))];
                for (int i = 0; i < flips; i++)
                {
                    bytes[(int)(positions[i] * (bytes.Length - 1))] = values[i];
                }
                return bytes;
            });

    [Fact]
    public void Damaged_feeds_and_warcs_give_documents_or_diagnostics_never_exceptions()
    {
        var reader = new InputReader(Crosscheck.Ingest.IngestOptions.Default);
        Damaged.Sample(bytes =>
        {
            foreach (var item in reader.DecodeBytes("damaged", bytes))
            {
                Assert.True(item.Document is null ^ item.Diagnostic is null);
                if (item.Document is { Record: { } record })
                {
                    Assert.True(record > 0);
                }
            }
        }, iter: 400);
    }
}
