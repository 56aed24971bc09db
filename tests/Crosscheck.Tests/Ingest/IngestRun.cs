using Crosscheck.Ingest;
using Crosscheck.Model;

namespace Crosscheck.Tests.Ingest;

/// <summary>Reads paths through the real <see cref="InputReader"/> and splits documents from diagnostics.</summary>
internal static class IngestRun
{
    public sealed record Result(List<RawDocument> Documents, List<Diagnostic> Diagnostics);

    public static async Task<Result> ReadAsync(params string[] paths) => await ReadAsync(IngestOptions.Default, paths);

    public static async Task<Result> ReadAsync(IngestOptions options, params string[] paths)
    {
        var reader = new InputReader(options);
        var documents = new List<RawDocument>();
        var diagnostics = new List<Diagnostic>();
        await foreach (var item in reader.ReadAsync(paths, CancellationToken.None))
        {
            Assert.True(item.Document is null ^ item.Diagnostic is null);
            if (item.Document is { } document)
            {
                documents.Add(document);
            }
            else
            {
                diagnostics.Add(item.Diagnostic!);
            }
        }
        return new Result(documents, diagnostics);
    }

    public static string Feed(string name) => RepoPaths.PathOf(Path.Combine("tests", "fixtures", "feeds", name));
}
