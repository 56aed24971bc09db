using Crosscheck.Model;
using Crosscheck.Stories;

namespace Crosscheck.Tests.Stories;

public sealed class StoryClustererTests
{
    private static readonly DateOnly Day = new(2031, 3, 14);

    private static readonly (string Name, EntityKind Kind)[] FloodNames =
        [("Brennock River", EntityKind.Place), ("Talvera", EntityKind.Place), ("Jonas Ekwueme", EntityKind.Person)];

    private static readonly (string Name, EntityKind Kind)[] BudgetNames =
        [("Maria Velasquez", EntityKind.Person), ("Velasquez", EntityKind.Person), ("Norvian Senate", EntityKind.Organization)];

    private static List<AnnotatedArticle> Stream() =>
    [
        TestArticles.Make("flood-1", "Brennock River floods Talvera after record rain",
            ["The Brennock River burst its banks on Tuesday, flooding low-lying districts of Talvera.",
             "Mayor Jonas Ekwueme said 1,200 residents were evacuated to schools and sports halls as the water rose.",
             "Forecasters expect more rain over the weekend."], Day, entities: FloodNames),
        TestArticles.Make("budget-1", "Norvian Senate passes budget after all-night session",
            ["Senator Maria Velasquez steered the spending bill through the Norvian Senate by 52 votes to 47.",
             "The budget raises pensions and cuts fuel subsidies, Velasquez told reporters after the vote."], Day, entities: BudgetNames),
        TestArticles.Make("flood-2", "Thousands evacuated as Talvera floods",
            ["Rescue teams in boats moved residents from flooded streets in Talvera as the Brennock River kept rising.",
             "Jonas Ekwueme, the mayor, said evacuated families would stay in schools until the water receded."], Day.AddDays(1), entities: FloodNames),
        TestArticles.Headline("budget-2", "Velasquez budget bill clears Norvian Senate, pensions raised", Day.AddDays(1)),
        TestArticles.Headline("flood-3", "Talvera flood: Brennock River rain forces evacuation of residents", Day.AddDays(2)),
        TestArticles.Make("budget-3", "Fuel subsidy cuts in Senate budget anger truckers",
            ["Truck drivers protested outside parliament after the Norvian Senate approved the budget drafted by Maria Velasquez.",
             "The bill cuts fuel subsidies by a third while raising pensions; the Senate vote was 52 to 47."], Day.AddDays(2), entities: BudgetNames),
    ];

    [Fact]
    public void Two_topics_become_two_stories_in_creation_order()
    {
        var clusterer = new StoryClusterer(ClusteringOptions.Default);
        var stream = Stream();
        var assigned = stream.Select(clusterer.Add).ToList();

        Assert.Equal(2, clusterer.Stories.Count);
        var flood = clusterer.Stories[0];
        var budget = clusterer.Stories[1];
        Assert.Equal(StoryId.FoundedBy(stream[0].Id), flood.Id);
        Assert.Equal(StoryId.FoundedBy(stream[1].Id), budget.Id);
        Assert.Equal([stream[0].Id, stream[2].Id, stream[4].Id], flood.ArticleIds);
        Assert.Equal([stream[1].Id, stream[3].Id, stream[5].Id], budget.ArticleIds);
        Assert.Equal([flood.Id, budget.Id, flood.Id, budget.Id, flood.Id, budget.Id], assigned);
    }

    [Fact]
    public void Same_input_order_gives_same_stories()
    {
        var first = new StoryClusterer(ClusteringOptions.Default);
        var second = new StoryClusterer(ClusteringOptions.Default);
        foreach (var article in Stream())
        {
            first.Add(article);
        }

        foreach (var article in Stream())
        {
            second.Add(article);
        }

        Assert.Equal(first.Stories.Select(s => (s.Id, string.Join(",", s.ArticleIds))),
                     second.Stories.Select(s => (s.Id, string.Join(",", s.ArticleIds))));
    }

    [Fact]
    public void A_brief_with_a_body_meets_its_story_days_later_where_a_bare_headline_does_not()
    {
        var full = TestArticles.Make("strike-full", "Nurses' strike talks fail in Dravia",
        [
            "Health Minister Petr Sova met nurses' union leaders in Dravia on Wednesday in a failed attempt to end the strike.",
            "Union head Lara Venn said hospitals could not run on goodwill as wards cancelled operations.",
            "The union wants higher pay for nurses and more staff on night shifts in Dravia's hospitals.",
        ], Day.AddDays(2));
        const string Brief = "Nurses strike across Dravia";
        string[] briefBody =
        [
            "About 20,000 nurses went on strike across Dravia, demanding higher pay, the nurses' union said.",
            "Health Minister Petr Sova will meet union leaders; Lara Venn said hospitals run on goodwill.",
        ];

        var withBody = WithSentences(TestArticles.Make("strike-brief", Brief, briefBody, Day));
        var bare = TestArticles.Make("strike-headline", Brief, [Brief], Day);

        var clusterer = new StoryClusterer(ClusteringOptions.Default);
        var story = clusterer.Add(full);
        Assert.Equal(story, clusterer.Add(withBody));

        var alone = new StoryClusterer(ClusteringOptions.Default);
        var headlineStory = alone.Add(full);
        Assert.NotEqual(headlineStory, alone.Add(bare));
    }

    [Fact]
    public void A_headline_of_several_sentences_is_still_a_headline_for_its_time_decay()
    {
        // Punctuation makes three sentences of one headline; with no body it keeps the headline's
        // steep decay, so the same words three days later are another story (a replayed stream).
        const string Headline = "Dravia nurses strike. Talks fail. Wards shut";
        AnnotatedArticle Copy(string key, DateOnly day)
        {
            var article = TestArticles.Make(key, Headline, [], day);
            var sentences = new List<Sentence>();
            var start = 0;
            foreach (var part in Headline.Split(". "))
            {
                sentences.Add(new Sentence(new TextSpan(start, start + part.Length)));
                start += part.Length + 2;
            }

            return article with { Sentences = sentences };
        }

        var clusterer = new StoryClusterer(ClusteringOptions.Default);
        var first = clusterer.Add(Copy("strike-1", Day));

        Assert.NotEqual(first, clusterer.Add(Copy("strike-2", Day.AddDays(3))));
    }

    /// <summary>The article with one sentence per line of its text (title and paragraphs).</summary>
    private static AnnotatedArticle WithSentences(AnnotatedArticle article)
    {
        var sentences = new List<Sentence>();
        var start = 0;
        foreach (var line in article.Text.Split('\n'))
        {
            if (line.Length > 0)
            {
                sentences.Add(new Sentence(new TextSpan(start, start + line.Length)));
            }

            start += line.Length + 1;
        }

        return article with { Sentences = sentences };
    }

    [Fact]
    public void Article_outside_the_time_window_founds_a_new_story()
    {
        var clusterer = new StoryClusterer(ClusteringOptions.Default);
        var stream = Stream();
        clusterer.Add(stream[0]);
        clusterer.Add(stream[2]);
        var later = TestArticles.Make("flood-later", "Brennock River floods Talvera again",
            ["The Brennock River flooded districts of Talvera, and Jonas Ekwueme ordered residents evacuated."],
            Day.AddDays(30), entities: FloodNames);
        var undated = TestArticles.Make("flood-undated", "Brennock River floods Talvera again",
            ["The Brennock River flooded districts of Talvera, and Jonas Ekwueme ordered residents evacuated."],
            published: null, entities: FloodNames);

        var laterStory = clusterer.Add(later);
        var undatedStory = clusterer.Add(undated);

        Assert.Equal(StoryId.FoundedBy(later.Id), laterStory);
        Assert.Equal(2, clusterer.Stories.Count);
        Assert.Contains(undatedStory, clusterer.Stories.Select(s => s.Id));
    }

    [Fact]
    public void Article_within_the_window_joins()
    {
        // The window alone: this short text would otherwise lose most of its similarity to time decay.
        var clusterer = new StoryClusterer(ClusteringOptions.Default with { ShortTextTimeFloor = ClusteringOptions.Default.TimeFloor });
        var stream = Stream();
        var story = clusterer.Add(stream[0]);
        var nearby = TestArticles.Make("flood-week", "Brennock River floods Talvera, residents evacuated",
            ["The Brennock River flooded districts of Talvera, and Jonas Ekwueme ordered residents evacuated."],
            Day.AddDays(6), entities: FloodNames);

        Assert.Equal(story, clusterer.Add(nearby));
    }

    [Fact]
    public void Headline_hours_away_from_a_headline_story_needs_more_shared_words()
    {
        // Two headlines sharing about half their words: together when an hour apart, apart when two days apart.
        var at = new DateTimeOffset(2031, 3, 14, 9, 0, 0, TimeSpan.Zero);
        AnnotatedArticle First() => TestArticles.Headline("t1", "Ostrava quarry workers strike over unpaid wages", Day);
        AnnotatedArticle Second() => TestArticles.Headline("t2", "Ostrava quarry strike spreads to second site", Day);

        var near = new StoryClusterer(ClusteringOptions.Default);
        var story = near.Add(First(), at);
        Assert.Equal(story, near.Add(Second(), at.AddHours(1)));

        var far = new StoryClusterer(ClusteringOptions.Default);
        far.Add(First(), at);
        Assert.NotEqual(story, far.Add(Second(), at.AddDays(2)));
    }

    [Fact]
    public void Stories_too_old_to_match_do_not_take_the_candidate_places()
    {
        // The same headline two, four and six days earlier: three stories that share more words with
        // the new headline than the story of this morning does, and outrank it for the two places.
        var at = new DateTimeOffset(2031, 3, 20, 9, 0, 0, TimeSpan.Zero);
        const string Repeated = "Ostrava quarry strike spreads to second site";
        StoryId Run(bool bounded, out StoryId morning)
        {
            var clusterer = new StoryClusterer(ClusteringOptions.Default with { MaxCandidates = 2, TimeBoundedCandidates = bounded });
            for (var days = 6; days >= 2; days -= 2)
            {
                clusterer.Add(TestArticles.Headline($"old{days}", Repeated), at.AddDays(-days));
            }

            morning = clusterer.Add(TestArticles.Headline("new1", "Ostrava quarry strike spreads"), at);
            return clusterer.Add(TestArticles.Headline("new2", Repeated), at.AddHours(1));
        }

        Assert.NotEqual(Run(false, out var crowded), crowded);
        Assert.Equal(Run(true, out var morning), morning);
    }

    [Fact]
    public void Unrelated_headlines_stay_apart()
    {
        var clusterer = new StoryClusterer(ClusteringOptions.Default);
        clusterer.Add(TestArticles.Headline("h1", "Quarry workers strike over unpaid wages in Ostrava Hills", Day));
        clusterer.Add(TestArticles.Headline("h2", "Chess prodigy wins national title at twelve", Day));
        clusterer.Add(TestArticles.Headline("h3", "New tram line opens in the harbour district", Day));

        Assert.Equal(3, clusterer.Stories.Count);
    }

    [Fact]
    public void Url_slug_words_count_as_evidence()
    {
        static AnnotatedArticle WithUrl(AnnotatedArticle a, string url) =>
            a with { Article = a.Article with { Metadata = a.Article.Metadata with { Url = url } } };

        var first = WithUrl(TestArticles.Headline("s1", "Quarry workers walk out in Ostrava Hills", Day),
            "https://a.example/news/2031/03/ostrava-quarry-strike-unpaid-wages.html");
        var second = WithUrl(TestArticles.Headline("s2", "Hundreds join stoppage as pay row deepens", Day),
            "https://b.example/region/ostrava-quarry-strike-unpaid-wages-hundreds-join-1234");
        var withoutUrls = new StoryClusterer(ClusteringOptions.Default with { SlugWeight = 0 });
        withoutUrls.Add(first);
        withoutUrls.Add(second);

        var withUrls = new StoryClusterer(ClusteringOptions.Default with { SlugWeight = 3 });
        withUrls.Add(first);
        withUrls.Add(second);

        Assert.Equal(2, withoutUrls.Stories.Count);
        Assert.Single(withUrls.Stories);
    }
}
