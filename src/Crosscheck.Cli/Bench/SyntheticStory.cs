using System.Globalization;
using System.Text;

namespace Crosscheck.Cli.Bench;

/// <summary>
/// Writes a seeded, reproducible single-event story of plain-text articles for the facts
/// benchmark: every article reports the same disaster, meeting, vote and quotes, with planted
/// variation (numbers off by a little, a day off by one, bounds and approximations) and a share
/// of wire copies reprinted with a new headline and an extra paragraph.
/// </summary>
internal sealed class SyntheticStory(int seed)
{
    private static readonly string[] Disasters = ["an earthquake struck", "flooding hit", "a landslide struck", "a cyclone struck"];
    private static readonly string[] Fillers =
        ["Officials said the figures could still change as rescuers reach remote villages.",
         "Aid agencies appealed for tents, clean water and medicine.",
         "Witnesses described scenes of panic as buildings shook.",
         "The opposition called for an independent inquiry into the emergency response.",
         "Schools in the region will stay closed until further notice.",
         "Independent observers were not immediately able to verify the figures."];
    private static readonly string[] Agencies = ["AFP", "Reuters", "AP"];

    private readonly SyntheticText _text = new(seed);

    /// <summary>Writes <paramref name="count"/> articles of one story into <paramref name="folder"/>.</summary>
    public void Write(string folder, int count)
    {
        Directory.CreateDirectory(folder);
        var e = new Event(
            Name(2) + " " + Name(3), Name(2) + " " + Name(2), Name(3), Name(2), Name(2) + " Assembly", Name(2) + " Ministry",
            new DateOnly(2024, 3, 4).AddDays(_text.Random.Next(0, 300)), _text.Random.Next(20, 400), _text.Random.Next(50, 900), _text.Random.Next(100, 200));
        var written = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var text = written.Count > 2 && _text.Random.NextDouble() < 0.25
                ? Reprint(written[_text.Random.Next(written.Count)])
                : Original(e);
            written.Add(text);
            File.WriteAllText(Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"{i:D5}.txt")), text);
        }
    }

    private string Original(Event e)
    {
        var published = e.Day.AddDays(_text.Random.Next(1, 3));
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"{Pick(["Deadly", "Rescuers search after", "Toll rises after"])} {Pick(Disasters).Split(' ')[^2]} in {e.Place}\n\n");
        sb.Append(CultureInfo.InvariantCulture, $"Date: {published.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}\n\n");
        sb.Append(CultureInfo.InvariantCulture, $"By {Name(2)} {Name(3)}{(_text.Random.NextDouble() < 0.3 ? " (" + Pick(Agencies) + ")" : "")}\n\n");
        var paragraphs = new List<string>
        {
            $"{Bound()} {Vary(e.Toll)} people were killed when {Pick(Disasters)} {e.Place} on {Weekday(e.Day, 0.1)}, the {e.Ministry} said.",
            $"Another {Vary(e.Injured)} people were injured and about {Vary(e.Injured * 10)} residents were displaced.",
            $"{e.Leader} met {e.Envoy} on {Weekday(e.Day.AddDays(1), 0.1)} in {e.City} to discuss relief.",
            $"\"We will rebuild every home and every school in {e.Place},\" {e.Leader} said.",
            $"The {e.Assembly} approved an emergency fund by {e.For} votes to {Vary(12)}, with {Vary(5)} abstentions.",
            $"{e.Envoy} arrived in {e.City} on {Weekday(e.Day.AddDays(1), 0.1)} with a team of engineers.",
        };
        for (var f = _text.Random.Next(1, 4); f > 0; f--)
        {
            paragraphs.Insert(_text.Random.Next(1, paragraphs.Count), Pick(Fillers) + " " + Pick(Fillers));
        }

        foreach (var paragraph in paragraphs)
        {
            if (_text.Random.NextDouble() < 0.85)
            {
                sb.Append(paragraph).Append("\n\n");
            }
        }

        return sb.ToString();

        string Weekday(DateOnly day, double offByOne) =>
            (_text.Random.NextDouble() < offByOne ? day.AddDays(-1) : day).DayOfWeek.ToString();
    }

    private string Reprint(string original)
    {
        var paragraphs = original.Split("\n\n", StringSplitOptions.RemoveEmptyEntries).ToList();
        paragraphs[0] = Pick(["UPDATE: ", "LIVE: ", ""]) + paragraphs[0] + " " + Name(2);
        paragraphs.Add(Pick(Fillers));
        return string.Join("\n\n", paragraphs) + "\n";
    }

    private string Bound() => Pick(["At least", "More than", "About", "Exactly"]);

    private int Vary(int n) => _text.Random.NextDouble() < 0.8 ? n : n + _text.Random.Next(-3, 4);

    private string Name(int syllables) => _text.Name(syllables);

    private string Pick(string[] items) => _text.Pick(items);

    private sealed record Event(string Leader, string Envoy, string Place, string City, string Assembly, string Ministry, DateOnly Day, int Toll, int Injured, int For);
}
