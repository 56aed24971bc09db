using Crosscheck.Model;

namespace Crosscheck.Text.Ner;

/// <summary>
/// Names the model tagged in one place of an article and missed in another.
/// </summary>
internal static class RepeatedNames
{
    /// <summary>
    /// Names the model tagged somewhere in the article but missed at a sentence's start, where a
    /// capital says nothing ("Kelmco is ...", tagged mid-sentence later), are added there when they
    /// stand alone: not inside a longer capitalised run, and not a word the training data or the
    /// lexicon knows as common ("Will" stays what the model said). Each takes the type most mentions
    /// of that name have. (Adding missed repeats anywhere copied single wrong tags across an
    /// article: held-out gum-wikinews -0.008.)
    /// </summary>
    public static void AddMissed(string text, IReadOnlyList<TextSpan[]> sentences, List<EntityMention> mentions, WordClasses classes, CommonWords common)
    {
        var types = KindVotes.Of(text, mentions);

        // Candidate names by their first word, longest first.
        var byFirstWord = new Dictionary<string, List<(string Name, EntityKind Kind)>>(StringComparer.Ordinal);
        foreach (var (name, votes) in types)
        {
            if (name.Length < 2 || !char.IsUpper(name[0]) || (!name.Contains(' ', StringComparison.Ordinal) && CaseNormalizer.IsCommon(name.ToLowerInvariant(), classes, common)))
            {
                continue;
            }

            var space = name.IndexOf(' ');
            var first = space < 0 ? name : name[..space];
            if (!byFirstWord.TryGetValue(first, out var candidates))
            {
                candidates = [];
                byFirstWord[first] = candidates;
            }

            candidates.Add((name, (EntityKind)Array.IndexOf(votes, votes.Max())));
        }

        if (byFirstWord.Count == 0)
        {
            return;
        }

        foreach (var candidates in byFirstWord.Values)
        {
            candidates.Sort(static (x, y) => y.Name.Length.CompareTo(x.Name.Length));
        }

        var tagged = new SpanOverlapIndex(mentions.Select(static m => m.Span));
        var added = new List<EntityMention>();
        foreach (var words in sentences)
        {
            // The sentence's first word, or its second after an opening quote or bracket.
            var w = words.Length > 1 && !char.IsLetterOrDigit(text[words[0].Start]) ? 1 : 0;
            if (w >= words.Length || !byFirstWord.TryGetValue(words[w].Of(text), out var candidates))
            {
                continue;
            }

            foreach (var (name, kind) in candidates)
            {
                var span = new TextSpan(words[w].Start, words[w].Start + name.Length);
                if (span.End <= text.Length && text.AsSpan(span.Start, name.Length).SequenceEqual(name) && StandsAlone(text, span) && !tagged.Overlaps(span))
                {
                    added.Add(new EntityMention(span, kind, 0.5f));
                    break;
                }
            }
        }

        AddMissedAcronyms(text, sentences, types, tagged, added);
        if (added.Count > 0)
        {
            mentions.AddRange(added);
            mentions.Sort((x, y) => x.Span.Start.CompareTo(y.Span.Start));
        }
    }

    /// <summary>
    /// An acronym the article tags at least twice ("U.N.", "NATO") is added wherever else it stands
    /// alone untagged ("U.N. weapons inspectors"): unlike other names (see above), an acronym tagged
    /// twice is seldom tagged wrongly, so its repeats are safe to copy.
    /// </summary>
    private static void AddMissedAcronyms(string text, IReadOnlyList<TextSpan[]> sentences, Dictionary<string, int[]> types, SpanOverlapIndex tagged, List<EntityMention> added)
    {
        var acronyms = new Dictionary<string, EntityKind>(StringComparer.Ordinal);
        foreach (var (name, votes) in types)
        {
            if (IsAcronym(name) && votes.Sum() >= 2)
            {
                acronyms[name] = (EntityKind)Array.IndexOf(votes, votes.Max());
            }
        }

        if (acronyms.Count == 0)
        {
            return;
        }

        foreach (var words in sentences)
        {
            foreach (var word in words)
            {
                if (acronyms.TryGetValue(word.Of(text), out var kind) && !tagged.Overlaps(word) && StandsAlone(text, word) &&
                    !added.Exists(a => a.Span.Start == word.Start))
                {
                    added.Add(new EntityMention(word, kind, 0.5f));
                }
            }
        }
    }

    /// <summary>Two to six capitals, each optionally followed by a period ("NATO", "U.N.", "EU").</summary>
    private static bool IsAcronym(string name)
    {
        var capitals = 0;
        foreach (var c in name)
        {
            if (char.IsAsciiLetterUpper(c))
            {
                capitals++;
            }
            else if (c != '.')
            {
                return false;
            }
        }

        return capitals is >= 2 and <= 6;
    }

    /// <summary>Word boundaries on both sides, and no capitalised word right before or after (it would be part of a longer name).</summary>
    private static bool StandsAlone(string text, TextSpan span)
    {
        if ((span.Start > 0 && char.IsLetterOrDigit(text[span.Start - 1])) || (span.End < text.Length && char.IsLetterOrDigit(text[span.End])))
        {
            return false;
        }

        var before = span.Start - 1;
        while (before >= 0 && text[before] == ' ')
        {
            before--;
        }

        if (before >= 0 && before < span.Start - 1 && char.IsLetter(text[before]))
        {
            var wordStart = before;
            while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
            {
                wordStart--;
            }

            if (char.IsUpper(text[wordStart]))
            {
                return false;
            }
        }

        var after = span.End;
        while (after < text.Length && text[after] == ' ')
        {
            after++;
        }

        return !(after > span.End && after < text.Length && char.IsUpper(text[after]));
    }
}
