using Crosscheck.Model;

namespace Crosscheck.Text.Resolution;

/// <summary>One mention of a name: which article (input index), the tagger's mention, its order of appearance.</summary>
internal readonly record struct NameOccurrence(int Article, EntityMention Mention, int Order);

/// <summary>All mentions sharing one normalised name key ("maria velasquez"), with how they were written.</summary>
internal sealed class NameForm(int index, string key, string[] words)
{
    private readonly int[] _kindVotes = new int[4];
    private readonly List<(string Display, int Count)> _displays = [];

    public int Index { get; } = index;

    /// <summary>Case-folded, diacritic-free, punctuation-free words joined by single spaces.</summary>
    public string Key { get; } = key;

    public string[] Words { get; } = words;

    public List<NameOccurrence> Occurrences { get; } = [];

    public List<string> Titles { get; } = [];

    /// <summary>
    /// What the text says the name stands for: bracketed glosses ("military"), appositions
    /// ("Ostland's armed forces"), explicit aliases ("also known as ..."); see <see cref="DescriptionReader"/>.
    /// </summary>
    public List<string> Descriptions { get; } = [];

    /// <summary>Not a tagged name but a description the text gave for one, found by <see cref="DescriptionLinker"/>.</summary>
    public bool IsDescription { get; init; }

    /// <summary>Written as an acronym (all capitals, one word: "NLD", "U.N.").</summary>
    public bool IsAcronym { get; set; }

    /// <summary>Opens with title words that were not split off by the tagger ("General ..." tagged as Other).</summary>
    public bool IsTitled { get; set; }

    /// <summary>A shorter form of another name in the same entity (surname, acronym, trailing words).</summary>
    public bool IsReduced { get; set; }

    public int FirstOrder => Occurrences[0].Order;

    public EntityKind Kind
    {
        get
        {
            var best = EntityKind.Other;
            for (var k = 0; k < _kindVotes.Length; k++)
            {
                if ((EntityKind)k != EntityKind.Other && _kindVotes[k] > (best == EntityKind.Other ? 0 : _kindVotes[(int)best]))
                {
                    best = (EntityKind)k;
                }
            }

            return best;
        }
    }

    /// <summary>The way this form was most often written (ties: first seen).</summary>
    public string Display
    {
        get
        {
            var best = _displays[0];
            foreach (var d in _displays)
            {
                if (d.Count > best.Count)
                {
                    best = d;
                }
            }

            return best.Display;
        }
    }

    public IEnumerable<string> Displays => _displays.Select(d => d.Display);

    public void Add(NameOccurrence occurrence, string display)
    {
        Occurrences.Add(occurrence);
        _kindVotes[(int)occurrence.Mention.Kind]++;
        for (var i = 0; i < _displays.Count; i++)
        {
            if (string.Equals(_displays[i].Display, display, StringComparison.Ordinal))
            {
                _displays[i] = (display, _displays[i].Count + 1);
                return;
            }
        }

        _displays.Add((display, 1));
    }

    public static bool Compatible(NameForm a, NameForm b) =>
        a.Kind == b.Kind || a.Kind == EntityKind.Other || b.Kind == EntityKind.Other;
}
