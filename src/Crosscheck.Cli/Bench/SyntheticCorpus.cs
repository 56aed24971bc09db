using System.Globalization;
using System.Text;

namespace Crosscheck.Cli.Bench;

/// <summary>
/// Writes a seeded, reproducible corpus of realistic-looking plain-text news articles for
/// benchmarks: topics with their own people, places and organisations, several outlets per
/// topic, and a share of wire copies reprinted with edits.
/// </summary>
internal sealed class SyntheticCorpus(int seed)
{
    private static readonly string[] Verbs = ["announced", "confirmed", "rejected", "approved", "criticised", "welcomed", "postponed", "investigated"];
    private static readonly string[] Things =
        ["the budget", "the new port", "the trade agreement", "the reform plan", "the rescue operation", "the election results", "the water project", "the court ruling"];
    private static readonly string[] Fillers =
        ["Officials said the decision followed weeks of talks.", "Local residents gathered near the main square on the morning of the announcement.",
         "Analysts expect the move to weigh on markets in the coming weeks.", "The opposition called for an independent inquiry.",
         "Independent observers were not immediately able to verify the figures.", "The ministry did not respond to a request for comment.",
         "Witnesses described long queues outside government offices.", "A spokesperson said more details would be released later."];
    private static readonly string[] Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    private readonly SyntheticText _text = new(seed);

    /// <summary>Writes <paramref name="count"/> articles into <paramref name="folder"/>; returns the file count.</summary>
    public int Write(string folder, int count)
    {
        Directory.CreateDirectory(folder);
        var start = new DateOnly(2024, 1, 1);
        var written = new List<string>(count);
        var topic = NewTopic(start);
        for (var i = 0; i < count; i++)
        {
            if (i % 10 == 0)
            {
                topic = NewTopic(start.AddDays(i / 200));
            }

            var text = written.Count > 0 && _text.Random.NextDouble() < 0.2
                ? Reprint(written[_text.Random.Next(Math.Max(0, written.Count - 8), written.Count)])
                : Original(topic);
            written.Add(text);
            File.WriteAllText(Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"{i:D6}.txt")), text);
        }

        return count;
    }

    private Topic NewTopic(DateOnly date) => new(
        Name(2) + " " + Name(2),
        Name(2) + " " + Name(3),
        Name(3),
        Name(2) + " " + Pick(["Council", "Ministry", "Authority", "Party", "Company"]),
        Pick(Verbs),
        Pick(Things),
        _text.Random.Next(5, 2000),
        date);

    private string Original(Topic t)
    {
        var sb = new StringBuilder();
        var published = t.Date.AddDays(_text.Random.Next(0, 3));
        sb.Append(CultureInfo.InvariantCulture, $"{t.Organisation} {t.Verb} {t.Thing} in {t.Place}\n\n");
        sb.Append(CultureInfo.InvariantCulture, $"Date: {published.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}\n\n");
        sb.Append(CultureInfo.InvariantCulture, $"By {Name(2)} {Name(3)}\n\n");
        sb.Append(CultureInfo.InvariantCulture,
            $"{t.Person} said on {Pick(Weekdays)} that the {t.Organisation} had {t.Verb} {t.Thing} after a meeting in {t.Place}.\n\n");
        sb.Append(CultureInfo.InvariantCulture,
            $"At least {t.Count} people attended the session, according to {t.Official}, who called it \"a turning point for {t.Place}\".\n\n");
        for (var p = 0; p < _text.Random.Next(4, 9); p++)
        {
            sb.Append(Pick(Fillers)).Append(' ').Append(Pick(Fillers)).Append(' ');
            sb.Append(CultureInfo.InvariantCulture, $"{t.Official} added that {_text.Random.Next(2, 90)} percent of the plan was complete.\n\n");
        }

        return sb.ToString();
    }

    /// <summary>A wire copy: new headline, first paragraph dropped or a paragraph added.</summary>
    private string Reprint(string original)
    {
        var paragraphs = original.Split("\n\n", StringSplitOptions.RemoveEmptyEntries).ToList();
        paragraphs[0] = "UPDATE: " + paragraphs[0];
        if (paragraphs.Count > 5 && _text.Random.NextDouble() < 0.5)
        {
            paragraphs.RemoveAt(paragraphs.Count - 1);
        }
        else
        {
            paragraphs.Add(Pick(Fillers) + " Subscribe to our newsletter for daily updates.");
        }

        return string.Join("\n\n", paragraphs) + "\n";
    }

    private string Name(int syllables) => _text.Name(syllables);

    private string Pick(string[] items) => _text.Pick(items);

    private sealed record Topic(string Person, string Official, string Place, string Organisation, string Verb, string Thing, int Count, DateOnly Date);
}
