using Crosscheck.Model;

namespace Crosscheck.Extract;

/// <summary>Metadata findings gathered while extracting one document, before precedence is applied.</summary>
internal sealed class MetadataDraft
{
    public string? Title { get; set; }
    public TextSpan? TitleSpan { get; set; }
    public string? Url { get; set; }
    /// <summary>An outlet name stated by the container (HTML og:site_name, JSON-LD publisher).</summary>
    public string? StatedOutlet { get; set; }
    /// <summary>A host stated by the container (JSONL source_domain).</summary>
    public string? StatedHost { get; set; }
    public DateOnly? StatedDate { get; set; }
    /// <summary>Plausible publication dates: none before 1995 (the web news era) and none after today.</summary>
    public DateBounds DateBounds { get; set; } = DateBounds.Unbounded;
    public DateOnly? TextDate { get; set; }
    public List<string> Authors { get; } = [];
    public List<string> Agencies { get; } = [];
    public string? Language { get; set; }

    public void AddAuthor(string name)
    {
        if (!Contains(Authors, name))
        {
            Authors.Add(name);
        }
    }

    public void AddAgency(string canonical)
    {
        if (WireAgencies.IsTextWire(canonical) && !Contains(Agencies, canonical))
        {
            Agencies.Add(canonical);
        }
    }

    private static bool Contains(List<string> list, string value)
    {
        foreach (string item in list)
        {
            if (string.Equals(item, value, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }
}
