namespace Crosscheck.Text;

/// <summary>
/// General English vocabulary used by the text stages: closed-class words, titles, calendar
/// names, number words. Each property returns a fresh array; stages copy them into frozen
/// lookup tables once, in their constructors.
/// </summary>
internal static class EnglishVocabulary
{
    /// <summary>Abbreviations that are always followed by more of the same sentence.</summary>
    public static string[] TitleAbbreviations =>
        [.. PersonTitleAbbreviations, "Messrs", "vs", "e.g", "i.e", "cf", "approx", "Mt", "Ft", "ca"];

    /// <summary>The abbreviations among <see cref="TitleAbbreviations"/> that stand before one person's name ("Rep.", "Mme").</summary>
    public static string[] PersonTitleAbbreviations =>
    [
        "Mr", "Mrs", "Ms", "Mx", "Dr", "Gen", "Lt", "Col", "Sen", "Rep", "Gov", "Prof", "Capt", "Sgt", "Maj",
        "Adm", "Rev", "Hon", "Pres", "Cmdr", "Brig", "Fr", "Supt", "Insp", "Cpl", "Pvt", "Lieut", "Amb", "Mme", "Mlle",
    ];

    /// <summary>Abbreviations that may or may not end a sentence.</summary>
    public static string[] AmbiguousAbbreviations =>
    [
        "Inc", "Corp", "Co", "Ltd", "Jr", "Sr", "St", "Ave", "Blvd", "Rd", "Dept", "Univ", "Assn", "Bros", "etc",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thurs", "Fri", "Sat", "Sun",
        "U.S", "U.K", "U.N", "E.U", "a.m", "p.m", "Ph.D", "al", "ed", "pp", "est",
    ];

    /// <summary>Closed-class words: determiners, pronouns, prepositions, conjunctions, auxiliaries, common sentence adverbs.</summary>
    public static string[] FunctionWords =>
    [
        "a", "an", "the", "this", "that", "these", "those", "some", "any", "each", "every", "no", "all", "both", "either",
        "neither", "another", "other", "such", "what", "which", "whose", "whom", "who", "whoever", "whatever",
        "i", "me", "my", "mine", "we", "us", "our", "ours", "you", "your", "yours", "he", "him", "his", "she", "her",
        "hers", "it", "its", "they", "them", "their", "theirs", "one", "someone", "something", "nobody", "nothing",
        "everyone", "everything", "anyone", "anything", "there", "here",
        "and", "or", "but", "nor", "so", "yet", "for", "if", "because", "although", "though", "while", "whereas",
        "unless", "since", "until", "when", "whenever", "where", "wherever", "why", "how", "whether", "as", "than",
        "of", "in", "on", "at", "by", "to", "from", "with", "without", "into", "onto", "upon", "about", "above", "below",
        "after", "before", "during", "under", "over", "between", "among", "amid", "against", "through", "throughout",
        "across", "along", "around", "behind", "beyond", "despite", "except", "inside", "outside", "near", "off",
        "out", "per", "via", "within", "towards", "toward", "like", "unlike", "following", "including", "regarding",
        "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "done", "have", "has", "had",
        "having", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "ought",
        "not", "also", "only", "just", "even", "still", "then", "now", "thus", "hence", "however", "meanwhile",
        "moreover", "furthermore", "nevertheless", "nonetheless", "instead", "indeed", "therefore", "otherwise",
        "currently", "previously", "recently", "earlier", "later", "already", "again", "perhaps", "maybe", "yes",
        "according", "asked", "said", "says", "today", "yesterday", "tomorrow", "tonight", "once", "twice",
        "many", "much", "more", "most", "few", "fewer", "less", "least", "several", "own", "same", "very", "too",
        "well", "last", "next", "first", "second", "third", "new", "old", "other", "others", "please", "thanks",
        "read", "watch", "see", "click", "share", "follow", "subscribe", "sign", "photo", "video", "related",
        "update", "updated", "breaking", "advertisement", "editor", "editors", "note", "full", "screen", "image",
    ];

    /// <summary>Lower-case connectors allowed inside a multi-word name.</summary>
    public static string[] NameConnectors =>
    [
        "of", "for", "the", "de", "da", "do", "dos", "das", "du", "del", "della", "di", "van", "von", "der", "den",
        "la", "le", "bin", "ibn", "al", "el", "y", "on", "and",
    ];

    /// <summary>Head words that make a name an organisation.</summary>
    public static string[] OrganizationHeads =>
    [
        "Council", "Ministry", "Assembly", "Party", "League", "Army", "Navy", "Force", "Forces", "Agency", "Company",
        "Bank", "Group", "Committee", "Commission", "Court", "Parliament", "Government", "University", "College",
        "School", "Times", "News", "Press", "Post", "Journal", "Herald", "Tribune", "Gazette", "Service", "Services",
        "Nations", "Union", "Institute", "Foundation", "Inc", "Corp", "Corporation", "Co", "Ltd", "LLC", "PLC",
        "Association", "Organisation", "Organization", "Office", "Department", "Bureau", "Embassy", "Consulate",
        "Federation", "Alliance", "Front", "Movement", "Society", "Center", "Centre", "Fund", "Authority",
        "Board", "Congress", "Senate", "Cabinet", "Police", "Guard", "Brigade", "Battalion", "Command", "Corps",
        "Airlines", "Airways", "Holdings", "Industries", "Systems", "Technologies", "Network", "Broadcasting",
        "Television", "Radio", "Channel", "Magazine", "Daily", "Reuters", "Club", "Team", "Church", "Hospital",
        "Conference", "Forum", "Summit", "Programme", "Program", "Coalition", "Council", "Secretariat", "Tribunal",
        "Chamber", "Exchange", "Trust", "Partners", "Bloc", "Mission", "Directorate", "Administration", "Academy",
        "Enterprises", "Motors", "Energy", "Petroleum", "Oil", "Gas", "Telecom", "Media", "Watch", "International",
    ];

    /// <summary>Capitalised words that are titles or roles when they precede a name.</summary>
    public static string[] TitleWords =>
    [
        "President", "Minister", "General", "Gen", "Senior", "Secretary", "Director", "Chief", "Leader", "Spokesperson",
        "Spokesman", "Spokeswoman", "Ambassador", "Envoy", "Prime", "Deputy", "Vice", "Foreign", "Defense", "Defence",
        "Interior", "Finance", "Commander", "Commander-in-Chief", "Colonel", "Col", "Lieutenant", "Lt", "Major", "Maj",
        "Captain", "Capt", "Sergeant", "Sgt", "Admiral", "Adm", "Marshal", "Field", "Brigadier", "Brig", "Dr", "Mr", "Mrs",
        "Ms", "Prof", "Professor", "Sen", "Senator", "Rep", "Representative", "Governor", "Gov", "Mayor", "King", "Queen",
        "Prince", "Princess", "Crown", "Pope", "Judge", "Justice", "Chairman", "Chairwoman", "Chair", "Chairperson",
        "Chancellor", "Premier", "Speaker", "Sheikh", "Emir", "Sultan", "Sir", "Dame", "Lord", "Lady", "Rev", "Bishop",
        "Archbishop", "Cardinal", "Father", "Sister", "Brother", "Imam", "Rabbi", "Attorney", "State", "Special",
        "Rapporteur", "Officer", "Head", "Executive", "CEO", "Founder", "Coach", "Agent", "Inspector", "Superintendent",
        "Detective", "Constable", "Corporal", "Private", "Councillor", "Councilor", "Commissioner", "Counsel",
        "Assistant", "Acting", "Former", "Ex", "First", "Supreme", "Opposition", "Army", "Military", "Junta",
        "Health", "Economy", "Trade", "Justice", "Education", "Energy", "Security", "Affairs", "Home", "High",
        "Transport", "Transportation", "Mining", "Agriculture", "Labour", "Labor", "Culture", "Environment", "Infrastructure",
        "Communications", "Information", "Tourism", "Sports", "Youth", "Science", "Technology", "Industry", "Commerce",
        "Fisheries", "Housing", "Immigration", "Treasury", "Development", "Planning", "Welfare", "Social", "Public", "Works",
        "Digital", "Climate", "Aviation", "Water", "Oil", "Petroleum", "Administrator", "Editor", "Correspondent", "Manager",
        "Producer", "Treasurer", "Auditor",
    ];

    /// <summary>The words among <see cref="TitleWords"/> that can end a title ("Minister" in "Defense Minister").</summary>
    public static string[] TitleHeads =>
    [
        "President", "Minister", "General", "Gen", "Secretary", "Director", "Chief", "Leader", "Spokesperson", "Spokesman",
        "Spokeswoman", "Ambassador", "Envoy", "Commander", "Commander-in-Chief", "Colonel", "Col", "Lieutenant", "Lt",
        "Major", "Maj", "Captain", "Capt", "Sergeant", "Sgt", "Admiral", "Adm", "Marshal", "Brigadier", "Brig", "Dr",
        "Mr", "Mrs", "Ms", "Prof", "Professor", "Sen", "Senator", "Rep", "Representative", "Governor", "Gov", "Mayor",
        "King", "Queen", "Prince", "Princess", "Pope", "Judge", "Justice", "Chairman", "Chairwoman", "Chair",
        "Chairperson", "Chancellor", "Premier", "Speaker", "Sheikh", "Emir", "Sultan", "Sir", "Dame", "Lord", "Lady",
        "Rev", "Bishop", "Archbishop", "Cardinal", "Father", "Imam", "Rabbi", "Rapporteur", "Officer", "Head",
        "CEO", "Founder", "Coach", "Inspector", "Superintendent", "Detective", "Constable", "Corporal", "Councillor",
        "Councilor", "Commissioner", "Counsel", "Executive", "Attorney", "Administrator", "Editor", "Correspondent", "Manager",
        "Producer", "Treasurer", "Auditor",
    ];

    /// <summary>Lower-case role nouns that mark the following name as a person ("junta chief X").</summary>
    public static string[] PersonCueWords =>
    [
        "president", "minister", "general", "secretary", "director", "chief", "leader", "spokesperson", "spokesman",
        "spokeswoman", "ambassador", "envoy", "commander", "colonel", "captain", "admiral", "senator", "governor",
        "mayor", "chairman", "chairwoman", "chancellor", "premier", "official", "officer", "analyst", "professor",
        "lawyer", "activist", "journalist", "reporter", "correspondent", "author", "researcher", "economist",
        "diplomat", "counterpart", "rapporteur", "head", "founder", "ceo", "coach", "judge", "prosecutor",
        "candidate", "lawmaker", "legislator", "deputy", "aide", "adviser", "advisor", "strongman", "dictator",
        "monarch", "king", "queen", "prince", "princess", "singer", "actor", "actress", "player", "striker",
        "businessman", "businesswoman", "billionaire", "tycoon", "opposition", "colleague", "wife", "husband",
        "son", "daughter", "mother", "father", "brother", "sister", "mr", "mrs", "ms", "dr",
    ];

    /// <summary>Verbs that follow a person's name in reporting clauses.</summary>
    public static string[] SpeechVerbs =>
    [
        "said", "says", "told", "tells", "met", "meets", "added", "wrote", "writes", "stated", "noted", "explained",
        "insisted", "argued", "claimed", "announced", "warned", "urged", "asked", "replied", "recalled", "denied",
        "acknowledged", "admitted", "tweeted", "posted", "declared", "stressed", "emphasized", "emphasised",
        "who", "thanked", "praised", "criticised", "criticized", "visited", "arrived", "attended", "expressed",
        "condemned", "rejected", "welcomed", "described", "suggested", "promised", "pledged", "vowed", "spoke",
    ];

    /// <summary>Lower-case nouns that mark the following name as an organisation ("news agency X").</summary>
    public static string[] OrganizationCueWords =>
    [
        "agency", "company", "firm", "group", "newspaper", "daily", "broadcaster", "channel", "outlet", "party",
        "organisation", "organization", "bank", "airline", "network", "website", "magazine", "ministry", "union",
        "militia", "bloc", "alliance", "network", "startup", "giant", "maker", "manufacturer", "exporter", "carrier",
        "station", "television", "radio", "tv", "publication", "brand", "retailer", "insurer", "lender",
    ];

    /// <summary>Prepositions that usually introduce a place.</summary>
    public static string[] PlacePrepositions =>
    [
        "in", "to", "from", "at", "across", "into", "near", "toward", "towards", "via", "throughout", "outside",
        "inside", "around", "visiting", "visit", "entered", "leaving", "left", "reached", "border",
    ];

    /// <summary>Lower-case nouns that mark the following (or preceding) name as a place.</summary>
    public static string[] PlaceCueWords =>
    [
        "capital", "city", "town", "village", "country", "province", "state", "region", "district", "township",
        "island", "port", "republic", "kingdom", "territory", "county", "neighbouring", "neighboring", "border",
    ];

    /// <summary>Nationality adjectives and other words that look like names but are not entities by themselves.</summary>
    public static string[] IrregularDemonyms =>
    [
        "French", "Dutch", "Swiss", "Thai", "Greek", "Israeli", "Pakistani", "Iraqi", "Saudi", "Afghan", "Yemeni",
        "Kuwaiti", "Qatari", "Emirati", "Bangladeshi", "Nepali", "Somali", "Filipino", "Arab", "Turkish", "Welsh",
        "Scottish", "Irish", "Polish", "Danish", "Swedish", "Finnish", "British", "English", "Spanish", "Kurdish",
        "Uzbek", "Kazakh", "Tajik", "Kyrgyz", "Omani", "Bahraini", "Azerbaijani", "Punjabi", "Sikh", "Hindu",
        "Muslim", "Christian", "Jewish", "Buddhist", "Catholic", "Protestant", "Sunni", "Shia", "Shiite", "Western",
        "Eastern", "Northern", "Southern", "Soviet", "Communist", "Islamic", "Arabic", "Latin", "Nordic", "Baltic",
        "Slavic", "Pacific", "Atlantic", "Democratic", "Republican", "Conservative", "Liberal",
    ];

    /// <summary>Common country abbreviations that are places, not organisations.</summary>
    public static string[] PlaceAcronyms => ["US", "USA", "U.S.", "U.S.A.", "UK", "U.K.", "UAE", "DRC", "PRC", "ROK", "DPRK"];

    /// <summary>Words that signal that a sentence talks about the future.</summary>
    /// <summary>Irregular simple past forms that differ from the present (regular ones end in -ed).</summary>
    public static string[] IrregularPastVerbs =>
    [
        "was", "were", "had", "did", "began", "met", "said", "told", "left", "took", "made", "went", "came", "gave", "held",
        "fell", "won", "lost", "fled", "shot", "broke", "sent", "spoke", "saw", "struck", "sank", "rose", "flew", "drove",
        "ran", "became", "brought", "bought", "caught", "fought", "thought", "sought", "built", "kept", "meant", "felt",
        "stood", "withdrew", "threw", "grew", "knew", "led", "paid", "sold", "found", "wrote", "chose", "froze", "stole",
        "woke", "swore", "tore", "wore", "bore", "drew", "ate", "forgot", "got", "hid", "lay", "rode", "rang", "sang", "swam",
        "fed", "bled", "slid", "spent", "lent", "bent", "dealt", "arose", "overtook", "undertook",
    ];

    public static string[] FutureCues =>
    [
        "will", "would", "next", "upcoming", "scheduled", "kicking", "starting", "plans",
        "planning", "shall", "'ll", "’ll", "forthcoming", "tomorrow",
    ];
}
