using Crosscheck.Model;
using Crosscheck.Text.Ner;

namespace Crosscheck.Tests.Text.Ner;

public sealed class ArticleTypeRulesTests
{
    [Fact]
    public void A_place_name_plus_a_demonym_ending_is_misc()
    {
        const string text = "Varnia rejected the plan. Varnian officials and Varnians at home said it breaks Varnia's law.";
        var mentions = new List<EntityMention>
        {
            TestMentions.Of(text, "Varnia", EntityKind.Place),
            TestMentions.Of(text, "Varnian", EntityKind.Place),
            TestMentions.Of(text, "Varnians", EntityKind.Organization),
        };

        ArticleTypeRules.Demonyms(text, mentions, WordClasses.Empty);

        Assert.Equal([EntityKind.Place, EntityKind.Other, EntityKind.Other], mentions.Select(m => m.Kind));
    }

    [Fact]
    public void A_place_name_of_more_words_ending_in_a_demonym_is_misc()
    {
        const string text = "North Varnian leaders met South Kelmians at Upper Varnian Falls Bank and Lower Kelmian.";
        var classes = new WordClasses(new Dictionary<string, byte>(StringComparer.Ordinal) { ["varnia"] = 3, ["kelmia"] = 3 });
        var mentions = new List<EntityMention>
        {
            TestMentions.Of(text, "North Varnian", EntityKind.Place),
            TestMentions.Of(text, "South Kelmians", EntityKind.Place),
            TestMentions.Of(text, "Upper Varnian Falls Bank", EntityKind.Organization),
            TestMentions.Of(text, "Lower Kelmian", EntityKind.Organization),
        };

        ArticleTypeRules.Demonyms(text, mentions, classes);

        Assert.Equal([EntityKind.Other, EntityKind.Other, EntityKind.Organization, EntityKind.Organization], mentions.Select(m => m.Kind));
    }

    [Fact]
    public void A_demonym_of_a_place_the_training_data_knows_is_misc_without_the_place_in_the_article()
    {
        const string text = "Kelmish troops crossed the border.";
        var classes = new WordClasses(new Dictionary<string, byte>(StringComparer.Ordinal) { ["kelm"] = 3 });
        var mentions = new List<EntityMention> { TestMentions.Of(text, "Kelmish", EntityKind.Place) };

        ArticleTypeRules.Demonyms(text, mentions, classes);

        Assert.Equal(EntityKind.Other, mentions[0].Kind);
    }

    [Fact]
    public void A_name_that_merely_ends_like_a_demonym_keeps_its_type()
    {
        const string text = "Talks in Varnia and in Morlan ended; Varniana Lodge hosted them.";
        var mentions = new List<EntityMention>
        {
            TestMentions.Of(text, "Varnia", EntityKind.Place),
            TestMentions.Of(text, "Morlan", EntityKind.Place),
            TestMentions.Of(text, "Varniana Lodge", EntityKind.Organization),
        };

        ArticleTypeRules.Demonyms(text, mentions, WordClasses.Empty);

        Assert.Equal([EntityKind.Place, EntityKind.Place, EntityKind.Organization], mentions.Select(m => m.Kind));
    }

    [Fact]
    public void A_lone_name_followed_by_its_is_an_organisation()
    {
        const string text = "Kelmco said on Monday that its sales rose. Kelmco will open a plant.";
        var mentions = new List<EntityMention> { TestMentions.Of(text, "Kelmco", EntityKind.Person), TestMentions.Of(text, "Kelmco", EntityKind.Person, 10) };

        ArticleTypeRules.LonePersonWords(text, mentions, WordClasses.Empty);

        Assert.All(mentions, m => Assert.Equal(EntityKind.Organization, m.Kind));
    }

    [Theory]
    [InlineData("Halvik said its plan had failed, and he would resign.")]
    [InlineData("Dara Halvik spoke. Halvik said its plan had failed.")]
    [InlineData("Halvik said the plan had failed.")]
    public void A_person_referred_to_as_he_or_named_in_full_or_without_pronouns_stays_a_person(string text)
    {
        var at = text.LastIndexOf("Halvik", StringComparison.Ordinal);
        var mentions = new List<EntityMention> { new(new TextSpan(at, at + 6), EntityKind.Person, 1f) };
        if (text.StartsWith("Dara", StringComparison.Ordinal))
        {
            mentions.Insert(0, TestMentions.Of(text, "Dara Halvik", EntityKind.Person));
        }

        ArticleTypeRules.LonePersonWords(text, mentions, WordClasses.Empty);

        Assert.All(mentions, m => Assert.Equal(EntityKind.Person, m.Kind));
    }

    [Theory]
    [InlineData("Kelmco raised prices. Analysts expect Kelmco to gain.", "", EntityKind.Organization)]
    [InlineData("Kelmco raised prices. Analysts expect Kelmco to gain, he said.", "", EntityKind.Person)]
    [InlineData("Kelmco raised prices. Analysts expect Kelmco to gain.", "kelmco", EntityKind.Person)]
    [InlineData("Kelmco raised prices. Analysts expect growth.", "", EntityKind.Person)]
    public void A_lone_unknown_name_named_twice_without_personal_pronouns_is_an_organisation(string text, string known, EntityKind kind)
    {
        var mentions = new List<EntityMention> { TestMentions.Of(text, "Kelmco", EntityKind.Person) };
        if (text.IndexOf("Kelmco", 10, StringComparison.Ordinal) > 0)
        {
            mentions.Add(TestMentions.Of(text, "Kelmco", EntityKind.Person, 10));
        }

        var classes = new WordClasses(new Dictionary<string, byte>(StringComparer.Ordinal) { [known.Length > 0 ? known : "other"] = 1 });
        ArticleTypeRules.LonePersonWords(text, mentions, classes);

        Assert.All(mentions, m => Assert.Equal(kind, m.Kind));
    }

    [Fact]
    public void A_lone_name_in_capitals_stays_a_person_without_pronouns()
    {
        const string text = "KELMCO RAISED PRICES. ANALYSTS EXPECT KELMCO TO GAIN.";
        var mentions = new List<EntityMention> { TestMentions.Of(text, "KELMCO", EntityKind.Person), TestMentions.Of(text, "KELMCO", EntityKind.Person, 10) };

        ArticleTypeRules.LonePersonWords(text, mentions, WordClasses.Empty);

        Assert.All(mentions, m => Assert.Equal(EntityKind.Person, m.Kind));
    }

    [Fact]
    public void A_lone_name_written_after_the_is_not_a_person()
    {
        const string text = "The Kelmin said there would be no meeting. Officials in the Kelmin declined to comment.";
        var mentions = new List<EntityMention> { TestMentions.Of(text, "Kelmin", EntityKind.Person), TestMentions.Of(text, "Kelmin", EntityKind.Person, 10) };

        ArticleTypeRules.LonePersonWords(text, mentions, WordClasses.Empty);

        Assert.All(mentions, m => Assert.Equal(EntityKind.Organization, m.Kind));
    }

    [Fact]
    public void A_name_ending_in_an_organisation_head_is_an_organisation_but_a_venue_stays_a_place()
    {
        const string text = "The Tarnby Hockey Club played at the Varn Music Center, Kelm Defense Ministry said.";
        var mentions = new List<EntityMention>
        {
            TestMentions.Of(text, "Tarnby Hockey Club", EntityKind.Place),
            TestMentions.Of(text, "Varn Music Center", EntityKind.Place),
            TestMentions.Of(text, "Kelm Defense Ministry", EntityKind.Person),
        };

        ArticleTypeRules.HeadWords(text, mentions);

        Assert.Equal([EntityKind.Organization, EntityKind.Place, EntityKind.Organization], mentions.Select(m => m.Kind));
    }

    [Fact]
    public void A_name_ending_in_an_event_head_is_misc()
    {
        const string text = "Carmakers came to the Varnby Auto Show before the Kelm Open; Varnby Motors and Cup stayed.";
        var mentions = new List<EntityMention>
        {
            TestMentions.Of(text, "Varnby Auto Show", EntityKind.Place),
            TestMentions.Of(text, "Kelm Open", EntityKind.Organization),
            TestMentions.Of(text, "Varnby Motors", EntityKind.Organization),
            TestMentions.Of(text, "Cup", EntityKind.Person),
        };

        ArticleTypeRules.HeadWords(text, mentions);

        Assert.Equal([EntityKind.Other, EntityKind.Other, EntityKind.Organization, EntityKind.Person], mentions.Select(m => m.Kind));
    }

    [Fact]
    public void A_place_name_ending_in_an_unknown_plural_is_an_organisation()
    {
        const string text = "The Kelm Crystals beat the Varn Rovers near the Orm Islands, Tarn Springs and Lake Tarus; Kelm Moss and Vik Runners stayed.";
        var classes = new WordClasses(new Dictionary<string, byte>(StringComparer.Ordinal) { ["rovers"] = 2, ["runners"] = 3 });
        var mentions = new List<EntityMention>
        {
            TestMentions.Of(text, "Kelm Crystals", EntityKind.Place),
            TestMentions.Of(text, "Varn Rovers", EntityKind.Place),
            TestMentions.Of(text, "Orm Islands", EntityKind.Place),
            TestMentions.Of(text, "Tarn Springs", EntityKind.Place),
            TestMentions.Of(text, "Lake Tarus", EntityKind.Place),
            TestMentions.Of(text, "Kelm Moss", EntityKind.Place),
            TestMentions.Of(text, "Vik Runners", EntityKind.Place),
        };

        ArticleTypeRules.PluralHeads(text, mentions, classes);

        Assert.Equal(
            [EntityKind.Organization, EntityKind.Organization, EntityKind.Place, EntityKind.Place, EntityKind.Place, EntityKind.Place, EntityKind.Place],
            mentions.Select(m => m.Kind));
    }

    [Fact]
    public void A_name_opening_with_a_model_code_is_misc()
    {
        const string text = "The Kel-7 Starliner and the RX4 Prime passed Varn 12 and the G7 summit; KX-1200 Orm Tarn flew.";
        var mentions = new List<EntityMention>
        {
            TestMentions.Of(text, "Kel-7 Starliner", EntityKind.Person),
            TestMentions.Of(text, "RX4 Prime", EntityKind.Organization),
            TestMentions.Of(text, "Varn 12", EntityKind.Place),
            TestMentions.Of(text, "G7", EntityKind.Organization),
            TestMentions.Of(text, "KX-1200 Orm Tarn", EntityKind.Place),
        };

        ArticleTypeRules.ModelCodes(text, mentions);

        Assert.Equal([EntityKind.Person, EntityKind.Other, EntityKind.Place, EntityKind.Organization, EntityKind.Other], mentions.Select(m => m.Kind));
    }

    [Theory]
    [InlineData("F-86", true)]
    [InlineData("A350", true)]
    [InlineData("RX4", true)]
    [InlineData("EC-130J", true)]
    [InlineData("Kel-7", false)]
    [InlineData("F-", false)]
    [InlineData("ABCD1", false)]
    [InlineData("737", false)]
    [InlineData("F-12345", false)]
    public void Model_codes_are_recognised(string word, bool code) => Assert.Equal(code, ArticleTypeRules.IsModelCode(word));

    [Fact]
    public void A_place_name_ending_in_a_newspaper_head_or_with_a_club_abbreviation_is_an_organisation()
    {
        const string text = "The Varnby Chronicle and the Kelm Star-Telegram ranked FC Orm over Tarn HC; Chronicle Hill and Tarn Cove stayed.";
        var mentions = new List<EntityMention>
        {
            TestMentions.Of(text, "Varnby Chronicle", EntityKind.Place),
            TestMentions.Of(text, "Kelm Star-Telegram", EntityKind.Person),
            TestMentions.Of(text, "FC Orm", EntityKind.Place),
            TestMentions.Of(text, "Tarn HC", EntityKind.Place),
            TestMentions.Of(text, "Chronicle Hill", EntityKind.Place),
            TestMentions.Of(text, "Tarn Cove", EntityKind.Place),
        };

        ArticleTypeRules.HeadWords(text, mentions);

        Assert.Equal(
            [EntityKind.Organization, EntityKind.Organization, EntityKind.Organization, EntityKind.Organization, EntityKind.Place, EntityKind.Place],
            mentions.Select(m => m.Kind));
    }

    [Fact]
    public void A_misc_name_ending_in_a_company_form_or_a_newspaper_head_is_an_organisation()
    {
        const string text = "The Kelm Benefit Guarantee Corp. sued the Varnby Union-Tribune over the Kelm Prime show.";
        var mentions = new List<EntityMention>
        {
            TestMentions.Of(text, "Kelm Benefit Guarantee Corp.", EntityKind.Other),
            TestMentions.Of(text, "Varnby Union-Tribune", EntityKind.Other),
            TestMentions.Of(text, "Kelm Prime", EntityKind.Other),
        };

        ArticleTypeRules.HeadWords(text, mentions);

        Assert.Equal([EntityKind.Organization, EntityKind.Organization, EntityKind.Other], mentions.Select(m => m.Kind));
    }

    [Fact]
    public void A_name_ending_in_a_business_head_or_a_company_form_is_an_organisation()
    {
        const string text = "Kelm Securities, Varn Robotics, Orm Steel, Vesk Bhd and Dorn AG bought Tarn Valley.";
        var mentions = new List<EntityMention>
        {
            TestMentions.Of(text, "Kelm Securities", EntityKind.Place),
            TestMentions.Of(text, "Varn Robotics", EntityKind.Person),
            TestMentions.Of(text, "Orm Steel", EntityKind.Other),
            TestMentions.Of(text, "Vesk Bhd", EntityKind.Person),
            TestMentions.Of(text, "Dorn AG", EntityKind.Place),
            TestMentions.Of(text, "Tarn Valley", EntityKind.Place),
        };

        ArticleTypeRules.HeadWords(text, mentions);

        Assert.Equal(
            [EntityKind.Organization, EntityKind.Organization, EntityKind.Organization, EntityKind.Organization, EntityKind.Organization, EntityKind.Place],
            mentions.Select(m => m.Kind));
    }

    [Fact]
    public void A_place_or_misc_name_ending_in_a_military_unit_is_an_organisation()
    {
        const string text = "The Kelm Sixth Fleet and XII Corps met the Varnian Air Force; Bo Corps and Fleet stayed.";
        var mentions = new List<EntityMention>
        {
            TestMentions.Of(text, "Kelm Sixth Fleet", EntityKind.Place),
            TestMentions.Of(text, "XII Corps", EntityKind.Other),
            TestMentions.Of(text, "Varnian Air Force", EntityKind.Other),
            TestMentions.Of(text, "Bo Corps", EntityKind.Person),
            TestMentions.Of(text, "Fleet", EntityKind.Place),
        };

        ArticleTypeRules.HeadWords(text, mentions);

        Assert.Equal(
            [EntityKind.Organization, EntityKind.Organization, EntityKind.Organization, EntityKind.Organization, EntityKind.Place],
            mentions.Select(m => m.Kind));
    }

    [Fact]
    public void A_person_name_ending_in_a_place_head_is_a_place()
    {
        const string text = "Anna Reservoir lies past Bo Lind Playfield and Orm Creek, wrote Ana Hill; Ms Tara Valley agreed.";
        var mentions = new List<EntityMention>
        {
            TestMentions.Of(text, "Anna Reservoir", EntityKind.Person),
            TestMentions.Of(text, "Bo Lind Playfield", EntityKind.Person),
            TestMentions.Of(text, "Orm Creek", EntityKind.Place),
            TestMentions.Of(text, "Ana Hill", EntityKind.Person),
            TestMentions.Of(text, "Tara Valley", EntityKind.Person) with { Title = "Ms" },
        };

        ArticleTypeRules.HeadWords(text, mentions);

        Assert.Equal(
            [EntityKind.Place, EntityKind.Place, EntityKind.Place, EntityKind.Person, EntityKind.Person],
            mentions.Select(m => m.Kind));
    }

    [Theory]
    [InlineData("Dara Halvik ( Kelmia ) beat Bo Lind 6-2.", EntityKind.Person, EntityKind.Place)]
    [InlineData("Dara Halvik (Kelmia) beat Bo Lind 6-2.", EntityKind.Organization, EntityKind.Place)]
    [InlineData("Dara Halvik ( Varnby ) beat Bo Lind 6-2.", EntityKind.Person, EntityKind.Person)]
    [InlineData("Dara Halvik, Kelmia, beat Bo Lind 6-2.", EntityKind.Person, EntityKind.Person)]
    public void A_country_in_brackets_after_a_person_is_a_place(string text, EntityKind given, EntityKind expected)
    {
        var country = text.Contains("Kelmia", StringComparison.Ordinal) ? "Kelmia" : "Varnby";
        var mentions = new List<EntityMention>
        {
            TestMentions.Of(text, "Dara Halvik", EntityKind.Person), TestMentions.Of(text, country, given), TestMentions.Of(text, "Bo Lind", EntityKind.Person),
        };
        var classes = new WordClasses(new Dictionary<string, byte>(StringComparer.Ordinal) { ["kelmian"] = 4 });

        ArticleTypeRules.BracketedCountries(text, mentions, classes);

        Assert.Equal(expected, mentions[1].Kind);
    }

    [Theory]
    [InlineData("Carmaker Varnel said it would cut jobs.", "Carmaker Varnel", EntityKind.Person, "Varnel")]
    [InlineData("Airline Norvair Express cancelled flights.", "Airline Norvair Express", EntityKind.Person, "Norvair Express")]
    [InlineData("Drugmaker Halvo Pharma won approval.", "Drugmaker Halvo Pharma", EntityKind.Organization, "Halvo Pharma")]
    public void A_business_descriptor_opening_a_sentence_is_cut_off_a_company_name(string text, string name, EntityKind given, string company)
    {
        var mentions = new List<EntityMention> { TestMentions.Of(text, name, given) };

        ArticleTypeRules.BusinessDescriptorsAtStart(text, [[new TextSpan(0, text.IndexOf(' ', StringComparison.Ordinal))]], mentions);

        Assert.Equal((company, EntityKind.Organization), (mentions[0].Span.Of(text), mentions[0].Kind));
    }

    [Theory]
    [InlineData("Bank Orvel raised its rates.", "Bank Orvel", EntityKind.Organization)]
    [InlineData("Later, carmaker Varnel Motors said so.", "Varnel Motors", EntityKind.Organization)]
    [InlineData("Retailer Smith Jones spoke.", "Smith Jones", EntityKind.Person)]
    public void Other_names_keep_their_words(string text, string name, EntityKind given)
    {
        var mentions = new List<EntityMention> { TestMentions.Of(text, name, given) };

        ArticleTypeRules.BusinessDescriptorsAtStart(text, [[new TextSpan(0, text.IndexOf(' ', StringComparison.Ordinal))]], mentions);

        Assert.Equal((name, given), (mentions[0].Span.Of(text), mentions[0].Kind));
    }

    [Fact]
    public void A_company_named_with_its_legal_form_keeps_its_type_under_its_short_name()
    {
        const string text = "Varnel Corp shares fell. Varnel said sales dropped. Orm Steel Ltd and Orm agreed. Kelm Varnel spoke.";
        var mentions = new List<EntityMention>
        {
            TestMentions.Of(text, "Varnel Corp", EntityKind.Organization), TestMentions.Of(text, "Varnel", EntityKind.Person, 20),
            TestMentions.Of(text, "Orm Steel Ltd", EntityKind.Organization), TestMentions.Of(text, "Orm", EntityKind.Place, 70),
            TestMentions.Of(text, "Kelm Varnel", EntityKind.Person),
        };

        ArticleTypeRules.CompanyShortNames(text, mentions);

        Assert.Equal(
            [EntityKind.Organization, EntityKind.Organization, EntityKind.Organization, EntityKind.Organization, EntityKind.Person],
            mentions.Select(m => m.Kind));
    }

    [Theory]
    [InlineData("Residents of Tallis heard blasts.", "Tallis", EntityKind.Person, EntityKind.Place)]
    [InlineData("They reached the town of Orm.", "Orm", EntityKind.Person, EntityKind.Place)]
    [InlineData("The Halvik family sued.", "Halvik", EntityKind.Organization, EntityKind.Person)]
    [InlineData("A friend of Tallis spoke.", "Tallis", EntityKind.Person, EntityKind.Person)]
    [InlineData("The Halvik company sued.", "Halvik", EntityKind.Organization, EntityKind.Organization)]
    public void Place_nouns_before_of_and_family_after_a_name_set_its_type(string text, string name, EntityKind given, EntityKind expected)
    {
        var mentions = new List<EntityMention> { TestMentions.Of(text, name, given) };

        ArticleTypeRules.PlaceAndFamilyCues(text, mentions);

        Assert.Equal(expected, mentions[0].Kind);
    }

    [Theory]
    [InlineData("The Bank of Kelmara left rates unchanged.", "Bank of Kelmara", EntityKind.Place, EntityKind.Organization)]
    [InlineData("The Church of Varnby spoke.", "Church of Varnby", EntityKind.Person, EntityKind.Organization)]
    [InlineData("The Gulf of Kelmara froze.", "Gulf of Kelmara", EntityKind.Place, EntityKind.Place)]
    [InlineData("The Union of Orm States split.", "Union of Orm States", EntityKind.Place, EntityKind.Place)]
    public void A_body_s_head_before_of_makes_an_organisation(string text, string name, EntityKind given, EntityKind expected)
    {
        var mentions = new List<EntityMention> { TestMentions.Of(text, name, given) };

        ArticleTypeRules.HeadWords(text, mentions);

        Assert.Equal(expected, mentions[0].Kind);
    }
}
