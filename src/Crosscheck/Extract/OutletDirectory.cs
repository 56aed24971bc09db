using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;

namespace Crosscheck.Extract;

/// <summary>
/// Maps news hosts to outlet names. The built-in table (embedded <c>Resources/outlets.json</c>)
/// covers common international news sites; users can merge their own <c>{ "host": "Name" }</c> file.
/// Lookups match subdomains (<c>edition.cnn.com</c> finds <c>cnn.com</c>). Immutable.
/// </summary>
public sealed class OutletDirectory
{
    private const string ResourceName = "Crosscheck.Resources.outlets.json";

    private static readonly Lazy<OutletDirectory> DefaultInstance = new(LoadDefault);

    private readonly FrozenDictionary<string, string> _byHost;

    private OutletDirectory(IDictionary<string, string> byHost)
    {
        _byHost = byHost.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The built-in table.</summary>
    public static OutletDirectory Default => DefaultInstance.Value;

    /// <summary>Number of hosts known.</summary>
    public int Count => _byHost.Count;

    /// <summary>Builds a directory from explicit host/name pairs (hosts are normalised).</summary>
    public static OutletDirectory FromEntries(IEnumerable<KeyValuePair<string, string>> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (host, name) in entries)
        {
            if (NormaliseHost(host) is { } h && !string.IsNullOrWhiteSpace(name))
            {
                map[h] = name.Trim();
            }
        }
        return new OutletDirectory(map);
    }

    /// <summary>
    /// A new directory with the entries of the JSON object file at <paramref name="path"/> merged over
    /// this one (user entries win). Throws <see cref="InvalidDataException"/> naming the file if it is
    /// not a JSON object of strings.
    /// </summary>
    public OutletDirectory WithUserFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.OpenRead(path);
        var user = Parse(stream, path);
        var merged = new Dictionary<string, string>(_byHost, StringComparer.OrdinalIgnoreCase);
        foreach (var (host, name) in user)
        {
            merged[host] = name;
        }
        return new OutletDirectory(merged);
    }

    /// <summary>The outlet for a URL or host, matching parent domains; null if unknown.</summary>
    public string? Lookup(string urlOrHost)
    {
        if (NormaliseHost(urlOrHost) is not { } host)
        {
            return null;
        }
        var remaining = host.AsSpan();
        var lookup = _byHost.GetAlternateLookup<ReadOnlySpan<char>>();
        while (true)
        {
            if (lookup.TryGetValue(remaining, out string? name))
            {
                return name;
            }
            int dot = remaining.IndexOf('.');
            if (dot < 0 || remaining[(dot + 1)..].IndexOf('.') < 0)
            {
                return null;
            }
            remaining = remaining[(dot + 1)..];
        }
    }

    /// <summary>
    /// A readable name for an unknown host: drops <c>www.</c>, the top-level (and <c>co.uk</c>-style
    /// second-level) domain and subdomains, splits run-together outlet words (<see cref="HostWords"/>) and
    /// title-cases the rest ("daily-star.co.uk" → "Daily Star", "themoscowtimes.com" → "The Moscow Times").
    /// </summary>
    public static string? ReadableName(string urlOrHost)
    {
        if (NormaliseHost(urlOrHost) is not { } host)
        {
            return null;
        }
        string[] labels = host.Split('.');
        if (labels.Length == 1)
        {
            return TitleCase(labels[0]);
        }
        int nameIndex = labels.Length - 2;
        if (labels.Length >= 3 && labels[^1].Length == 2
            && labels[^2] is "co" or "com" or "org" or "net" or "gov" or "ac" or "edu" or "ne" or "or")
        {
            nameIndex = labels.Length - 3;
        }
        return TitleCase(labels[nameIndex]);
    }

    /// <summary>Lower-case host of a URL or host string without <c>www.</c>, or null.</summary>
    public static string? NormaliseHost(string? urlOrHost)
    {
        if (string.IsNullOrWhiteSpace(urlOrHost))
        {
            return null;
        }
        string value = urlOrHost.Trim().Trim('<', '>');
        string host;
        if (value.Contains("://", StringComparison.Ordinal))
        {
            if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
            {
                return null;
            }
            host = uri.Host;
        }
        else
        {
            int slash = value.IndexOfAny(['/', '?', '#', ':']);
            host = slash < 0 ? value : value[..slash];
        }
        host = host.TrimEnd('.').ToLowerInvariant();
        if (host.StartsWith("www.", StringComparison.Ordinal))
        {
            host = host[4..];
        }
        if (host.Length == 0 || host.Contains(' ', StringComparison.Ordinal))
        {
            return null;
        }
        return host;
    }

    private static string TitleCase(string label)
    {
        var words = label.Split('-', StringSplitOptions.RemoveEmptyEntries);
        for (int i = 0; i < words.Length; i++)
        {
            words[i] = HostWords.Split(words[i]) ?? char.ToUpper(words[i][0], CultureInfo.InvariantCulture) + words[i][1..];
        }
        return string.Join(' ', words);
    }

    private static OutletDirectory LoadDefault()
    {
        using var stream = typeof(OutletDirectory).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing from the build");
        return new OutletDirectory(Parse(stream, ResourceName));
    }

    private static Dictionary<string, string> Parse(Stream stream, string origin)
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        try
        {
            using var doc = JsonDocument.Parse(stream, new JsonDocumentOptions { MaxDepth = 4 });
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new InvalidDataException($"{origin}: outlet file must be a JSON object of \"host\": \"Name\" pairs");
            }
            foreach (var property in doc.RootElement.EnumerateObject())
            {
                if (property.Value.ValueKind != JsonValueKind.String)
                {
                    throw new InvalidDataException($"{origin}: value for \"{property.Name}\" must be a string outlet name");
                }
                if (NormaliseHost(property.Name) is { } host && property.Value.GetString() is { Length: > 0 } name)
                {
                    map[host] = name.Trim();
                }
            }
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{origin}: outlet file is not valid JSON ({ex.Message})", ex);
        }
        return map;
    }
}
