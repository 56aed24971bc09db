namespace Crosscheck.Tests.Text;

public sealed class QuantityReaderTests
{
    /// <summary>Sentence → its quantities as "span | value | modifier | unit | number", joined by " || ".</summary>
    public static TheoryData<string, string> Spec => new()
    {
        { "At least 870 civilians died.", "At least 870 civilians | 870 | AtLeast | civilians | 870" },
        { "The bill passed with 119 in favour.", "119 | 119 | Exact | - | 119" },
        { "There were 36 abstentions.", "36 abstentions | 36 | Exact | abstentions | 36" },
        { "Delegates attended a three-day summit.", "three-day | 3 | Exact | day | three-day" },
        { "Only one country objected.", "one country | 1 | Exact | country | one" },
        { "Unemployment hit 16 percent.", "16 percent | 16 | Exact | percent | 16" },
        { "Unemployment hit 16% in the north.", "16% | 16 | Exact | percent | 16" },
        { "The plan costs $1.2 billion.", "$1.2 billion | 1200000000 | Exact | USD | 1.2 billion" },
        { "They paid 5 million dollars.", "5 million dollars | 5000000 | Exact | USD | 5 million" },
        { "A €300 million fund opened.", "€300 million | 300000000 | Exact | EUR | 300 million" },
        { "More than 1,000 people fled.", "More than 1,000 people | 1000 | MoreThan | people | 1,000" },
        { "Growth was about 3.5 percent.", "about 3.5 percent | 3.5 | About | percent | 3.5" },
        { "Up to 200 soldiers remain.", "Up to 200 soldiers | 200 | UpTo | soldiers | 200" },
        { "It won fewer than 50 votes.", "fewer than 50 votes | 50 | LessThan | votes | 50" },
        { "Over 40 ships sailed.", "Over 40 ships | 40 | MoreThan | ships | 40" },
        { "At most 12 seats changed hands.", "At most 12 seats | 12 | AtMost | seats | 12" },
        { "Thousands of protesters marched.", "Thousands of protesters | 1000 | AtLeast | protesters | Thousands" },
        { "Nearly two hundred families left.", "Nearly two hundred families | 200 | About | families | two hundred" },
        { "Some twenty-five students stayed.", "Some twenty-five students | 25 | About | students | twenty-five" },
        { "It joined a 10-country bloc.", "10-country | 10 | Exact | country | 10" },
        { "The meeting on June 22 drew 40 delegates.", "40 delegates | 40 | Exact | delegates | 40" },
        { "It was his second known trip.", "" },
        { "Prices in 2020 rose.", "" },
        { "They met at 10:30 a.m. sharp.", "" },
        { "One of them left.", "" },
        { "Six were still missing at dawn.", "Six | 6 | Exact | - | Six" },
        { "The carrier scrapped 300 Kandor Air flights.", "300 Kandor Air flights | 300 | Exact | flights | 300" },
        { "It sold 40 Talvo shares.", "40 Talvo shares | 40 | Exact | shares | 40" },
        { "He met 12 Kandor officials and Brisa.", "12 Kandor officials | 12 | Exact | officials | 12" },
        { "Rangers held three suspected poachers.", "three suspected poachers | 3 | Exact | poachers | three" },
        { "Police named 14 alleged members of the ring.", "14 alleged members | 14 | Exact | members | 14" },
        { "Police held two border guards overnight.", "two border guards | 2 | Exact | guards | two" },
        { "Agents detained three Marnese border officers.", "three Marnese border officers | 3 | Exact | officers | three" },
        { "Police questioned four hospital staff.", "four hospital staff | 4 | Exact | staff | four" },
        { "The city bought 30 train tickets.", "30 train tickets | 30 | Exact | tickets | 30" },
    };

    [Theory]
    [MemberData(nameof(Spec))]
    public void Reads_spec_table(string sentence, string expected)
    {
        var annotated = TextFixtures.Analyze(sentence, TextFixtures.Day("2021-06-21"));
        var actual = string.Join(" || ", annotated.Quantities.Select(q => string.Join(" | ",
            q.Span.Of(sentence),
            q.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
            q.Modifier.ToString(),
            q.Unit ?? "-",
            q.NumberSpan.Of(sentence))));
        Assert.Equal(expected, actual);
    }

    /// <summary>Sentence → the event of each quantity, "number: event" ("-" for none), joined by " || ".</summary>
    public static TheoryData<string, string> EventSpec => new()
    {
        { "Troops killed at least 412 villagers last month.", "412: killed" },
        { "At least 412 villagers were killed last month.", "412: killed" },
        { "The motion was approved by 97 delegations.", "97: approved" },
        { "The motion passed 97 to 3 with 21 abstentions.", "97: passed || 3: passed || 21: abstention" },
        { "Another 21 countries abstained.", "21: abstained" },
        { "Police arrested 35 students and injured 12 others.", "35: arrested || 12: injured" },
        { "The blast left 8 dead.", "8: dead" },
        { "Officials reported 14 deaths on Monday.", "14: death" },
        { "The firm sold 40 helicopters, officials said.", "40: sold" },
        { "Inflation rose to 9 percent.", "9: rose" },
        { "Rebels, who number about 3,000 fighters, seized the town.", "3000: -" },
        { "The new bridge is 300 metres long.", "300: -" },
    };

    [Theory]
    [MemberData(nameof(EventSpec))]
    public void Attaches_each_quantity_to_its_event(string sentence, string expected)
    {
        var annotated = TextFixtures.Analyze(sentence, TextFixtures.Day("2021-06-21"));
        var actual = string.Join(" || ", annotated.Quantities.Select(q =>
            q.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) + ": " + (q.Event ?? "-")));
        Assert.Equal(expected, actual);
    }
}
