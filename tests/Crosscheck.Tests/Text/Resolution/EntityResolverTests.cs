using Crosscheck.Model;
using Crosscheck.Tests.Stories;
using Crosscheck.Text;
using Crosscheck.Text.Resolution;

namespace Crosscheck.Tests.Text.Resolution;

public sealed class EntityResolverTests
{
    private static EntityResolution Resolve(params AnnotatedArticle[] articles) =>
        new EntityResolver(EntityResolverOptions.Default).Resolve(articles);

    private static AnnotatedArticle Article(string key, string text, params (string Name, EntityKind Kind)[] names) =>
        TestArticles.Make(key, null, [text], entities: names);

    private static StoryEntity Named(EntityResolution resolution, string name) =>
        Assert.Single(resolution.Entities, e => e.Name == name);

    [Fact]
    public void Surname_possessive_title_and_misspelling_resolve_to_one_person()
    {
        var first = TestArticles.Make("a1", null,
            ["Senator Maria Velasquez defended the budget. Velasquez said the cuts were fair."],
            entities: [("Maria Velasquez", EntityKind.Person), ("Velasquez", EntityKind.Person)],
            titles: [("Maria Velasquez", "Senator")]);
        var second = Article("a2", "Critics of Maria Velazquez gathered outside. Velasquez's office declined to comment.",
            ("Maria Velazquez", EntityKind.Person), ("Velasquez's", EntityKind.Person));

        var resolution = Resolve(first, second);

        var entity = Assert.Single(resolution.Entities);
        Assert.Equal("Maria Velasquez", entity.Name);
        Assert.Equal(EntityKind.Person, entity.Kind);
        Assert.Equal(["Senator"], entity.Titles);
        Assert.Contains("Velasquez", entity.Aliases);
        Assert.Contains("Maria Velazquez", entity.Aliases);
        Assert.Equal([first.Id, second.Id], entity.ArticleIds);
        Assert.Equal(4, entity.Mentions.Count);
        Assert.StartsWith("e-", entity.Id, StringComparison.Ordinal);

        var variant = Assert.Single(resolution.NamingVariants);
        Assert.Equal("Maria Velazquez", variant.Variant);
        Assert.Equal("Maria Velasquez", variant.Canonical);
        Assert.Equal(entity.Id, variant.EntityId);
        var source = Assert.Single(variant.Sources);
        Assert.Equal("Maria Velazquez", source.Span.Of(second.Text));
    }

    [Fact]
    public void A_compound_of_two_names_is_not_an_alias_of_its_last_part()
    {
        var article = Article("h1", "Velmoran-Dorvish relations began early. Dorvish traders and Velmoran farmers met.",
            ("Velmoran-Dorvish", EntityKind.Other), ("Dorvish", EntityKind.Other), ("Velmoran", EntityKind.Other));

        var resolution = Resolve(article);

        Assert.Equal(3, resolution.Entities.Count);
        Assert.Empty(Named(resolution, "Velmoran-Dorvish").Aliases);
    }

    [Fact]
    public void A_lower_case_particle_keeps_the_surname_apart()
    {
        var article = Article("h2", "Bashar al-Assad spoke. Assad said little.",
            ("Bashar al-Assad", EntityKind.Person), ("Assad", EntityKind.Person));

        Assert.Contains("Assad", Assert.Single(Resolve(article).Entities).Aliases);
    }

    [Fact]
    public void Title_written_inside_the_mention_goes_to_titles()
    {
        var article = Article("t1", "Governor Aldo Petrakis arrived late. Aldo Petrakis apologised.",
            ("Governor Aldo Petrakis", EntityKind.Person), ("Aldo Petrakis", EntityKind.Person));

        var entity = Assert.Single(Resolve(article).Entities);

        Assert.Equal("Aldo Petrakis", entity.Name);
        Assert.Equal(["Governor"], entity.Titles);
    }

    [Fact]
    public void Ambiguous_surname_stays_apart()
    {
        var article = Article("b1", "Maria Velasquez and her brother Jorge Velasquez disagreed. Velasquez left early.",
            ("Maria Velasquez", EntityKind.Person), ("Jorge Velasquez", EntityKind.Person), ("Velasquez", EntityKind.Person));

        var resolution = Resolve(article);

        Assert.Equal(3, resolution.Entities.Count);
        Assert.Empty(resolution.NamingVariants);
    }

    [Fact]
    public void Middle_initial_form_matches_first_and_last_name()
    {
        var article = Article("c1", "Thomas J. Brandt chaired the panel. Later Thomas Brandt said the panel had met twice. Thomas Brandt left.",
            ("Thomas J. Brandt", EntityKind.Person), ("Thomas Brandt", EntityKind.Person));

        var entity = Assert.Single(Resolve(article).Entities);

        Assert.Equal("Thomas J. Brandt", entity.Name);
        Assert.Equal(["Thomas Brandt"], entity.Aliases);
    }

    [Fact]
    public void Acronym_defined_in_parentheses_joins_the_long_name()
    {
        var article = Article("d1", "The Progressive Union for Reform (PUR) won most seats. PUR leaders celebrated, and PUR members marched.",
            ("Progressive Union for Reform", EntityKind.Organization), ("PUR", EntityKind.Organization));

        var entity = Assert.Single(Resolve(article).Entities);

        Assert.Equal("Progressive Union for Reform", entity.Name);
        Assert.Equal(["PUR"], entity.Aliases);
        Assert.Equal(4, entity.Mentions.Count);
    }

    [Fact]
    public void Initialism_and_trailing_part_join_the_long_name()
    {
        var first = Article("e1", "Delegates of the EU Maritime Council met on Monday. The Maritime Council voted twice.",
            ("EU Maritime Council", EntityKind.Organization), ("Maritime Council", EntityKind.Organization));
        var second = Article("e2", "The EUMC vote was close.", ("EUMC", EntityKind.Organization));
        var third = Article("e3", "Inspectors from the Coastal Fisheries Authority arrived; the CFA fined two boats.",
            ("Coastal Fisheries Authority", EntityKind.Organization), ("CFA", EntityKind.Organization));

        var resolution = Resolve(first, second, third);

        Assert.Equal(2, resolution.Entities.Count);
        Assert.Equal(["Maritime Council", "EUMC"], Named(resolution, "EU Maritime Council").Aliases);
        Assert.Equal(["CFA"], Named(resolution, "Coastal Fisheries Authority").Aliases);
        Assert.Empty(resolution.NamingVariants);
    }

    [Fact]
    public void Transliterations_and_dropped_letters_are_naming_variants()
    {
        var first = Article("f1", "Dmitri Sokolyev signed the deal with Veltranexport. Sokolyev praised Ko Than Zeya and Veltranexport.",
            ("Dmitri Sokolyev", EntityKind.Person), ("Sokolyev", EntityKind.Person),
            ("Veltranexport", EntityKind.Organization), ("Ko Than Zeya", EntityKind.Person));
        var second = Article("f2", "Dmitri Sokolev met Ko Tha Zeya. Sokolev said Veltranexxport would deliver.",
            ("Dmitri Sokolev", EntityKind.Person), ("Sokolev", EntityKind.Person),
            ("Veltranexxport", EntityKind.Organization), ("Ko Tha Zeya", EntityKind.Person));

        var resolution = Resolve(first, second);

        Assert.Equal(3, resolution.Entities.Count);
        Assert.Equal(["Dmitri Sokolyev", "Veltranexport", "Ko Than Zeya"], resolution.Entities.Select(e => e.Name));
        var person = Named(resolution, "Dmitri Sokolyev");
        Assert.Equal(["Sokolyev", "Dmitri Sokolev", "Sokolev"], person.Aliases);
        Assert.Equal(["Ko Tha Zeya"], Named(resolution, "Ko Than Zeya").Aliases);
        Assert.Equal(["Veltranexxport"], Named(resolution, "Veltranexport").Aliases);
        var variants = resolution.NamingVariants.Select(v => (v.Canonical, v.Variant)).ToList();
        Assert.Contains(("Dmitri Sokolyev", "Dmitri Sokolev"), variants);
        Assert.Contains(("Ko Than Zeya", "Ko Tha Zeya"), variants);
        Assert.Contains(("Veltranexport", "Veltranexxport"), variants);
    }

    [Fact]
    public void Short_words_and_different_kinds_need_exact_match()
    {
        var article = Article("g1", "Anna Lee met Anna Lea in Carradine. Ivar spoke to Ivan. Caradine, the singer, sang.",
            ("Anna Lee", EntityKind.Person), ("Anna Lea", EntityKind.Person), ("Carradine", EntityKind.Place),
            ("Ivar", EntityKind.Person), ("Ivan", EntityKind.Person), ("Caradine", EntityKind.Person));

        var resolution = Resolve(article);

        Assert.Equal(6, resolution.Entities.Count);
        Assert.Empty(resolution.NamingVariants);
    }

    [Fact]
    public void Long_name_one_edit_apart_links_across_kinds_and_takes_the_majority_kind()
    {
        var first = Article("x1", "Guns came from Kestrovaltrade. Kestrovaltrade denied it.",
            ("Kestrovaltrade", EntityKind.Organization), ("Kestrovaltrade", EntityKind.Organization));
        var second = Article("x2", "Kestrovaltrade and Kestrovalltrade officials met.",
            ("Kestrovaltrade", EntityKind.Organization), ("Kestrovalltrade", EntityKind.Person));

        var resolution = Resolve(first, second);

        var entity = Assert.Single(resolution.Entities);
        Assert.Equal("Kestrovaltrade", entity.Name);
        Assert.Equal(EntityKind.Organization, entity.Kind);
        Assert.Equal(["Kestrovalltrade"], entity.Aliases);
        Assert.Equal("Kestrovalltrade", Assert.Single(resolution.NamingVariants).Variant);
    }

    [Theory]
    [InlineData("Kestrovaltrade", "Kestrovalltrade", 1)] // long, one edit apart
    [InlineData("Harwick Foundation", "Harwick Foundatoin", 1)] // long, one transposition
    [InlineData("Kestrovaltrade", "Kestrovalltrode", 2)] // long, but two edits apart
    [InlineData("Dunmorrow", "Dunmorow", 2)] // one edit, but short
    [InlineData("Harwick Foundation", "Harwick Federation", 2)] // a different word
    public void Names_of_different_kinds_link_only_when_long_and_one_edit_apart(string organisation, string person, int entities)
    {
        var article = Article("y1", organisation + " hired " + person + ".",
            (organisation, EntityKind.Organization), (person, EntityKind.Person));

        Assert.Equal(entities, Resolve(article).Entities.Count);
    }

    [Fact]
    public void Diacritics_case_and_leading_the_are_normalised()
    {
        var article = Article("h1", "José Ortíz joined the Harbour Trust. JOSE ORTIZ later quit The Harbour Trust.",
            ("José Ortíz", EntityKind.Person), ("JOSE ORTIZ", EntityKind.Person),
            ("the Harbour Trust", EntityKind.Organization), ("The Harbour Trust", EntityKind.Organization));

        var resolution = Resolve(article);

        Assert.Equal(2, resolution.Entities.Count);
        Assert.Equal(["JOSE ORTIZ"], Named(resolution, "José Ortíz").Aliases);
        Assert.Equal(2, Named(resolution, "Harbour Trust").Mentions.Count);
    }

    [Fact]
    public void Output_is_deterministic_and_mentions_are_sorted()
    {
        var first = Article("i1", "Velasquez spoke. Maria Velasquez then left.", ("Maria Velasquez", EntityKind.Person), ("Velasquez", EntityKind.Person));
        var second = Article("i2", "Maria Velasquez returned.", ("Maria Velasquez", EntityKind.Person));

        var a = Resolve(first, second);
        var b = Resolve(first, second);

        var entity = Assert.Single(a.Entities);
        Assert.Equal(entity.Id, Assert.Single(b.Entities).Id);
        Assert.Equal("Maria Velasquez", entity.Name);
        Assert.Equal(entity.Mentions.OrderBy(m => m.ArticleId == first.Id ? 0 : 1).ThenBy(m => m.Span.Start), entity.Mentions);
        Assert.True(a.TryGetEntity(first.Id, first.Entities[0].Span, out var found));
        Assert.Equal(entity.Id, found.Id);
    }

    [Fact]
    public void Form_decorated_with_titles_is_not_the_canonical_name()
    {
        var article = Article("j1", "Senior General Tomas Rivero spoke first. Tomas Rivero then left, and Rivero did not return. Tomas Rivero wrote later.",
            ("Senior General Tomas Rivero", EntityKind.Other), ("Tomas Rivero", EntityKind.Other), ("Rivero", EntityKind.Other));

        var entity = Assert.Single(Resolve(article).Entities);

        Assert.Equal("Tomas Rivero", entity.Name);
        Assert.Equal(["Senior General Tomas Rivero", "Rivero"], entity.Aliases);
    }

    [Fact]
    public void Appositive_role_becomes_a_title_and_bracketed_gloss_an_alias()
    {
        var article = Article("k1", "Lena Marsh, the harbour commissioner, met the Velmark (coast guard) on Friday. The Velmark, which patrols the bay, agreed.",
            ("Lena Marsh", EntityKind.Person), ("Velmark", EntityKind.Organization));

        var resolution = Resolve(article);

        Assert.Equal(["harbour commissioner"], Named(resolution, "Lena Marsh").Titles);
        var guard = Named(resolution, "Velmark");
        Assert.Equal(["coast guard"], guard.Aliases);
        Assert.Empty(guard.Titles);
    }

    [Fact]
    public void Variant_between_two_aliases_is_the_one_further_from_the_canonical_name()
    {
        var article = Article("l1", "Colonel Bo Tha Win arrived. Bo Than Win spoke, Bo Than Win left, Bo Than Win returned. Colonel Bo Than Win waved.",
            ("Colonel Bo Tha Win", EntityKind.Other), ("Colonel Bo Than Win", EntityKind.Other), ("Bo Than Win", EntityKind.Other));

        var resolution = Resolve(article);

        var entity = Assert.Single(resolution.Entities);
        Assert.Equal("Bo Than Win", entity.Name);
        var variant = Assert.Single(resolution.NamingVariants);
        Assert.Equal("Colonel Bo Tha Win", variant.Variant);
    }

    [Fact]
    public void Country_and_its_adjective_are_not_a_naming_discrepancy()
    {
        var first = Article("a1", "Troops crossed into Ardenia at dawn.", ("Ardenia", EntityKind.Place));
        var second = Article("a2", "The Ardenian embassy closed its doors.", ("Ardenian", EntityKind.Place));

        var resolution = Resolve(first, second);

        Assert.Empty(resolution.NamingVariants);
    }

    [Fact]
    public void Bracketed_description_makes_the_description_a_mention_across_the_story()
    {
        var first = Article("m1", "Troops of the Karvani (Ostland's military) entered the town. The Karvani denied it.",
            ("Karvani", EntityKind.Organization), ("Ostland", EntityKind.Place));
        var second = Article("m2", "The Ostland military said the operation was over.", ("Ostland", EntityKind.Place));

        var resolution = Resolve(first, second);

        var karvani = Named(resolution, "Karvani");
        Assert.Equal(EntityKind.Organization, karvani.Kind);
        Assert.Contains("Ostland's military", karvani.Aliases);
        Assert.Equal([first.Id, second.Id], karvani.ArticleIds);
        Assert.Contains(karvani.Mentions, m => m.ArticleId == second.Id && m.Span.Of(second.Text) == "Ostland military");
        Assert.Equal(EntityKind.Place, Named(resolution, "Ostland").Kind);
    }

    [Fact]
    public void Without_a_statement_in_the_text_a_name_and_a_description_stay_apart()
    {
        var first = Article("n1", "The commander-in-chief of the Karvani met the envoy.", ("Karvani", EntityKind.Organization));
        var second = Article("n2", "The Ostland military said the operation was over.", ("Ostland", EntityKind.Place));

        var resolution = Resolve(first, second);

        var karvani = Named(resolution, "Karvani");
        Assert.Empty(karvani.Aliases);
        Assert.Equal([first.Id], karvani.ArticleIds);
    }

    [Theory]
    [InlineData("Ostland's military, known as the Karvani, seized power on Monday.", "Ostland's military")]
    [InlineData("Ostland's military (Karvani) seized power on Monday.", "Ostland's military")]
    [InlineData("Soldiers said the Karvani, Ostland's armed forces, seized power on Monday.", "Ostland's armed forces")]
    [InlineData("On Monday the Karvani, as Ostland's military is known, seized power.", "Ostland's military")]
    [InlineData("On Monday the Karvani, also known as the Iron Guard, seized power.", "Iron Guard")]
    public void What_the_text_says_a_name_stands_for_becomes_an_alias(string text, string alias)
    {
        var article = Article("o1", text, ("Karvani", EntityKind.Organization));

        var karvani = Named(Resolve(article), "Karvani");

        Assert.Contains(alias, karvani.Aliases);
    }

    [Theory]
    [InlineData("The summit moved to Lindor (Ostland) on Monday.", "Lindor", EntityKind.Place)]
    [InlineData("The motion was tabled by Ada Brenn (Labour) on Monday.", "Ada Brenn", EntityKind.Person)]
    [InlineData("Vessa (2019) was filmed in the north.", "Vessa", EntityKind.Other)]
    [InlineData("Officials of Lindor, which borders the sea, met on Monday.", "Lindor", EntityKind.Place)]
    public void Brackets_and_clauses_that_do_not_describe_the_name_are_not_aliases(string text, string name, EntityKind kind)
    {
        var article = Article("p1", text, (name, kind));

        Assert.Empty(Named(Resolve(article), name).Aliases);
    }

    [Fact]
    public void Alias_naming_another_mention_joins_the_two_names()
    {
        var first = Article("q1", "On Monday the Karvani, also known as the Ostland Defence Force, seized power.",
            ("Karvani", EntityKind.Organization), ("Ostland Defence Force", EntityKind.Organization));
        var second = Article("q2", "A spokesman for the Ostland Defence Force denied the reports.", ("Ostland Defence Force", EntityKind.Organization));

        var resolution = Resolve(first, second);

        var entity = Assert.Single(resolution.Entities);
        Assert.Equal(3, entity.Mentions.Count);
        Assert.Empty(resolution.NamingVariants);
    }

    [Fact]
    public void Description_claimed_by_two_names_links_neither()
    {
        var first = Article("r1", "The Karvani (Ostland's military) moved north.", ("Karvani", EntityKind.Organization));
        var second = Article("r2", "The Brask Guard (Ostland's military) moved south. The Ostland military denied it.", ("Brask Guard", EntityKind.Organization));

        var resolution = Resolve(first, second);

        Assert.Equal([first.Id], Named(resolution, "Karvani").ArticleIds);
        Assert.Equal([second.Id], Named(resolution, "Brask Guard").ArticleIds);
        Assert.Contains("Ostland's military", Named(resolution, "Karvani").Aliases);
    }

    [Fact]
    public void Plurals_and_demonyms_of_a_name_are_not_misspellings_of_it()
    {
        var first = Article("s1", "Ostlandian officials said the Anniversary Tour of Vell Island would go ahead.",
            ("Ostlandian", EntityKind.Other), ("Anniversary Tour of Vell Island", EntityKind.Other));
        var second = Article("s2", "Ostlandians cheered as a Vell Islander sang.",
            ("Ostlandians", EntityKind.Other), ("Vell Islander", EntityKind.Other));

        var resolution = Resolve(first, second);

        Assert.Empty(resolution.NamingVariants);
        Assert.Equal(4, resolution.Entities.Count);
    }

    [Fact]
    public void A_possessive_is_not_part_of_the_name_so_its_demonym_form_is_no_misspelling()
    {
        var first = Article("s1", "Varnia's Senate approved the budget on Thursday.", ("Varnia's Senate", EntityKind.Organization));
        var second = Article("s2", "The Varnian Senate approved the budget.", ("Varnian Senate", EntityKind.Organization));

        var resolution = Resolve(first, second);

        Assert.Empty(resolution.NamingVariants);
        Assert.Equal("varnia senate", NameNormalizer.Fold("Varnia's Senate"));
        Assert.Equal("mcdonalds", NameNormalizer.Fold("McDonalds"));
    }
}
