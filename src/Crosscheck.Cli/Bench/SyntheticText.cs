using System.Text;

namespace Crosscheck.Cli.Bench;

/// <summary>Seeded building blocks shared by the benchmark generators: invented names and picks.</summary>
internal sealed class SyntheticText(int seed)
{
    private static readonly string[] Syllables =
        ["ka", "lo", "ran", "mi", "to", "vel", "sa", "dor", "en", "bri", "mar", "tu", "zen", "pa", "li", "gor", "ha", "nek", "os", "ti"];

    /// <summary>The generator's one source of randomness.</summary>
    public Random Random { get; } = new(seed);

    /// <summary>An invented capitalised name of <paramref name="syllables"/> syllables.</summary>
    public string Name(int syllables)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < syllables; i++)
        {
            sb.Append(Pick(Syllables));
        }

        sb[0] = char.ToUpperInvariant(sb[0]);
        return sb.ToString();
    }

    public string Pick(string[] items) => items[Random.Next(items.Length)];
}
