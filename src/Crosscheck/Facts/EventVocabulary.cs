using System.Collections.Frozen;

namespace Crosscheck.Facts;

/// <summary>
/// General English news vocabulary used to classify claims: event verbs, counted outcomes,
/// speech verbs, interaction verbs. Immutable lookup tables, built once.
/// </summary>
internal static class EventVocabulary
{
    /// <summary>Class used when a sentence names a statement ("said on Monday"); the weakest event class.</summary>
    public const string Statement = "statement";

    /// <summary>Class used when a dated sentence has no recognised event word.</summary>
    public const string Other = "other";

    /// <summary>Word (lower case) → class of the dated event it signals.</summary>
    public static readonly FrozenDictionary<string, string> DatedEventWords = Build(
        ("arrival", "arrive arrived arrives arriving arrival landed lands land flew fly flies flying travelled traveled travels travel visit visited visits visiting trip"),
        ("departure", "left leave leaves leaving departed depart departs departure"),
        ("meeting", "met meet meets meeting talks summit"),
        ("attendance", "attend attended attends attending speech address addressed addresses conference forum ceremony"),
        ("vote", "vote voted votes voting adopted adopt adopts passed resolution abstained abstain abstaining approved"),
        ("signing", "sign signed signs signing"),
        ("arrest", "arrested arrest arrests detained detain detention custody"),
        ("attack", "attack attacked attacks killed bombing bombed shot shelling invaded invasion airstrike airstrikes cyberattack cyberattacks cyber-attack hack hacked breached"),
        ("kidnapping", "kidnapped kidnap kidnapping kidnappings abducted abduction abductions snatched"),
        ("death", "died dies"),
        ("charge", "charged indicted"),
        ("protest", "protested marched rallied"),
        ("takeover", "coup seized overthrew ousted toppled"),
        ("election", "election elected re-elected reelected poll polls"),
        ("release", "freed released release frees published publishes"),
        ("parade", "parade parades paraded"),
        ("match", "final match semi-final semifinal quarter-final quarterfinal"),
        ("concession", "conceded concede concedes"),
        ("strike", "strike strikes walkout walkouts stoppage"),
        ("closure", "closed shut closure shutdown"),
        ("suspension", "suspended suspending suspension"),
        ("exchange", "exchanged exchange swapped swap"),
        ("expulsion", "expelled expel expels expelling expulsion expulsions"),
        ("reception", "welcomed greeted"),
        ("end", "end ends ended ending"),
        ("disaster", "earthquake quake struck erupted eruption landslide derailed derailment collapsed collapse blaze flooding flooded hurricane typhoon cyclone tornado crashed crash explosion blast exploded capsized capsize sank overturned wildfire wildfires bushfire fire storm storms gale gales blizzard battered"),
        ("verdict", "verdict convicted acquitted sentenced sentencing ruled ruling fined upheld overturned judgment judgement"),
        ("resignation", "resigned resign resigns resignation"),
        ("launch", "launched launches unveiled inaugurated"),
        (Statement, "said say says announced announce announces announcement statement told stated confirmed reported declared"));

    /// <summary>
    /// Two-word verbs (first word → second word and class) whose first word alone says nothing:
    /// "the bridge gave way on Monday", "the crew walked out on Thursday", "the hostages walked free on Wednesday".
    /// </summary>
    public static readonly FrozenDictionary<string, (string Next, string Class)[]> DatedEventPhrases =
        new Dictionary<string, (string Next, string Class)[]>(StringComparer.Ordinal)
        {
            ["gave"] = [("way", "disaster")],
            ["caved"] = [("in", "disaster")],
            ["walked"] = [("out", "strike"), ("free", "release")],
            ["set"] = [("free", "release")],
            ["plunged"] = [("into", "disaster"), ("off", "disaster")],
            ["plummeted"] = [("into", "disaster"), ("off", "disaster")],
            ["fell"] = [("into", "disaster"), ("off", "disaster")],
        }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// Verbs that, with an event noun as their object, make the sentence's date the day the event
    /// was announced, not the day it happens: "the union called the strike on Monday".
    /// </summary>
    public static readonly FrozenSet<string> AnnouncingVerbs = Set("called announced announces declared declares ordered orders proclaimed threatened");

    /// <summary>Verbs of command: an order is the act itself for <see cref="OrderedEventClasses"/> ("ordered the expulsion of 11 diplomats on Tuesday").</summary>
    public static readonly FrozenSet<string> OrderingVerbs = Set("ordered orders");

    /// <summary>Event classes that happen by order: ordering them on a day is doing them that day.</summary>
    public static readonly FrozenSet<string> OrderedEventClasses = Set("expulsion");

    /// <summary>Nouns before "strike" that make it a military attack ("an air strike on Monday").</summary>
    public static readonly FrozenSet<string> AttackStrikeWords = Set("air drone missile rocket military retaliatory pre-emptive preemptive");

    /// <summary>Weapons that, as the subject of "struck" or "hit", make it an attack, not a disaster ("a drone struck the market").</summary>
    public static readonly FrozenSet<string> WeaponNouns = Set("drone drones missile missiles rocket rockets shell shells bomb bombs airstrike airstrikes warplane warplanes");

    /// <summary>Nouns naming a court, whose order is its ruling ("a court on Thursday ordered the firm to pay").</summary>
    public static readonly FrozenSet<string> CourtNouns = Set("court courts judge judges tribunal");

    /// <summary>Words after "leaving"/"left" that make it a result ("leaving 3,000 homes without power"), not a departure.</summary>
    public static readonly FrozenSet<string> ResultWords = Set("without dead injured homeless stranded");

    /// <summary>
    /// Words that signal a vote only when a deliberative body is named in the sentence
    /// ("the assembly took the step of calling on ...").
    /// </summary>
    public static readonly FrozenSet<string> BodyActionWords = Set("call called calling calls urged urging demanded demands demanding step condemned");

    /// <summary>Nouns naming a deliberative or voting body.</summary>
    public static readonly FrozenSet<string> BodyNouns = Set("assembly council parliament senate congress legislature lawmakers committee board shareholders");

    /// <summary>Words that mark a sentence as being about a vote or resolution.</summary>
    public static readonly FrozenSet<string> VoteWords = Set("vote voted votes voting resolution abstained abstaining abstention abstentions favour favor adopted passed approved ballot");

    /// <summary>Word (lower case) → class of the outcome a counted quantity measures.</summary>
    public static readonly FrozenDictionary<string, string> QuantityWords = Build(
        ("killed", "killed kill kills killing dead died die dies deaths death toll fatalities lives murdered slain perished bodies"),
        ("injured", "injured wounded hurt injuries injuring hospitalised hospitalized"),
        ("arrested", "arrested detained jailed imprisoned arrests detentions detainees"),
        ("displaced", "displaced fled homeless evacuated refugees"),
        ("missing", "missing disappeared unaccounted"),
        ("infected", "infected infections contracted sickened cases"),
        ("released", "released freed freeing exchanged swapped exchange swap"),
        ("cancelled", "cancelled canceled cancel cancels scrapped scrap grounded"),
        ("rescued", "rescued saved survivors"),
        ("sentenced", "sentenced sentence"),
        ("protested", "marched rallied protested demonstrated gathered"),
        ("turnout", "turnout"),
        ("jobs", "jobs positions redundancies layoffs"),
        ("expelled", "expelled expel expels expelling expulsion expulsions"),
        ("affected", "affected disrupted disrupting"),
        (WithoutPower, "blackout blackouts outage outages"));

    /// <summary>Outcome class of homes or people left without electricity.</summary>
    public const string WithoutPower = "without power";

    /// <summary>Words that, right after "without" or a cutting verb, make a count one of homes left without electricity.</summary>
    public static readonly FrozenSet<string> PowerWords = Set("power electricity");

    /// <summary>Words before <see cref="PowerWords"/> that make the count after them one left without electricity ("cutting power to 9,000 homes").</summary>
    public static readonly FrozenSet<string> PowerLossWords = Set("without cut cuts cutting knocked knocking lost losing");

    /// <summary>Counted nouns folded into "household": homes left without power are households.</summary>
    public static readonly FrozenSet<string> HouseholdNouns = Set("households household homes home houses house");

    /// <summary>Nouns after "percent of its" whose share a percentage gives ("8 percent of its workforce").</summary>
    public static readonly FrozenSet<string> WorkforceNouns = Set("workforce staff employees workers personnel");

    /// <summary>Words before a number that make it a part of the count before it ("killed 46, including 11 children").</summary>
    public static readonly FrozenSet<string> SubgroupWords = Set("including among");

    /// <summary>Two-word verbs (first word → second word and outcome class) counted like one outcome word: "12 detainees were handed over".</summary>
    public static readonly FrozenDictionary<string, (string Next, string Class)> QuantityPhrases =
        new Dictionary<string, (string Next, string Class)>(StringComparer.Ordinal)
        {
            ["handed"] = ("over", "released"),
            ["treated"] = ("in", "injured"),
        }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Word (lower case) after a money amount → what the amount is ("a $2.5 billion agreement" → deal).</summary>
    public static readonly FrozenDictionary<string, string> MoneyWords = Build(
        ("deal", "deal deals agreement agreements pact accord contract contracts"),
        ("loan", "loan loans credit bailout"),
        ("aid", "aid assistance package grant grants"),
        ("fine", "fine fines fined penalty penalties damages compensation settlement"),
        ("budget", "budget budgets"),
        ("investment", "investment investments"),
        ("ransom", "ransom"),
        ("stolen", "stolen stole steal steals stealing theft heist siphoned embezzled looted robbed"));

    /// <summary>Verbs before a money amount that make it stolen when the sentence names a theft ("lost $41 million when hackers breached …").</summary>
    public static readonly FrozenSet<string> LossVerbs = Set("lost lose loses losing");

    /// <summary>Words that make a sentence one about a theft or a break-in.</summary>
    public static readonly FrozenSet<string> TheftWords = Set("hackers hacker hacked hack cyberattack cyber-attack breached thieves robbers robbery heist theft stolen stole fraudulent fraudsters");

    /// <summary>Nouns after "for their"/"for the" that make the money before them a ransom ("paid $2 million for their release").</summary>
    public static readonly FrozenSet<string> FreedomNouns = Set("release freedom");

    /// <summary>Units of time: a number of them is a duration or an age, not a counted outcome.</summary>
    public static readonly FrozenSet<string> TimeUnits = Set("year years month months week weeks day days hour hours minute minutes second seconds decade decades century centuries");

    /// <summary>Counted nouns folded into "people".</summary>
    public static readonly FrozenSet<string> HumanNouns = Set(
        "people persons person civilians civilian protesters protester demonstrators demonstrator residents resident villagers individuals men women dead victims " +
        "workers worker passengers passenger students children child soldiers soldier officers migrants patients tourists miners fishermen journalists " +
        "firefighters pilgrims employees staff crew prisoners inmates activists hostages captives fans spectators supporters " +
        "suspects suspect engineers engineer doctors nurses teachers farmers sailors officials gunmen militants rebels diplomats diplomat envoys");

    /// <summary>Outcome classes whose bare numbers count people ("5 were killed").</summary>
    public static readonly FrozenSet<string> HumanOutcomes = Set("killed injured arrested displaced missing rescued protested infected released expelled");

    /// <summary>Things that a people-counting outcome never counts: "sending a dozen cars into the river and killing 11" kills no car.</summary>
    public static readonly FrozenSet<string> ThingNouns = Set(
        "car cars vehicle vehicles bus buses truck trucks lorry lorries house houses home homes household households building buildings " +
        "boat boats ship ships vessel vessels plane planes aircraft helicopter helicopters train trains flight flights " +
        "village villages town towns");

    /// <summary>Outcome classes that count only people: a number of anything else near them is not theirs ("released 3 percent").</summary>
    public static readonly FrozenSet<string> HumanOnlyOutcomes = Set("infected released");

    /// <summary>Words before a number that make it the load of a vessel or vehicle ("a boat carrying about 90 migrants"), not an outcome.</summary>
    public static readonly FrozenSet<string> CarryingWords = Set("carrying carried carries transporting ferrying");

    /// <summary>Counted nouns that, with no outcome word near, are a crowd watching an event ("in front of 64,000 fans").</summary>
    public static readonly FrozenSet<string> SpectatorNouns = Set("fans spectators supporters");

    /// <summary>Nouns that, before "of" and a number, make the number a crowd's size ("a sell-out crowd of more than 60,000").</summary>
    public static readonly FrozenSet<string> CrowdNouns = Set("crowd crowds attendance audience gate");

    /// <summary>Units of land area that fires burn.</summary>
    public static readonly FrozenSet<string> AreaUnits = Set("hectares hectare acres acre");

    /// <summary>Verbs and participles that make an area the land a fire burned ("burned more than 8,000 hectares", "7,500 hectares destroyed").</summary>
    public static readonly FrozenSet<string> BurningWords = Set("burned burnt burning burn burns scorched charred blackened ravaged destroyed consumed razed engulfed");

    /// <summary>Words after "forced to"/"forced from" that make a count one of people driven from home ("forced to leave their homes").</summary>
    public static readonly FrozenSet<string> LeavingWords = Set("leave flee abandon evacuate homes");

    /// <summary>Verbs introducing reported speech.</summary>
    public static readonly FrozenSet<string> SpeechVerbs = Set("said says told added stated declared insisted warned wrote according asked replied explained noted argued claimed announced saying adding");

    /// <summary>Verbs of naming that report the subject's words when a quote is their object ("called the vote \"a farce\"").</summary>
    public static readonly FrozenSet<string> NamingVerbs = Set("called calls calling described describes describing branded brands dubbed dubs termed");

    /// <summary>Speech participles whose speaker is the subject of the sentence (", saying: \"...\"").</summary>
    public static readonly FrozenSet<string> SpeechParticiples = Set("saying adding");

    /// <summary>Personal pronouns that may stand for the previous person named.</summary>
    public static readonly FrozenSet<string> Pronouns = Set("he she");

    /// <summary>Word (lower case) → interaction class between an actor and a target.</summary>
    public static readonly FrozenDictionary<string, string> InteractionWords = Build(
        ("met", "met meets meet talks"),
        ("visited", "visited visits"),
        ("signed", "signed signs"),
        ("condemned", "condemned condemns denounced denounces criticised criticized"),
        ("called", "phoned called"),
        ("hosted", "hosted hosts welcomed welcomes greeted"),
        ("sanctioned", "sanctioned sanctions"),
        ("accused", "accused accuses blamed blames"));

    /// <summary>Words that negate a following verb ("did not meet", "no meeting").</summary>
    public static readonly FrozenSet<string> Negations = Set("not no never nor without cancelled canceled");

    /// <summary>Role nouns that, as a clause subject naming nobody, stand for the person the story is following.</summary>
    public static readonly FrozenSet<string> RoleNouns = Set(
        "leader chief president minister commander head premier chancellor general secretary ambassador envoy spokesman spokeswoman king queen prince ceo chairman chairwoman");

    /// <summary>Small number words used in vote counts ("only one country").</summary>
    public static readonly FrozenDictionary<string, int> NumberWords = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["no"] = 0, ["none"] = 0,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>English function words ignored when comparing sentences and titles.</summary>
    public static readonly FrozenSet<string> StopWords = Set(
        "a an the and or but if of in on at to for from by with as is are was were be been being it its this that these those " +
        "he she they them his her their we our you your i me my not no so than then there here also has have had do does did " +
        "will would can could should may might must after before over under into about up out more most other some such only " +
        "own same s t just now which who whom whose what when where why how all any both each few nor very said says");

    private static FrozenSet<string> Set(string words) =>
        words.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);

    private static FrozenDictionary<string, string> Build(params (string Class, string Words)[] classes)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (cls, words) in classes)
        {
            foreach (var word in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                map.TryAdd(word, cls);
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
