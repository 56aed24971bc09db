using System.Text.Json;
using Crosscheck.Model;

namespace Crosscheck.Evaluation;

/// <summary>
/// Reads fixture stories' gold files: <c>DIR/&lt;story&gt;/gold.json</c> of the form
/// <c>{"facts": [{"subject": ["words"], "values": ["..."], "status": "conflicting"}]}</c>
/// (format documented in tests/fixtures/facts/README.md).
/// </summary>
public static class FactGoldReader
{
    public const string GoldFileName = "gold.json";

    /// <summary>Every story folder under <paramref name="directory"/> that has a gold file, by name.</summary>
    /// <exception cref="InvalidDataException">A gold file is not valid JSON or misses a field; the message names the file.</exception>
    public static IReadOnlyList<FactGold> ReadAll(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var stories = new List<FactGold>();
        foreach (var folder in Directory.EnumerateDirectories(directory).Order(StringComparer.Ordinal))
        {
            var path = Path.Combine(folder, GoldFileName);
            if (File.Exists(path))
            {
                stories.Add(new FactGold(Path.GetFileName(folder), folder, ReadItems(path)));
            }
        }

        return stories;
    }

    public static string StatusLabel(FactStatus status) => status switch
    {
        FactStatus.Conflicting => "conflicting",
        FactStatus.SingleSource => "single-source",
        FactStatus.Compatible => "compatible",
        _ => "corroborated",
    };

    private static List<FactGoldItem> ReadItems(string path)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            var items = new List<FactGoldItem>();
            var index = 0;
            foreach (var fact in document.RootElement.GetProperty("facts").EnumerateArray())
            {
                var status = fact.GetProperty("status").GetString() switch
                {
                    "conflicting" => FactStatus.Conflicting,
                    "single-source" => FactStatus.SingleSource,
                    "compatible" => FactStatus.Compatible,
                    "corroborated" => FactStatus.Corroborated,
                    var other => throw new InvalidDataException($"{path}: facts[{index}].status '{other}' is not conflicting|single-source|compatible|corroborated"),
                };
                items.Add(new FactGoldItem(Strings(fact, "subject"), Strings(fact, "values"), status));
                index++;
            }

            return items;
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new InvalidDataException($"{path}: not a gold file ({e.Message}); see tests/fixtures/facts/README.md", e);
        }
    }

    private static List<string> Strings(JsonElement element, string name) =>
        element.TryGetProperty(name, out var array) ? array.EnumerateArray().Select(e => e.GetString() ?? "").ToList() : [];
}
