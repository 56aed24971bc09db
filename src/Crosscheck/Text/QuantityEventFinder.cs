using Crosscheck.Model;

namespace Crosscheck.Text;

/// <summary>
/// Finds the event a quantity counts: the nearest event verb ("killed at least 870 civilians",
/// "870 people were killed") or event noun ("36 abstentions", "the deaths of 12") in the same
/// clause. A clause ends at the sentence edges and at , ; : ( ) and dashes. Verbs are returned as
/// written, lower-cased; nouns in the singular. Ties go to the word before the quantity (English
/// puts the verb before its object). Thread-safe; tables are built in the constructor.
/// </summary>
internal sealed class QuantityEventFinder
{
    /// <summary>How many tokens outside the quantity an event word may be.</summary>
    private const int MaxDistance = 6;

    /// <summary>
    /// Event verbs of news reporting, each line its inflected forms. General vocabulary: violence,
    /// justice, votes, trade, movement and change.
    /// </summary>
    private static readonly string[] VerbForms =
    [
        "kill killed kills killing", "die died dies dying", "injure injured injures injuring",
        "wound wounded wounds wounding", "hurt hurts hurting", "murder murdered murders murdering",
        "execute executed executes executing", "shoot shot shoots shooting", "bomb bombed bombs bombing",
        "attack attacked attacks attacking", "arrest arrested arrests arresting", "detain detained detains detaining",
        "jail jailed jails jailing", "imprison imprisoned imprisons imprisoning", "sentence sentenced sentences sentencing",
        "charge charged charges charging", "convict convicted convicts convicting", "release released releases releasing",
        "free freed frees freeing", "kidnap kidnapped kidnaps kidnapping", "abduct abducted abducts abducting",
        "displace displaced displaces displacing", "flee fled flees fleeing", "evacuate evacuated evacuates evacuating",
        "deport deported deports deporting", "rescue rescued rescues rescuing", "missing",
        "approve approved approves approving", "adopt adopted adopts adopting", "pass passed passes passing",
        "reject rejected rejects rejecting", "oppose opposed opposes opposing", "abstain abstained abstains abstaining",
        "vote voted votes voting", "back backed backs backing", "support supported supports supporting",
        "endorse endorsed endorses endorsing", "elect elected elects electing", "win won wins winning",
        "lose lost loses losing", "sign signed signs signing", "ratify ratified ratifies ratifying",
        "buy bought buys buying", "sell sold sells selling", "purchase purchased purchases purchasing",
        "order ordered orders ordering", "deliver delivered delivers delivering", "supply supplied supplies supplying",
        "export exported exports exporting", "import imported imports importing", "ship shipped ships shipping",
        "deploy deployed deploys deploying", "send sent sends sending", "pay paid pays paying",
        "spend spent spends spending", "cost costs costing", "fine fined fines fining", "raise raised raises raising",
        "fund funded funds funding", "invest invested invests investing", "owe owed owes owing",
        "rise rose risen rises rising", "fall fell fallen falls falling", "grow grew grown grows growing",
        "drop dropped drops dropping", "increase increased increases increasing", "decrease decreased decreases decreasing",
        "cut cuts cutting", "gain gained gains gaining", "double doubled doubles doubling",
        "protest protested protests protesting", "rally rallied rallies rallying", "march marched marches marching",
        "gather gathered gathers gathering", "attend attended attends attending", "strike struck strikes striking",
        "infect infected infects infecting", "test tested tests testing", "destroy destroyed destroys destroying",
        "damage damaged damages damaging", "seize seized seizes seizing", "ban banned bans banning",
    ];

    /// <summary>Event nouns and adjectives, as "singular plural" (or one word when it does not inflect).</summary>
    private static readonly string[] NounForms =
    [
        "death deaths", "dead", "fatality fatalities", "casualty casualties", "injury injuries", "killing killings",
        "arrest arrests", "detention detentions", "detainee detainees", "abstention abstentions", "vote votes",
        "ballot ballots", "protest protests", "protester protesters", "strike strikes", "airstrike airstrikes",
        "attack attacks", "raid raids", "clash clashes", "explosion explosions", "execution executions",
        "sanction sanctions", "purchase purchases", "sale sales", "delivery deliveries", "donation donations",
        "infection infections", "case cases", "victim victims",
    ];

    private readonly WordMap<string> _events;
    private readonly WordMap<string> _nouns;

    public QuantityEventFinder()
    {
        var events = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var nouns = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in VerbForms)
        {
            foreach (var form in line.Split(' '))
            {
                events[form] = form;
            }
        }

        foreach (var line in NounForms)
        {
            var forms = line.Split(' ');
            foreach (var form in forms)
            {
                // A noun reading wins over a verb reading of the same plural ("votes" → "vote").
                events[form] = forms[0];
                nouns[form] = forms[0];
            }
        }

        _events = new WordMap<string>(events);
        _nouns = new WordMap<string>(nouns);
    }

    /// <summary>
    /// The event for the quantity whose tokens are <paramref name="first"/>..<paramref name="last"/>
    /// (inclusive) inside the sentence's token range [<paramref name="sentenceFirst"/>, <paramref name="sentenceEnd"/>).
    /// </summary>
    public string? Find(TokenView v, int sentenceFirst, int sentenceEnd, int first, int last)
    {
        // The counted noun itself may be the event ("36 abstentions").
        for (var k = last; k >= first; k--)
        {
            if (v.IsLowerWord(k) && _nouns.TryGetValue(v[k], out var own))
            {
                return own;
            }
        }

        var beforeOpen = true;
        var afterOpen = true;
        for (var distance = 1; distance <= MaxDistance && (beforeOpen || afterOpen); distance++)
        {
            var before = first - distance;
            var after = last + distance;
            beforeOpen = beforeOpen && before >= sentenceFirst && !IsClauseBreak(v, before);
            afterOpen = afterOpen && after < sentenceEnd && !IsClauseBreak(v, after);
            if (beforeOpen && TryEvent(v, before, out var found))
            {
                return found;
            }

            if (afterOpen && TryEvent(v, after, out found))
            {
                return found;
            }
        }

        return null;
    }

    private bool TryEvent(TokenView v, int k, out string? found)
    {
        found = null;
        if (!v.IsLowerWord(k) || !_events.TryGetValue(v[k], out var value))
        {
            return false;
        }

        found = value;
        return true;
    }

    private static bool IsClauseBreak(TokenView v, int k) =>
        v.Kind(k) != TokenKind.Word && v.Kind(k) != TokenKind.Number &&
        v[k] is "," or ";" or ":" or "(" or ")" or "—" or "–" or "--" or "?" or "!" or "\"" or "“" or "”";
}
