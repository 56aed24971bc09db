using System.Text.RegularExpressions;

namespace Crosscheck.Tests.Architecture;

/// <summary>
/// Enforces the dependency table of STYLE.md: each stage folder may use only the namespaces
/// listed for it. Reads the sources' <c>using</c> directives and qualified names.
/// </summary>
public sealed partial class LayeringTests
{
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        ["Model"] = [],
        ["Ingest"] = ["Model"],
        ["Extract"] = ["Model"],
        ["Text"] = ["Model"],
        ["Storage"] = ["Model"],
        ["Stories"] = ["Model", "Text"],
        ["Facts"] = ["Model", "Text", "Stories"],
        ["Reports"] = ["Model", "Stories", "Facts"],
        ["Pipeline"] = ["Model", "Ingest", "Extract", "Text", "Storage", "Stories", "Facts", "Reports"],
        ["Evaluation"] = ["Model", "Ingest", "Extract", "Text", "Storage", "Stories", "Facts", "Reports", "Pipeline"],
    };

    [GeneratedRegex(@"\bCrosscheck\.(?<ns>[A-Z][A-Za-z]+)\b")]
    private static partial Regex NamespaceReference();

    public static TheoryData<string> Folders() => [.. Allowed.Keys];

    [Theory]
    [MemberData(nameof(Folders))]
    public void Stage_uses_only_allowed_namespaces(string folder)
    {
        var dir = Path.Combine(RepoPaths.Root, "src", "Crosscheck", folder);
        Assert.True(Directory.Exists(dir), dir);
        var violations = new List<string>();
        foreach (var file in Directory.EnumerateFiles(dir, "*.cs", SearchOption.AllDirectories))
        {
            foreach (Match match in NamespaceReference().Matches(File.ReadAllText(file)))
            {
                var ns = match.Groups["ns"].Value;
                if (ns != folder && Allowed.ContainsKey(ns) && !Allowed[folder].Contains(ns))
                {
                    violations.Add($"{Path.GetRelativePath(RepoPaths.Root, file)} uses Crosscheck.{ns}");
                }
            }
        }

        Assert.True(violations.Count == 0, string.Join('\n', violations));
    }
}
