using System.Collections.Frozen;
using Crosscheck.Model;

namespace Crosscheck.Text.Ner;

/// <summary>
/// Whole names the training data tags, with the type it gives them: a name (its words joined by
/// single spaces, as written) that the gold annotations tag as one whole span at least
/// <see cref="DefaultMinCount"/> times, and as one person, organisation or place type in at least
/// <see cref="DefaultMinShare"/> of those spans ("Toyota" ORG 4 of 4, "Washington" LOC 20 of 26).
/// The model weighs a word's context against the word; in an article that only says "of Toyota's
/// top-selling vehicle" and "according to Toyota", the context wins and "Toyota" became a place.
/// This list lets what the training data says about the whole name win instead
/// (<see cref="Retype"/>).
/// </summary>
/// <remarks>
/// Only person, organisation and place are retyped, never misc: the training data's misc and
/// place disagree about demonyms ("Israeli" is LOC 11 times, MISC 3 times), which
/// <see cref="ArticleTypeRules.Demonyms"/> settles by the word's form.
/// </remarks>
public sealed class KnownNames
{
    /// <summary>Whole-span tags a name needs.</summary>
    public const int DefaultMinCount = 2;

    /// <summary>Share of a name's whole-span tags that its type must have.</summary>
    public const double DefaultMinShare = 0.7;

    private readonly FrozenDictionary<string, EntityKind> _kinds;
    private readonly FrozenDictionary<string, EntityKind>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <param name="kinds">Name (words joined by single spaces) → person, organisation or place.</param>
    public KnownNames(IEnumerable<KeyValuePair<string, EntityKind>> kinds)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        _kinds = kinds.ToFrozenDictionary(StringComparer.Ordinal);
        _lookup = _kinds.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static KnownNames Empty { get; } = new([]);

    public int Count => _kinds.Count;

    /// <summary>The names and their types in ordinal order of the name (for saving).</summary>
    public IEnumerable<KeyValuePair<string, EntityKind>> Sorted => _kinds.OrderBy(static p => p.Key, StringComparer.Ordinal);

    /// <summary>
    /// The type the training data gives the name written <paramref name="name"/>, if it is listed. Runs
    /// of white space count as one space; a name in capitals ("KELMCO", "NEW KELM") is also looked up
    /// with each word capitalised ("Kelmco", "New Kelm"), as a headline in capitals writes it.
    /// </summary>
    public bool TryGetKind(ReadOnlySpan<char> name, out EntityKind kind)
    {
        if (_lookup.TryGetValue(name, out kind))
        {
            return true;
        }

        var spaced = name.IndexOfAny("\n\r\t\u00A0") < 0 && !name.Contains("  ", StringComparison.Ordinal);
        var capitals = !name.ContainsAnyInRange('a', 'z') && name.ContainsAnyInRange('A', 'Z');
        if (spaced && !capitals)
        {
            return false;
        }

        var words = name.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (!spaced && _lookup.TryGetValue(string.Join(' ', words), out kind))
        {
            return true;
        }

        if (!capitals)
        {
            return false;
        }

        for (var w = 0; w < words.Length; w++)
        {
            words[w] = words[w].Length > 1 ? string.Concat(words[w].AsSpan(0, 1), words[w][1..].ToLowerInvariant()) : words[w];
        }

        return _lookup.TryGetValue(string.Join(' ', words), out kind);
    }

    /// <summary>Learns the list from gold-tagged sentences (see the class summary).</summary>
    public static KnownNames Learn(IEnumerable<ConllSentence> sentences, int minCount = DefaultMinCount, double minShare = DefaultMinShare)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            var tags = sentence.Tags;
            for (var start = 0; start < tags.Length;)
            {
                if (tags[start] == NerTags.Outside)
                {
                    start++;
                    continue;
                }

                var type = NerTags.TypeIndex(tags[start]);
                var end = start + 1;
                while (end < tags.Length && tags[end] == NerTags.Inside(type))
                {
                    end++;
                }

                var name = string.Join(' ', sentence.Words, start, end - start);
                if (!counts.TryGetValue(name, out var byType))
                {
                    byType = new int[4];
                    counts[name] = byType;
                }

                byType[type]++;
                start = end;
            }
        }

        var kinds = new Dictionary<string, EntityKind>(StringComparer.Ordinal);
        foreach (var (name, byType) in counts)
        {
            var best = 0;
            for (var t = 1; t < byType.Length; t++)
            {
                if (byType[t] > byType[best])
                {
                    best = t;
                }
            }

            if (best < 3 && byType[best] >= minCount && byType[best] >= minShare * byType.Sum())
            {
                kinds[name] = NerTags.Kind(NerTags.Begin(best));
            }
        }

        return new KnownNames(kinds);
    }

    /// <summary>
    /// Gives each person, organisation or place mention whose text is a listed name the name's
    /// listed type ("according to Toyota": a place → an organisation), unless the mention carries
    /// a title (a titled person stays one). Misc mentions keep their type.
    /// </summary>
    public void Retype(string text, List<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mentions);
        if (_kinds.Count == 0)
        {
            return;
        }

        for (var k = 0; k < mentions.Count; k++)
        {
            var mention = mentions[k];
            if (mention.Kind == EntityKind.Other || mention.Title is not null)
            {
                continue;
            }

            if (TryGetKind(mention.Span.In(text), out var kind) && kind != mention.Kind)
            {
                mentions[k] = mention with { Kind = kind };
            }
        }
    }
}
