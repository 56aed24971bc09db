using Crosscheck.Model;

namespace Crosscheck.Text.Ner;

/// <summary>
/// A name followed by a sports role and a person ("Kelm quarterback Ana Duro", "Varnby soccer
/// player Bo Lind", "Kelm Central senior Mara Tell") is that person's team, an organisation, even
/// when the team is named after its city or school and the model read a place or a person. A
/// misc name stays one ("Brazilian striker ...", "American football player ...": demonyms).
/// So is a place after a verb that takes a team ("played for Kelm", "signed with Varnby",
/// "coached Orm Central"), with every place mention of that name in the article, and so is a
/// one-word "person" after "signed for", "played for", "signed with", "traded to" or "drafted by".
/// </summary>
/// <remarks>
/// Roles that also follow places ("resident", "mayor", "attorney", "star") are not listed: only
/// sports positions, the words of school and club sport, and the team's manager, boss and captain
/// (a lower-case "captain" after a place is a team's; a police captain is written "police captain"). A national team keeps its country's
/// place type, as CoNLL newswire tags it ("Kelmia captain Bo Lind" when "Kelmian" is a demonym):
/// a place with a demonym form that the training data knows as a misc (or organisation) word, or
/// one of the usual irregular ones (France and French, Wales and Welsh; the "United States"), is a
/// country, not a club.
/// </remarks>
internal static class TeamRoles
{
    private static readonly WordSet Roles = new(
    [
        "player", "players", "coach", "quarterback", "center", "centre", "guard", "forward", "striker", "midfielder", "defender",
        "goalkeeper", "keeper", "goalie", "pitcher", "catcher", "shortstop", "outfielder", "infielder", "linebacker", "receiver",
        "cornerback", "lineman", "fullback", "halfback", "winger", "batsman", "bowler", "diver", "swimmer", "rookie", "teammate",
        "senior", "junior", "sophomore", "freshman", "back", "end", "manager", "boss", "captain", "skipper", "wicketkeeper", "opener",
        "spinner", "paceman", "QB", "RB", "WR", "TE", "OL", "DL", "LB", "CB", "DE", "DT",
    ]);

    private static readonly WordSet Sports = new(
        ["soccer", "football", "basketball", "baseball", "hockey", "tennis", "rugby", "cricket", "volleyball", "softball", "running", "tight", "defensive", "offensive"]);

    /// <summary>Verbs whose object is a team ("coached Kelm", "captained Varnby").</summary>
    private static readonly WordSet TeamVerbs = new(["coached", "coaches", "coaching", "captained", "captains", "captaining"]);

    /// <summary>Verbs that take a team after "for" or "with" ("played for Kelm", "signed with Varnby").</summary>
    private static readonly WordSet PlayVerbs = new(["played", "plays", "playing", "play", "signed", "signs", "signing"]);

    /// <summary>Verbs that take a team after "to" ("traded to Kelm").</summary>
    private static readonly WordSet TradeVerbs = new(["traded", "dealt"]);

    private static readonly WordSet IrregularDemonyms = new(EnglishVocabulary.IrregularDemonyms);

    /// <summary>Countries whose demonym does not grow out of the name by an ending.</summary>
    private static readonly WordSet IrregularCountries = new(
        ["France", "Netherlands", "Holland", "Switzerland", "Wales", "Ireland", "Greece", "Spain", "Portugal", "Denmark", "Sweden", "Norway", "Peru", "Cyprus", "Iceland",
         "States", "Kingdom", "Emirates", "Republic", "Zealand", "Arabia"]);

    /// <summary>Endings that turn a place's name, or its name less its last letter, into its demonym ("Kenya" + "n", "Japan" + "ese", "Chin" + "ese").</summary>
    private static readonly string[] DemonymEndings = ["n", "an", "ian", "ese", "i", "ish", "er", "ean", ""];

    /// <summary>
    /// A person mention of three or more words opening with a sports role ("Striker Dara Halvik",
    /// "Midfielder Tomas Orm" at a sentence's start) is the name after the role, with the role as its title.
    /// </summary>
    public static void RolesOutsideNames(string text, List<EntityMention> mentions)
    {
        for (var k = 0; k < mentions.Count; k++)
        {
            var mention = mentions[k];
            var name = mention.Span.In(text);
            var space = name.IndexOf(' ');
            if (mention.Kind != EntityKind.Person || mention.Title is not null || space < 2 || name[(space + 1)..].IndexOf(' ') < 0 || !Roles.Contains(name[..space]))
            {
                continue;
            }

            var start = mention.Span.Start + space + 1;
            if (char.IsUpper(text[start]))
            {
                mentions[k] = mention with { Span = new TextSpan(start, mention.Span.End), Title = name[..space].ToString() };
            }
        }
    }

    /// <summary>Retypes team mentions (see the class summary); other mentions are left as they are.</summary>
    public static void Apply(string text, List<EntityMention> mentions, WordClasses classes)
    {
        HashSet<int>? personStarts = null;
        foreach (var mention in mentions)
        {
            if (mention.Kind == EntityKind.Person)
            {
                (personStarts ??= []).Add(mention.Span.Start);
            }
        }

        HashSet<string>? teams = null;
        for (var k = 0; k < mentions.Count; k++)
        {
            var mention = mentions[k];
            if (((mention.Kind == EntityKind.Place && IsAfterSportsVerb(text, mention.Span.Start, person: false) && !IsCountry(mention.Span.In(text), classes)) ||
                 (mention.Kind == EntityKind.Person && mention.Title is null && !mention.Span.In(text).Contains(' ') && IsAfterSportsVerb(text, mention.Span.Start, person: true))))
            {
                (teams ??= new HashSet<string>(StringComparer.Ordinal)).Add(mention.Span.Of(text));
            }
        }

        if (personStarts is null && teams is null)
        {
            return;
        }

        for (var k = 0; k < mentions.Count; k++)
        {
            var mention = mentions[k];
            if (mention.Kind is EntityKind.Place or EntityKind.Person && mention.Title is null && personStarts is not null && IsFollowedByRoleAndPerson(text, mention.Span.End, personStarts) &&
                !(mention.Kind == EntityKind.Place && IsCountry(mention.Span.In(text), classes)))
            {
                mentions[k] = mention with { Kind = EntityKind.Organization };
            }
            else if (mention.Kind is EntityKind.Place or EntityKind.Person && mention.Title is null && teams is not null && teams.GetAlternateLookup<ReadOnlySpan<char>>().Contains(mention.Span.In(text)))
            {
                mentions[k] = mention with { Kind = EntityKind.Organization };
            }
        }
    }

    /// <summary>
    /// Whether the words right before <paramref name="position"/> are a verb that takes a team
    /// ("played for", "plays with", "signed with", "traded to", "drafted by", "coached",
    /// "captained"). "Transferred to" and "loaned to" are not: units, staff and paintings are
    /// transferred and loaned to places. For a one-word "person" ("signed for Kelmco") only the
    /// verbs whose object cannot be a person count: not "coached", "captained" or "played with".
    /// </summary>
    private static bool IsAfterSportsVerb(string text, int position, bool person)
    {
        var last = PreviousWord(text, position, out var lastStart);
        if (last.IsEmpty)
        {
            return false;
        }

        if (TeamVerbs.Contains(last))
        {
            return !person;
        }

        var verb = PreviousWord(text, lastStart, out _);
        if (verb.IsEmpty)
        {
            return false;
        }

        return last switch
        {
            "for" => PlayVerbs.Contains(verb),
            "with" => PlayVerbs.Contains(verb) && !(person && verb.StartsWith("play", StringComparison.Ordinal)),
            "to" => TradeVerbs.Contains(verb),
            "by" => verb is "drafted",
            _ => false,
        };
    }

    /// <summary>The lower-case word of letters that ends one space before <paramref name="position"/>, or empty.</summary>
    private static ReadOnlySpan<char> PreviousWord(string text, int position, out int start)
    {
        start = position;
        if (position < 2 || text[position - 1] != ' ')
        {
            return [];
        }

        var end = position - 1;
        start = end;
        while (start > 0 && char.IsLower(text[start - 1]))
        {
            start--;
        }

        return start == end || (start > 0 && char.IsLetterOrDigit(text[start - 1])) ? [] : text.AsSpan(start, end - start);
    }

    /// <summary>
    /// Whether a place's name (its last word: "Sri Lanka", "South Africa") has a demonym form: the
    /// name plus an ending, the name less its last letter plus an ending ("Germany": "German",
    /// "Italy": "Italian"), or a "-land" country's stem plus "ish" ("England": "English",
    /// "Scotland": "Scottish"), known as a misc word by the training data or listed as an
    /// irregular demonym.
    /// </summary>
    internal static bool IsCountry(ReadOnlySpan<char> name, WordClasses classes)
    {
        var space = name.LastIndexOf(' ');
        var word = name[(space + 1)..].ToString();
        if (IrregularCountries.Contains(word))
        {
            return true;
        }

        if (word.Length < 3)
        {
            return false;
        }

        foreach (var ending in DemonymEndings)
        {
            if ((ending.Length > 0 && IsDemonym(word + ending, classes)) || IsDemonym(string.Concat(word.AsSpan(0, word.Length - 1), ending), classes))
            {
                return true;
            }
        }

        if (word.EndsWith("land", StringComparison.Ordinal))
        {
            var stem = word[..^4];
            return IsDemonym(stem, classes) || IsDemonym(stem + "ish", classes) || IsDemonym(string.Concat(stem, stem.AsSpan(stem.Length - 1), "ish"), classes) ||
                   IsDemonym(string.Concat(word.AsSpan(0, word.Length - 3), "ish"), classes);
        }

        return false;
    }

    /// <summary>A misc word of the learned classes, or an organisation word (frequent demonyms such as "American" open more organisation names than they stand alone), or an irregular demonym.</summary>
    private static bool IsDemonym(string word, WordClasses classes) => word.Length > 2 && (classes.Of(word) is 2 or 4 || IrregularDemonyms.Contains(word));

    /// <summary>Whether the text at <paramref name="position"/> is sport words, at least one role, then the start of a person mention.</summary>
    private static bool IsFollowedByRoleAndPerson(string text, int position, HashSet<int> personStarts)
    {
        var role = false;
        for (var words = 0; words < 4; words++)
        {
            var start = position;
            while (start < text.Length && text[start] == ' ')
            {
                start++;
            }

            if (start == position || start == text.Length)
            {
                return false;
            }

            if (personStarts.Contains(start))
            {
                return role;
            }

            var end = start;
            while (end < text.Length && char.IsLetter(text[end]))
            {
                end++;
            }

            var word = text.AsSpan(start, end - start);
            if (Roles.Contains(word))
            {
                role = true;
            }
            else if (role || !Sports.Contains(word))
            {
                return false;
            }

            position = end;
        }

        return false;
    }
}
