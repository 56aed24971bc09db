using Crosscheck.Model;

namespace Crosscheck.Text.Ner;

/// <summary>
/// A name followed by a sports role and a person ("Kelm quarterback Ana Duro", "Varnby soccer
/// player Bo Lind", "Kelm Central senior Mara Tell") is that person's team, an organisation, even
/// when the team is named after its city or school and the model read a place or a person. A
/// misc name stays one ("Brazilian striker ...", "American football player ...": demonyms).
/// </summary>
/// <remarks>
/// Roles that also follow places ("resident", "mayor", "attorney", "star") are not listed: only
/// sports positions and the words of school and club sport. A national team named after its
/// country is tagged the same way (an organisation), where CoNLL newswire would keep a place;
/// none of our sets has one.
/// </remarks>
internal static class TeamRoles
{
    private static readonly WordSet Roles = new(
    [
        "player", "players", "coach", "quarterback", "center", "centre", "guard", "forward", "striker", "midfielder", "defender",
        "goalkeeper", "keeper", "goalie", "pitcher", "catcher", "shortstop", "outfielder", "infielder", "linebacker", "receiver",
        "cornerback", "lineman", "fullback", "halfback", "winger", "batsman", "bowler", "diver", "swimmer", "rookie", "teammate",
        "senior", "junior", "sophomore", "freshman", "back", "end", "QB", "RB", "WR", "TE", "OL", "DL", "LB", "CB", "DE", "DT",
    ]);

    private static readonly WordSet Sports = new(
        ["soccer", "football", "basketball", "baseball", "hockey", "tennis", "rugby", "cricket", "volleyball", "softball", "running", "tight", "defensive", "offensive"]);

    /// <summary>Retypes team mentions (see the class summary); other mentions are left as they are.</summary>
    public static void Apply(string text, List<EntityMention> mentions)
    {
        HashSet<int>? personStarts = null;
        foreach (var mention in mentions)
        {
            if (mention.Kind == EntityKind.Person)
            {
                (personStarts ??= []).Add(mention.Span.Start);
            }
        }

        if (personStarts is null)
        {
            return;
        }

        for (var k = 0; k < mentions.Count; k++)
        {
            var mention = mentions[k];
            if (mention.Kind is EntityKind.Place or EntityKind.Person && mention.Title is null && IsFollowedByRoleAndPerson(text, mention.Span.End, personStarts))
            {
                mentions[k] = mention with { Kind = EntityKind.Organization };
            }
        }
    }

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
