using Crosscheck.Evaluation;
using Crosscheck.Ingest;
using Crosscheck.Tests.EndToEnd;

namespace Crosscheck.Tests.Extract;

/// <summary>The real development pages of tests/fixtures/extraction/dev (article-extraction-benchmark, MIT), loaded once.</summary>
internal static class DevPages
{
    public static string Folder => Path.Combine(RepoPaths.Root, "tests", "fixtures", "extraction", "dev");

    private static readonly Lazy<HtmlPageSet> LazySet = new(() => HtmlPageSet.Load(Folder, IngestOptions.Default));

    private static readonly Lazy<IReadOnlyDictionary<string, ExtractionTruth>> LazyTruth =
        new(() => ExtractionTruth.Load(Path.Combine(Folder, "ground-truth.json")));

    public static HtmlPageSet Set => LazySet.Value;

    public static IReadOnlyDictionary<string, ExtractionTruth> Truth => LazyTruth.Value;

    /// <summary>The page whose id starts with <paramref name="prefix"/>.</summary>
    public static HtmlPage Page(string prefix) => Set.Pages.Single(p => p.Id.StartsWith(prefix, StringComparison.Ordinal));
}
