using Crosscheck.Model;
using Crosscheck.Stories;

namespace Crosscheck.Tests.Stories;

public sealed class SyndicationDetectorTests
{
    private const string Quote = "\u201CWe will not leave anyone behind in the water,\u201D";

    private static readonly string[] Wire =
    [
        "TALVERA (Wire) \u2014 Floodwaters from the swollen Brennock River swept through the southern districts of Talvera on Tuesday, forcing more than 1,200 people from their homes, officials said.",
        "The river rose nearly three metres in twelve hours after a week of unusually heavy rain across the upland farms, according to the regional water authority.",
        Quote + " Mayor Jonas Ekwueme told reporters at a school being used as a shelter. \u201CEvery family will get a bed and a meal tonight.\u201D",
        "Rescue crews in inflatable boats pulled elderly residents from the upper floors of flooded apartment blocks, while volunteers stacked sandbags along the embankment near the old mill.",
        "The authority said two pumping stations had failed overnight, and engineers were working to restore power before the next band of rain arrives on Thursday.",
        "Farmers upstream reported losing livestock and stored grain, and the agriculture ministry promised emergency payments within a fortnight.",
        "Talvera last suffered serious flooding eleven years ago, when the same embankment gave way and the city spent months rebuilding its riverside market.",
        "Forecasters warned that the river could crest again over the weekend if the storms now gathering over the coast move inland as expected.",
    ];

    private static AnnotatedArticle WireArticle() =>
        TestArticles.Make("wire", "Floods force 1,200 from homes in Talvera", Wire, new DateOnly(2031, 3, 14), agencies: ["AFP"]);

    /// <summary>An outlet's edit: new headline, its own paragraphs around the copy, sentences cut, words changed.</summary>
    private static AnnotatedArticle EditedCopy()
    {
        string[] paragraphs =
        [
            "Our correspondent in the region sends this update as the evening news goes to press.",
            Wire[0].Replace("TALVERA (Wire) \u2014 ", "", StringComparison.Ordinal).Replace("more than 1,200", "over 1,200", StringComparison.Ordinal),
            Wire[1],
            Wire[2].Replace('\u201C', '"').Replace('\u201D', '"'),
            "Rescue crews in inflatable boats pulled elderly residents from the upper floors of flooded apartment blocks.",
            Wire[4],
            Wire[7].Replace("the weekend", "the coming weekend", StringComparison.Ordinal),
            "Readers in the affected districts can call our newsroom hotline to share photographs and stories.",
            "Local schools will stay closed until Monday, the education office said in a separate notice.",
        ];
        return TestArticles.Make("copy", "Talvera under water: river bursts banks", paragraphs, new DateOnly(2031, 3, 14));
    }

    /// <summary>A separate report on the same event: same names, same quote, own words.</summary>
    private static AnnotatedArticle IndependentReport() => TestArticles.Make("independent", "Talvera mayor opens schools to flood victims",
    [
        "Hundreds of families spent the night in classrooms after the Brennock River flooded Talvera, the second disaster to hit the city in a decade.",
        "Mayor Jonas Ekwueme visited a shelter on Tuesday evening. " + Quote + " he said, as volunteers handed out blankets.",
        "Residents blamed the city for neglecting the embankment. \u201CWe warned them for years,\u201D said a shopkeeper whose store was ruined.",
        "The regional water authority did not respond to questions about the failed pumps.",
        "Meteorologists said more storms could reach Talvera by the weekend.",
    ], new DateOnly(2031, 3, 14));

    [Fact]
    public void Edited_copy_joins_the_wire_family_and_an_independent_report_does_not()
    {
        var wire = WireArticle();
        var copy = EditedCopy();
        var independent = IndependentReport();

        var families = new SyndicationDetector(SyndicationOptions.Default).Detect([wire, independent, copy]);

        Assert.Equal(2, families.Count);
        Assert.Equal(FamilyId.FoundedBy(wire.Id), families[0].Id);
        Assert.Equal([wire.Id, copy.Id], families[0].ArticleIds);
        Assert.Equal("AFP", families[0].Origin);
        Assert.Equal([independent.Id], families[1].ArticleIds);
        Assert.Null(families[1].Origin);
    }

    /// <summary>
    /// A heavy rewrite: the outlet keeps four wire sentences verbatim (some shortened), in a new
    /// order, among many paragraphs of its own, so well under half of its text is the wire's.
    /// </summary>
    private static AnnotatedArticle RewrittenCopy()
    {
        string[] paragraphs =
        [
            "City officials and residents spent a second day counting the cost of the disaster on Wednesday, as water slowly drained from the lowest streets.",
            Wire[1],
            "Insurers said claims were already arriving by the hundred, and warned that many riverside shops had no flood cover at all.",
            Wire[4],
            "Opposition councillors demanded an inquiry into why warnings about the embankment, raised at council meetings last year, were never acted on.",
            "Talvera last suffered serious flooding eleven years ago, when the same embankment gave way.",
            "A fundraising drive organised by the local football club collected enough money overnight to buy two new rescue boats.",
            Wire[5],
            "Church halls across the district opened their doors to families who could not find room in the school shelters.",
            "The national weather service said the coming week would be drier, giving crews a chance to repair the embankment.",
        ];
        return TestArticles.Make("rewrite", "Talvera counts the cost as waters recede", paragraphs, new DateOnly(2031, 3, 15));
    }

    [Fact]
    public void Heavily_rewritten_copy_sharing_several_verbatim_passages_is_a_family()
    {
        var wire = WireArticle();
        var rewrite = RewrittenCopy();
        var independent = IndependentReport();

        var families = new SyndicationDetector(SyndicationOptions.Default).Detect([wire, independent, rewrite]);

        Assert.Equal([wire.Id, rewrite.Id], families[0].ArticleIds);
        Assert.Equal([independent.Id], families[1].ArticleIds);
    }

    [Fact]
    public void Family_is_founded_by_its_first_member_in_input_order()
    {
        var wire = WireArticle();
        var copy = EditedCopy();

        var families = new SyndicationDetector(SyndicationOptions.Default).Detect([copy, wire]);

        var family = Assert.Single(families);
        Assert.Equal(FamilyId.FoundedBy(copy.Id), family.Id);
        Assert.Equal([copy.Id, wire.Id], family.ArticleIds);
        Assert.Equal("AFP", family.Origin);
    }

    [Fact]
    public void Every_article_lands_in_exactly_one_family()
    {
        var articles = new List<AnnotatedArticle> { WireArticle(), IndependentReport(), EditedCopy() };
        articles.Add(TestArticles.Make("empty", null, []));
        articles.Add(TestArticles.Headline("short", "Chess prodigy wins title"));

        var families = new SyndicationDetector(SyndicationOptions.Default).Detect(articles);

        var members = families.SelectMany(f => f.ArticleIds).ToList();
        Assert.Equal(articles.Count, members.Count);
        Assert.Equal(articles.Select(a => a.Id.Value).Order(StringComparer.Ordinal), members.Select(m => m.Value).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Title_alone_does_not_make_a_copy()
    {
        var a = TestArticles.Make("a", "Floods force 1,200 from homes in Talvera", [Wire[0], Wire[1]]);
        var b = TestArticles.Make("b", "Floods force 1,200 from homes in Talvera", [IndependentReport().Text[..120]]);

        Assert.Equal(2, new SyndicationDetector(SyndicationOptions.Default).Detect([a, b]).Count);
    }

    [Fact]
    public void Shared_footer_does_not_join_articles_and_copies_among_them_are_still_found()
    {
        const string footer = "Follow our newsroom for the latest updates and sign up for the morning briefing.";
        var random = new Random(7);
        string[] vocabulary =
        [
            "harbour", "council", "ferry", "strike", "school", "budget", "river", "bridge", "tram", "market",
            "farmers", "police", "court", "museum", "festival", "hospital", "airport", "storm", "library", "stadium",
        ];
        var articles = new List<AnnotatedArticle>();
        for (var i = 0; i < 60; i++)
        {
            var words = Enumerable.Range(0, 40).Select(_ => vocabulary[random.Next(vocabulary.Length)]);
            articles.Add(TestArticles.Make("local-" + i, "Local news " + i, [string.Join(' ', words) + ".", footer]));
        }

        var original = articles[5];
        var copy = TestArticles.Make("local-copy", "Reprinted", [original.Article.Body[0].Of(original.Text), "A note from the editor."]);
        articles.Add(copy);

        var families = new SyndicationDetector(SyndicationOptions.Default).Detect(articles);

        Assert.Equal(60, families.Count);
        Assert.Equal([original.Id, copy.Id], families[5].ArticleIds);
    }
}
