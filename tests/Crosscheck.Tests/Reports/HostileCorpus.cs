using Crosscheck.Model;
using Crosscheck.Reports;
using Crosscheck.Tests.Storage;

namespace Crosscheck.Tests.Reports;

/// <summary>An article and findings whose text tries to break out of HTML and Markdown.</summary>
internal static class HostileCorpus
{
    public const string Script = "<script>alert(1)</script>";
    public const string Attribute = "\" onload=\"x";

    public static AnnotatedArticle Article { get; } = TestCorpus.Build(
        "Flood " + Script + " warning " + Attribute,
        "Officials said 14 homes | were <b>flooded</b> " + Script + " and " + Attribute + " overnight.",
        "Outlet " + Attribute, "javascript:alert(1)", TestCorpus.Day, MetadataEvidence.Stated,
        "feeds/hostile.html", null, SourceFormat.Html, [], []);

    public static StoryFindings Story()
    {
        var a = Article;
        var quote = TestCorpus.Ref(a, "14 homes | were <b>flooded</b> " + Script + " and " + Attribute);
        return new StoryFindings(
            new StoryCluster(StoryId.FoundedBy(a.Id), [a.Id]),
            "Headline " + Script + Attribute,
            [new Family(FamilyId.FoundedBy(a.Id), [a.Id], Script)],
            [new StoryEntity("e1", "Name " + Script, EntityKind.Other, [Attribute], [a.Id], [], [Script])],
            [new TimelineEntry(DateValue.Day(TestCorpus.Day), "Event " + Script, [quote])],
            [new Fact("f1", FactKind.Quote, "Subject " + Script, FactStatus.SingleSource,
                [new FactVariant("value " + Attribute, "x", [quote])], 1, "why " + Script)],
            [new SummarySentence("Summary " + Script + Attribute, [a.Id], quote)]);
    }

    public static StoryReport Report() => StoryReport.Create(Story(), [Article.Article]);
}
