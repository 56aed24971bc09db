using System.Text.Json;

namespace Crosscheck.Evaluation;

/// <summary>
/// The human-checked body of one page, as in the article-extraction benchmark's
/// <c>ground-truth.json</c> (<c>{id: {articleBody, url}}</c>).
/// </summary>
public sealed record ExtractionTruth(string ArticleBody, string? Url)
{
    /// <summary>Reads a ground-truth file into id → truth.</summary>
    /// <exception cref="InvalidDataException">The file is not an object of <c>{articleBody, url}</c> objects.</exception>
    public static IReadOnlyDictionary<string, ExtractionTruth> Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.OpenRead(path);
        using var json = JsonDocument.Parse(stream);
        if (json.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidDataException($"{path}: ground truth must be a JSON object keyed by page id");
        }
        var truth = new Dictionary<string, ExtractionTruth>(StringComparer.Ordinal);
        foreach (var page in json.RootElement.EnumerateObject())
        {
            if (page.Value.ValueKind != JsonValueKind.Object
                || !page.Value.TryGetProperty("articleBody", out var body) || body.ValueKind != JsonValueKind.String)
            {
                throw new InvalidDataException($"{path}: page \"{page.Name}\" has no string articleBody");
            }
            string? url = page.Value.TryGetProperty("url", out var u) && u.ValueKind == JsonValueKind.String ? u.GetString() : null;
            truth[page.Name] = new ExtractionTruth(body.GetString()!, url);
        }
        return truth;
    }
}
