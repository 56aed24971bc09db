using Crosscheck.Extract;
using Crosscheck.Ingest;

namespace Crosscheck.Evaluation;

/// <summary>
/// Unlabelled English news text already in the shared data: the article bodies of saved pages (as
/// <see cref="ArticleExtractor"/> extracts them) and the titles of a UCI News Aggregator CSV.
/// The entity model learns its common-word lexicon from them (<c>train ner</c>).
/// </summary>
public static class UnlabelledNewsText
{
    /// <summary>The extracted body of every page in <paramref name="folder"/> (ordinal file order; pages without a body are skipped).</summary>
    public static IReadOnlyList<string> PageBodies(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var extractor = new ArticleExtractor(ExtractOptions.Default);
        var bodies = new List<string>();
        foreach (var page in HtmlPageSet.Load(folder, IngestOptions.Default).Pages)
        {
            if (page.Document is { } document && extractor.Extract(document).Article is { } article && article.BodyText.Length > 0)
            {
                bodies.Add(article.BodyText);
            }
        }

        return bodies;
    }

    /// <summary>The titles of a UCI News Aggregator CSV, in file order.</summary>
    public static IReadOnlyList<string> Headlines(string csvPath)
    {
        ArgumentNullException.ThrowIfNull(csvPath);
        var corpus = LabelledStreamReader.Read(csvPath, LabelledStreamFormat.Uci);
        return [.. corpus.Items.Select(static i => i.Title)];
    }
}
