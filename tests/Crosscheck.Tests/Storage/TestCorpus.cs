using Crosscheck.Model;

namespace Crosscheck.Tests.Storage;

/// <summary>
/// A hand-built, made-up story (a landslide in an invented village) with three articles from
/// three invented outlets, two of them printing one agency text, and findings of every status.
/// Shared by the Storage and Reports tests.
/// </summary>
internal static class TestCorpus
{
    public static readonly DateOnly Day = new(2026, 3, 11);

    public const string LedgerBody =
        "A landslide buried 14 homes in the hill village of Tarrowby on Tuesday, the Calder Valley emergency office said.\n\n" +
        "At least 3 people were killed, said Ines Marlow, the office's director. \"We are still digging,\" Marlow told reporters.\n\n" +
        "The village café became a shelter; roads into the valley remain closed.";

    public const string WireBody =
        "TARROWBY (AP) — A landslide buried 14 homes in Tarrowby on Tuesday and killed 5 people, regional officials said.\n\n" +
        "Director Ines Marlow said rescue teams would work through the night.";

    public static AnnotatedArticle Ledger { get; } = Build(
        "Landslide buries homes in Tarrowby", LedgerBody, "Northern Ledger", "https://ledger.example/news/landslide",
        Day, MetadataEvidence.Stated, "feeds/ledger.txt", null, SourceFormat.Text, [], ["Ann Quill"]);

    public static AnnotatedArticle ValleyPost { get; } = Build(
        "Tarrowby landslide kills five", WireBody, "Valley Post", "https://valleypost.example/2026/03/11/slide",
        Day, MetadataEvidence.Url, "feeds/wire.jsonl", 1, SourceFormat.Jsonl, ["AP"], []);

    public static AnnotatedArticle CoastHerald { get; } = Build(
        "Five dead as landslide hits Tarrowby", WireBody, "Coast Herald", null,
        null, MetadataEvidence.None, "feeds/wire.jsonl", 2, SourceFormat.Jsonl, ["AP"], []);

    public static IReadOnlyList<AnnotatedArticle> All { get; } = [Ledger, ValleyPost, CoastHerald];

    public static IReadOnlyList<Article> Articles { get; } = All.Select(a => a.Article).ToList();

    /// <summary>Builds an article "title, blank line, body, blank line, chrome" with hand-made layers.</summary>
    public static AnnotatedArticle Build(
        string title, string body, string? outlet, string? url, DateOnly? published, MetadataEvidence evidence,
        string sourcePath, long? record, SourceFormat format, IReadOnlyList<string> agencies, IReadOnlyList<string> authors)
    {
        const string chrome = "Subscribe to our newsletter for daily updates.";
        var text = title + "\n\n" + body + "\n\n" + chrome;
        var hash = ContentHash.Of(text + "|" + url);
        var bodyStart = title.Length + 2;
        var paragraphs = new List<TextSpan>();
        var start = bodyStart;
        foreach (var paragraph in body.Split("\n\n"))
        {
            paragraphs.Add(new TextSpan(start, start + paragraph.Length));
            start += paragraph.Length + 2;
        }

        var article = new Article
        {
            Id = ArticleId.FromContentHash(hash),
            SourcePath = sourcePath,
            Record = record,
            Format = format,
            ContentHash = hash,
            Text = text,
            Metadata = new ArticleMetadata
            {
                Title = title,
                TitleSpan = new TextSpan(0, title.Length),
                Url = url,
                Outlet = outlet,
                OutletEvidence = outlet is null ? MetadataEvidence.None : MetadataEvidence.Stated,
                Published = published,
                PublishedEvidence = evidence,
                Authors = authors,
                Agencies = agencies,
                Language = "en",
            },
            Body = paragraphs,
            Removed = [new RemovedBlock(new TextSpan(text.Length - chrome.Length, text.Length), ChromeKind.Appeal)],
        };

        return new AnnotatedArticle(article)
        {
            Sentences = Sentences(text, paragraphs),
            Tokens = Tokens(text),
            Entities = Mentions(text),
            Dates = text.Contains("Tuesday", StringComparison.Ordinal)
                ? [new DateMention(Find(text, "Tuesday"), DateValue.Day(Day.AddDays(-1)), IsRelative: true)]
                : [],
            Quantities = [new QuantityMention(Find(text, "14 homes"), 14m, QuantityModifier.Exact, "homes", Find(text, "14"))],
        };
    }

    /// <summary>The span of the first occurrence of <paramref name="needle"/>.</summary>
    public static TextSpan Find(string text, string needle)
    {
        var at = text.IndexOf(needle, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{needle}' not in test text");
        return new TextSpan(at, at + needle.Length);
    }

    public static SourceRef Ref(AnnotatedArticle article, string needle) => new(article.Id, Find(article.Text, needle));

    /// <summary>Findings for the three articles: one fact of each status, two families.</summary>
    public static StoryFindings Story()
    {
        var l = Ledger;
        var v = ValleyPost;
        var c = CoastHerald;
        var marlow = new StoryEntity(
            "e1", "Ines Marlow", EntityKind.Person, ["Marlow"], [l.Id, v.Id, c.Id],
            [Ref(l, "Ines Marlow"), Ref(v, "Ines Marlow"), Ref(c, "Ines Marlow")], ["Director"]);
        var village = new StoryEntity(
            "e2", "Tarrowby", EntityKind.Place, ["TARROWBY"], [l.Id, v.Id, c.Id], [Ref(l, "Tarrowby"), Ref(v, "Tarrowby")], []);
        return new StoryFindings(
            new StoryCluster(StoryId.FoundedBy(l.Id), [l.Id, v.Id, c.Id]),
            "Landslide buries 14 homes in Tarrowby",
            [new Family(FamilyId.FoundedBy(l.Id), [l.Id]), new Family(FamilyId.FoundedBy(v.Id), [v.Id, c.Id], "AP")],
            [marlow, village],
            [new TimelineEntry(DateValue.Day(Day.AddDays(-1)), "Landslide buries 14 homes", [Ref(l, "Tuesday"), Ref(v, "Tuesday")])],
            [
                new Fact("q1", FactKind.Quantity, "people killed", FactStatus.Conflicting,
                    [
                        new FactVariant("3", "At least 3 people were killed", [Ref(l, "At least 3 people were killed")]),
                        new FactVariant("5", "killed 5 people", [Ref(v, "killed 5 people"), Ref(c, "killed 5 people")]),
                    ],
                    2, "3 (at least) and 5 from independent families"),
                new Fact("q2", FactKind.Quantity, "homes buried", FactStatus.Corroborated,
                    [new FactVariant("14", "14 homes", [Ref(l, "14 homes"), Ref(v, "14 homes"), Ref(c, "14 homes")])],
                    2, "same number in 2 families"),
                new Fact("t1", FactKind.Quote, "Ines Marlow", FactStatus.SingleSource,
                    [new FactVariant("We are still digging", "\"We are still digging,\"", [Ref(l, "\"We are still digging,\"")])],
                    1, "quoted by one family only"),
                new Fact("d1", FactKind.Date, "landslide", FactStatus.Compatible,
                    [
                        new FactVariant("2026-03-10", "on Tuesday", [Ref(l, "on Tuesday")]),
                        new FactVariant("2026-03", "on Tuesday", [Ref(v, "on Tuesday")]),
                    ],
                    2, "day falls within the month"),
            ],
            [
                new SummarySentence("A landslide buried 14 homes in Tarrowby.", [l.Id, v.Id], Ref(l, "A landslide buried 14 homes")),
                new SummarySentence("Rescue teams worked through the night.", [v.Id], Ref(v, "rescue teams")),
            ]);
    }

    private static List<Sentence> Sentences(string text, List<TextSpan> paragraphs)
    {
        var sentences = new List<Sentence>();
        foreach (var paragraph in paragraphs)
        {
            var start = paragraph.Start;
            for (var i = paragraph.Start; i < paragraph.End; i++)
            {
                if (text[i] == '.' && (i + 1 == paragraph.End || text[i + 1] == ' '))
                {
                    sentences.Add(new Sentence(new TextSpan(start, i + 1)));
                    start = i + 2;
                }
            }

            if (start < paragraph.End)
            {
                sentences.Add(new Sentence(new TextSpan(start, paragraph.End)));
            }
        }

        return sentences;
    }

    private static List<Token> Tokens(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            var kind = char.IsDigit(text[i]) ? TokenKind.Number : char.IsLetter(text[i]) ? TokenKind.Word : TokenKind.Punctuation;
            i++;
            if (kind != TokenKind.Punctuation)
            {
                while (i < text.Length && char.IsLetterOrDigit(text[i]))
                {
                    i++;
                }
            }

            tokens.Add(new Token(new TextSpan(start, i), kind));
        }

        return tokens;
    }

    private static List<EntityMention> Mentions(string text)
    {
        var mentions = new List<EntityMention>();
        var at = text.IndexOf("Ines Marlow", StringComparison.Ordinal);
        if (at >= 0)
        {
            mentions.Add(new EntityMention(new TextSpan(at, at + 11), EntityKind.Person, 0.93f,
                text.AsSpan(0, at).EndsWith("Director ") ? "Director" : null));
        }

        at = text.IndexOf("Calder Valley", StringComparison.Ordinal);
        if (at >= 0)
        {
            mentions.Add(new EntityMention(new TextSpan(at, at + 13), EntityKind.Organization, 0.61f));
        }

        mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return mentions;
    }
}
