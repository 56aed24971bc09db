using Crosscheck.Model;

namespace Crosscheck.Text.Ner;

/// <summary>
/// Type corrections that read the whole article: its other mentions and its pronouns.
/// </summary>
internal static class ArticleTypeRules
{
    private static readonly string[] DemonymEndings = ["ians", "ian", "ans", "an", "ese", "ish", "is", "i", "ns", "n"];

    private static readonly string[] PersonalPronouns = ["he", "him", "his", "himself", "she", "her", "hers", "herself"];

    private static readonly string[] NeuterPronouns = ["its", "itself"];

    /// <summary>How far after a mention (characters) its pronouns are looked for: about two sentences.</summary>
    private const int PronounWindow = 300;

    private static readonly WordSet OrganizationHeads = new(EnglishVocabulary.OrganizationHeads);

    /// <summary>Last words of newspapers' names ("Varnby Chronicle", "Kelm Star-Telegram"), beside the organisation heads.</summary>
    private static readonly WordSet NewspaperHeads = new(
        ["Chronicle", "Telegram", "Telegraph", "Observer", "Guardian", "Examiner", "Courier", "Sentinel", "Inquirer", "Register", "Bulletin", "Dispatch", "Globe", "Mirror", "Enquirer", "Advertiser", "Picayune", "Courant"]);

    /// <summary>Sports clubs' abbreviations that open or close their names ("FC Varnby", "Kelm HC", "AC Orm").</summary>
    private static readonly WordSet ClubAbbreviations = new(["FC", "F.C.", "AFC", "A.F.C.", "HC", "CF", "AC", "SV", "FK", "SK", "BK", "IF", "RC", "CD", "VfB", "VfL", "TSV"]);

    /// <summary>Legal forms of companies ("Kelm Plc", "Varn AG"), which end no place, person or misc name.</summary>
    private static readonly WordSet CompanyHeads = new(
        ["Inc", "Corp", "Corporation", "Co", "Cos", "Ltd", "LLC", "PLC", "Plc", "plc", "GmbH", "AG", "SA", "NV", "BV", "SpA", "Bhd", "Oyj", "ASA", "Pty", "Holdings"]);

    /// <summary>Last words of firms' names ("Kelm Securities", "Varn Robotics", "Orm Capital").</summary>
    private static readonly WordSet BusinessHeads = new(
    [
        "Steel", "Capital", "Securities", "Equities", "Robotics", "Productions", "Interactive", "Financial", "Insurance",
        "Pharmaceuticals", "Entertainment", "Studios", "Labs", "Software", "Electronics", "Airline", "Investments", "Ventures",
        "Logistics", "Foods", "Brands", "Solutions", "Semiconductor", "Semiconductors", "Automotive", "Aerospace", "Chemicals",
        "Resources", "Properties", "Bancorp", "Pharma", "Biotech", "Therapeutics", "Retail", "Stores", "Restaurants",
    ]);

    /// <summary>Last words of military units' names ("Kelm Sixth Fleet", "XII Corps", "Varn Air Force"), which the model reads as places or misc.</summary>
    private static readonly WordSet MilitaryHeads = new(["Fleet", "Corps", "Regiment", "Squadron", "Brigade", "Battalion", "Army", "Navy", "Force", "Forces"]);

    /// <summary>
    /// Last words of the names of places that are features of the land or of a town ("Kelm
    /// Reservoir", "Orm Creek", "Varn Playfield"), none of them a usual surname (Hill, Field, Lane,
    /// Park, Street and Bay are left out), which the model reads as persons when the first word is a
    /// first name ("Anna Reservoir").
    /// </summary>
    private static readonly WordSet PlaceHeads = new(
    [
        "River", "Reservoir", "Creek", "Canyon", "Valley", "Harbor", "Harbour", "Peninsula", "Glacier", "Plateau", "Basin", "Airport",
        "Avenue", "Boulevard", "Road", "County", "Province", "Township", "Desert", "Canal", "Highway", "Island", "Islands",
        "Mountains", "Heights", "Falls", "Strait", "Gulf", "Playfield", "Estate", "Hollow",
    ]);

    /// <summary>The organisation heads that name newspapers.</summary>
    private static readonly WordSet PressHeads = new(["Times", "Post", "Journal", "Herald", "Tribune", "Gazette"]);

    private static readonly WordSet EventHeadWords = new(
        ["Show", "Cup", "Championship", "Championships", "Open", "Games", "Olympics", "Festival", "Awards", "Prize", "Expo", "Finals", "Marathon", "Prix"]);

    /// <summary>
    /// A one-word name that is a place's name plus a demonym ending ("Israel" + "i", "Japan" +
    /// "ese", "Iran" + "ians") is the demonym (misc), when the place is a place mention of the
    /// article or a place word of the training data; so is a place name of more words whose last
    /// word is one ("North American", "South Dakotans").
    /// </summary>
    public static void Demonyms(string text, List<EntityMention> mentions, WordClasses classes)
    {
        HashSet<string>? places = null;
        foreach (var mention in mentions)
        {
            if (mention.Kind == EntityKind.Place)
            {
                (places ??= new HashSet<string>(StringComparer.Ordinal)).Add(mention.Span.Of(text));
            }
        }

        for (var k = 0; k < mentions.Count; k++)
        {
            var mention = mentions[k];
            var name = mention.Span.In(text);
            var space = name.LastIndexOf(' ');
            if (mention.Kind == EntityKind.Other || (space >= 0 && mention.Kind != EntityKind.Place))
            {
                continue;
            }

            // "North American", "South Dakotans": a place name of more words is read by its last word.
            name = name[(space + 1)..];
            if (name.Length < 5)
            {
                continue;
            }

            foreach (var ending in DemonymEndings)
            {
                if (name.Length - ending.Length < 4 || !name.EndsWith(ending, StringComparison.Ordinal))
                {
                    continue;
                }

                var stem = name[..^ending.Length];
                if ((places?.GetAlternateLookup<ReadOnlySpan<char>>().Contains(stem) ?? false) || classes.Of(stem) == 3)
                {
                    mentions[k] = mention with { Kind = EntityKind.Other };
                    break;
                }
            }
        }
    }

    /// <summary>
    /// A one-word person mention without a title, whose word is in no longer person name of the
    /// article, is not a person when at least half its mentions follow "the" ("the Kelmin said",
    /// whatever pronouns follow: they may be another person's), or when it is followed by "its"
    /// ("Kelmco said its sales rose") and never by "he"/"she"/"his"/"her", or, a word the training
    /// data does not know, is named twice or more and never followed by "he"/"she"/"his"/"her"
    /// ("Kelmco" with no pronoun at all: a person named by one word twice is someone the article
    /// talks about, and so refers to by pronoun). It takes the type the
    /// training data gives the word, else organisation. ("it" also counted: more companies found
    /// on news, but the expletive "it" after persons cost as much on the held-out wiki sets. "the"
    /// costs nicknames, "the Joker", which news rarely uses.)
    /// </summary>
    public static void LonePersonWords(string text, List<EntityMention> mentions, WordClasses classes)
    {
        var nameWords = new HashSet<string>(StringComparer.Ordinal);
        var evidence = new Dictionary<string, (int Personal, int Neuter)>(StringComparer.Ordinal);
        var afterThe = new Dictionary<string, int>(StringComparer.Ordinal);
        var lone = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var mention in mentions)
        {
            var name = mention.Span.Of(text);
            if (mention.Kind != EntityKind.Person)
            {
                continue;
            }

            if (name.Contains(' ', StringComparison.Ordinal))
            {
                nameWords.UnionWith(name.Split(' ', StringSplitOptions.RemoveEmptyEntries));
                continue;
            }

            lone[name] = lone.GetValueOrDefault(name) + 1;
            if (FollowsThe(text, mention.Span.Start))
            {
                afterThe[name] = afterThe.GetValueOrDefault(name) + 1;
            }

            var after = text.AsSpan(mention.Span.End, Math.Min(PronounWindow, text.Length - mention.Span.End));
            var (personal, neuter) = evidence.GetValueOrDefault(name);
            evidence[name] = (personal + Count(after, PersonalPronouns), neuter + Count(after, NeuterPronouns));
        }

        for (var k = 0; k < mentions.Count; k++)
        {
            var mention = mentions[k];
            var name = mention.Span.Of(text);
            if (mention.Kind != EntityKind.Person || mention.Title is not null || !evidence.TryGetValue(name, out var seen) ||
                nameWords.Contains(name) || (afterThe.GetValueOrDefault(name) * 2 < lone[name] && (seen.Personal > 0 || (seen.Neuter == 0 && !IsUnknownRepeated(name, lone[name], classes)))))
            {
                continue;
            }

            var kind = classes.Of(name) switch
            {
                3 => EntityKind.Place,
                4 => EntityKind.Other,
                _ => EntityKind.Organization,
            };
            mentions[k] = mention with { Kind = kind };
        }
    }

    /// <summary>A word the learned classes do not know, mentioned twice or more, and written in running-text case (in capitals the article may hide its first name's case too).</summary>
    private static bool IsUnknownRepeated(string name, int mentions, WordClasses classes) =>
        mentions >= 2 && classes.Of(name) == 0 && name.Any(char.IsLower);

    /// <summary>Heads that open a body's name before "of" ("Bank of Japan", "Ministry of Health", "Church of England").</summary>
    private static readonly WordSet HeadsBeforeOf = new(
    [
        "Bank", "Ministry", "Council", "Court", "Church", "University", "College", "Institute", "Department", "Bureau",
        "Office", "Academy", "Federation", "Association", "League", "Party", "Committee", "Commission", "Army", "Board",
    ]);

    /// <summary>"Bank of Japan": a body's head, "of", then the rest of the name.</summary>
    private static bool OpensWithHeadOf(ReadOnlySpan<char> name)
    {
        var space = name.IndexOf(' ');
        return space > 0 && name[(space + 1)..].StartsWith("of ", StringComparison.Ordinal) && HeadsBeforeOf.Contains(name[..space]);
    }

    /// <summary>
    /// A name of two or more words is typed by its last word: an organisation's head word makes a
    /// place or person reading an organisation ("Kelm Defense Ministry", "Varn Motors", "Tarn Hockey
    /// Club", a newspaper's "Varnby Chronicle"; so does a club's abbreviation first or last: "FC
    /// Kelm", "Tarn HC"), an event's head word makes any reading misc ("Varnby Auto Show", "Kelm
    /// Open", "Tarn Cup"), whatever the place or organisation in its first words. A military unit's
    /// head makes a place or misc reading an organisation ("Kelm Sixth Fleet", "XII Corps"), and a
    /// head of a feature of the land or a town makes a person reading without a title a place
    /// ("Anna Reservoir", "Bo Lind Playfield").
    /// </summary>
    public static void HeadWords(string text, List<EntityMention> mentions)
    {
        for (var k = 0; k < mentions.Count; k++)
        {
            var mention = mentions[k];
            var name = mention.Span.In(text);
            var space = name.LastIndexOf(' ');
            if (space <= 0)
            {
                continue;
            }

            var last = name[(space + 1)..];
            var head = last.TrimEnd('.');
            var hyphen = head.LastIndexOf('-');
            if (mention.Kind is EntityKind.Place or EntityKind.Person &&
                ((OrganizationHeads.Contains(head) && !IsVenueHead(head)) || NewspaperHeads.Contains(head[(hyphen + 1)..]) ||
                 ClubAbbreviations.Contains(last) || ClubAbbreviations.Contains(name[..name.IndexOf(' ')]) || OpensWithHeadOf(name)))
            {
                mention = mention with { Kind = EntityKind.Organization };
            }
            else if (mention.Kind is EntityKind.Place or EntityKind.Person && (BusinessHeads.Contains(head) || CompanyHeads.Contains(head)))
            {
                mention = mention with { Kind = EntityKind.Organization };
            }
            else if (mention.Kind == EntityKind.Other && (CompanyHeads.Contains(head) || NewspaperHeads.Contains(head[(hyphen + 1)..]) || PressHeads.Contains(head[(hyphen + 1)..]) || BusinessHeads.Contains(head)))
            {
                // "Kelm Benefit Guarantee Corp.", "Varnby Union-Tribune": a company or a newspaper, not a product or an event.
                mention = mention with { Kind = EntityKind.Organization };
            }
            else if (mention.Kind is EntityKind.Place or EntityKind.Other && MilitaryHeads.Contains(last))
            {
                // "Kelm Sixth Fleet", "XII Corps", "Varnian Air Force": a military unit, an organisation.
                mention = mention with { Kind = EntityKind.Organization };
            }
            else if (mention.Kind == EntityKind.Person && mention.Title is null && PlaceHeads.Contains(last))
            {
                // "Anna Reservoir", "Bo Lind Playfield": a place named after a person.
                mention = mention with { Kind = EntityKind.Place };
            }

            if (mention.Kind != EntityKind.Other && EventHeadWords.Contains(last))
            {
                mention = mention with { Kind = EntityKind.Other };
            }

            mentions[k] = mention;
        }
    }

    /// <summary>
    /// A name of two or more words opening with a model code ("F-86 Sabre", "KL-7 Starliner", "RX4
    /// Prime": one to three capitals, an optional hyphen, one to four digits, up to three letters) names
    /// a product, misc, whatever the model read (aircraft were persons, car models organisations).
    /// </summary>
    public static void ModelCodes(string text, List<EntityMention> mentions)
    {
        for (var k = 0; k < mentions.Count; k++)
        {
            var mention = mentions[k];
            var name = mention.Span.In(text);
            var space = name.IndexOf(' ');
            if (mention.Kind != EntityKind.Other && space > 0 && IsModelCode(name[..space]))
            {
                mentions[k] = mention with { Kind = EntityKind.Other };
            }
        }
    }

    /// <summary>Nouns that, followed by "of", name a place after them ("the town of X", "residents of X", "the governor of X").</summary>
    private static readonly WordSet PlaceNouns = new(
    [
        "town", "city", "village", "province", "region", "district", "county", "capital", "island", "port", "suburb",
        "suburbs", "outskirts", "residents", "inhabitants", "mayor", "governor", "municipality", "prefecture", "state",
    ]);

    /// <summary>
    /// A one-word person without a title right after a place noun and "of" ("residents of Tallis",
    /// "the town of Orm") is a place; one right before "family" ("the Halvik family") is a person.
    /// </summary>
    public static void PlaceAndFamilyCues(string text, List<EntityMention> mentions)
    {
        for (var k = 0; k < mentions.Count; k++)
        {
            var mention = mentions[k];
            var name = mention.Span.In(text);
            if (mention.Title is not null || name.IndexOf(' ') >= 0)
            {
                continue;
            }

            if (mention.Kind == EntityKind.Person && PreviousWord(text, mention.Span.Start, out var of) is "of" &&
                PlaceNouns.Contains(PreviousWord(text, of, out _)))
            {
                mentions[k] = mention with { Kind = EntityKind.Place };
            }
            else if (mention.Kind is EntityKind.Organization or EntityKind.Place && NextWord(text, mention.Span.End) is "family")
            {
                mentions[k] = mention with { Kind = EntityKind.Person };
            }
        }
    }

    /// <summary>The word before <paramref name="position"/> (letters only), and where it starts.</summary>
    private static ReadOnlySpan<char> PreviousWord(string text, int position, out int start)
    {
        var end = position;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return text.AsSpan(start, end - start);
    }

    private static ReadOnlySpan<char> NextWord(string text, int position)
    {
        var start = position;
        while (start < text.Length && text[start] == ' ')
        {
            start++;
        }

        var end = start;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return text.AsSpan(start, end - start);
    }

    /// <summary>
    /// A company named once with its legal form ("Varnel Corp", "Shell Oil Co") and then by its short
    /// name ("Varnel said", "Shell said"): a person or place mention equal to the name without the legal
    /// form, or to its first word, is that company.
    /// </summary>
    public static void CompanyShortNames(string text, List<EntityMention> mentions)
    {
        HashSet<string>? shortNames = null;
        foreach (var mention in mentions)
        {
            var name = mention.Span.In(text);
            var space = name.LastIndexOf(' ');
            if (mention.Kind != EntityKind.Organization || space < 0 || !CompanyHeads.Contains(name[(space + 1)..].TrimEnd('.')))
            {
                continue;
            }

            shortNames ??= new HashSet<string>(StringComparer.Ordinal);
            var without = name[..space].ToString();
            shortNames.Add(without);
            var firstSpace = without.IndexOf(' ');
            if (firstSpace > 0)
            {
                shortNames.Add(without[..firstSpace]);
            }
        }

        if (shortNames is null)
        {
            return;
        }

        for (var k = 0; k < mentions.Count; k++)
        {
            var mention = mentions[k];
            if (mention.Kind is EntityKind.Person or EntityKind.Place && mention.Title is null && shortNames.Contains(mention.Span.Of(text)))
            {
                mentions[k] = mention with { Kind = EntityKind.Organization };
            }
        }
    }

    /// <summary>
    /// Business descriptors that open a wire sentence before a company's name ("Carmaker Ostara
    /// said ...", "Airline Norvair cancelled ..."); with a capital at the sentence's start the model
    /// reads them as a first name. Words ending in "maker" (chipmaker, drugmaker) count too. Words that
    /// open company names themselves ("Bank ...", "Network ...", "Carrier ...", "Giant ...") are left out.
    /// </summary>
    private static readonly WordSet BusinessDescriptors = new(
    [
        "retailer", "airline", "broadcaster", "insurer", "reinsurer", "lender", "brewer", "miner", "conglomerate", "publisher",
        "manufacturer", "supplier", "distributor", "exporter", "importer", "refiner", "shipper", "startup", "start-up", "firm",
        "operator", "developer", "grocer", "supermarket", "automaker", "telecoms", "telco", "newspaper", "streamer",
    ]);

    /// <summary>
    /// A person or organisation mention that opens a sentence with a business descriptor and goes on
    /// with a capitalised name ("Carmaker Ostara", "Drugmaker Halvo Pharma") is that name, an organisation.
    /// </summary>
    public static void BusinessDescriptorsAtStart(string text, IReadOnlyList<TextSpan[]> sentences, List<EntityMention> mentions)
    {
        HashSet<int>? starts = null;
        for (var k = 0; k < mentions.Count; k++)
        {
            var mention = mentions[k];
            var name = mention.Span.In(text);
            var space = name.IndexOf(' ');
            if (mention.Kind is not (EntityKind.Person or EntityKind.Organization) || space < 0)
            {
                continue;
            }

            var first = name[..space];
            var rest = mention.Span.Start + space + 1;
            if ((BusinessDescriptors.Contains(first) || (first.Length > 5 && first.EndsWith("maker", StringComparison.OrdinalIgnoreCase))) && rest < mention.Span.End && char.IsUpper(text[rest]) &&
                (starts ??= [.. sentences.Select(static words => words[0].Start)]).Contains(mention.Span.Start))
            {
                mentions[k] = mention with { Span = new TextSpan(rest, mention.Span.End), Kind = EntityKind.Organization };
            }
        }
    }

    /// <summary>
    /// A country in brackets right after a person ("Tomas Halvik ( Kelmia ) beat ...", the nationality
    /// of results and start lists) is a place, whatever type the model gave it.
    /// </summary>
    public static void BracketedCountries(string text, List<EntityMention> mentions, WordClasses classes)
    {
        for (var k = 1; k < mentions.Count; k++)
        {
            var mention = mentions[k];
            var before = mentions[k - 1];
            if (mention.Kind is EntityKind.Place or EntityKind.Other || before.Kind != EntityKind.Person || before.Span.End > mention.Span.Start)
            {
                continue;
            }

            var gap = text.AsSpan(before.Span.End, mention.Span.Start - before.Span.End).Trim();
            var after = text.AsSpan(mention.Span.End).TrimStart();
            if (gap is "(" && after.StartsWith(')') && TeamRoles.IsCountry(mention.Span.In(text), classes))
            {
                mentions[k] = mention with { Kind = EntityKind.Place };
            }
        }
    }

    /// <summary>One to three capitals, an optional hyphen, one to four digits, up to three letters ("F-86", "A350", "RX4").</summary>
    internal static bool IsModelCode(ReadOnlySpan<char> word)
    {
        var i = 0;
        while (i < word.Length && i < 3 && char.IsAsciiLetterUpper(word[i]))
        {
            i++;
        }

        if (i == 0)
        {
            return false;
        }

        if (i < word.Length && word[i] == '-')
        {
            i++;
        }

        var digits = i;
        while (i < word.Length && i - digits < 4 && char.IsAsciiDigit(word[i]))
        {
            i++;
        }

        if (i == digits)
        {
            return false;
        }

        var letters = i;
        while (i < word.Length && i - letters < 3 && char.IsAsciiLetter(word[i]))
        {
            i++;
        }

        return i == word.Length;
    }

    /// <summary>Plural heads of places' names ("Cayman Islands", "Golan Heights", "United Arab Emirates").</summary>
    private static readonly WordSet PlacePlurals = new(
    [
        "Islands", "Isles", "Keys", "Heights", "Falls", "Springs", "Mountains", "Hills", "Lakes", "Rapids", "Plains", "Territories",
        "Emirates", "States", "Provinces", "Highlands", "Lowlands", "Midlands", "Indies", "Alps", "Woods", "Downs", "Glades", "Sands",
        "Narrows", "Straits", "Dunes", "Flats", "Forks", "Oaks", "Peaks", "Meadows", "Gardens", "Grounds", "Fields", "Banks", "Shoals",
        "Cliffs", "Caves", "Valleys", "Waters", "Wells", "Marshes", "Moors", "Fens", "Lands", "Islets", "Reefs", "Rocks",
    ]);

    /// <summary>
    /// A place name of two or more words ending in a capitalised plural ("Kelm Crystals", "Varn River
    /// Cats") names a team, a band or a firm, an organisation, when the training data does not know
    /// that last word as a place word (nor as a person's or a misc word) and it is not the plural head of
    /// a place ("Islands", "Heights", "Falls").
    /// </summary>
    public static void PluralHeads(string text, List<EntityMention> mentions, WordClasses classes)
    {
        for (var k = 0; k < mentions.Count; k++)
        {
            var mention = mentions[k];
            var name = mention.Span.In(text);
            var space = name.LastIndexOf(' ');
            if (mention.Kind != EntityKind.Place || space <= 0)
            {
                continue;
            }

            var last = name[(space + 1)..];
            if (last.Length > 3 && char.IsUpper(last[0]) && last[^1] == 's' && !last.EndsWith("ss", StringComparison.Ordinal) &&
                !last.EndsWith("us", StringComparison.Ordinal) && !last.EndsWith("is", StringComparison.Ordinal) &&
                classes.Of(last) is 0 or 2 && !PlacePlurals.Contains(last))
            {
                mentions[k] = mention with { Kind = EntityKind.Organization };
            }
        }
    }

    /// <summary>Head words of venues as much as of organisations ("Blossom Music Center" is a place in CoNLL conventions).</summary>
    private static bool IsVenueHead(ReadOnlySpan<char> head) => head is "Center" or "Centre";

    /// <summary>Whole-word, case-insensitive occurrences of any of <paramref name="words"/>.</summary>
    private static int Count(ReadOnlySpan<char> text, string[] words)
    {
        var count = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }

            var word = text[start..i];
            foreach (var candidate in words)
            {
                if (word.Equals(candidate, StringComparison.OrdinalIgnoreCase))
                {
                    count++;
                    break;
                }
            }
        }

        return count;
    }

    /// <summary>Whether the word before <paramref name="start"/> is "the" ("the Kelmin said").</summary>
    private static bool FollowsThe(string text, int start)
    {
        var end = start;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        return end >= 3 && end < start && text.AsSpan(end - 3, 3).Equals("the", StringComparison.OrdinalIgnoreCase) &&
               (end == 3 || !char.IsLetter(text[end - 4]));
    }
}
