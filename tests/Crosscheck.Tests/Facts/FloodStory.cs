using Crosscheck.Model;

namespace Crosscheck.Tests.Facts;

/// <summary>
/// A made-up story in four articles: two outlets print one wire text (w1, w2, one family), two
/// outlets write their own (c1, g1). The wire says the leader arrived on Friday, c1 says Saturday.
/// </summary>
internal static class FloodStory
{
    public static readonly DateOnly Friday = new(2024, 5, 17);
    public static readonly DateOnly Saturday = new(2024, 5, 18);

    private const string Wire =
        "Ostland's prime minister arrived in Veltrin on Friday for a regional summit on the floods. " +
        "Tomas Varga met Lena Kirsch on Saturday to discuss the reconstruction. " +
        "Floods have killed at least 120 people in the region since March, according to relief officials. " +
        "The storm also injured 45 people in the capital. " +
        "The Regional Council approved the aid plan by 14 votes to 2, with 3 abstentions. " +
        "Ostland abstained from an earlier vote on the same plan. " +
        "“We will rebuild every bridge that the water took,” Varga said. " +
        "The summit is expected to last two days.";

    public static StoryFixture Build()
    {
        var story = new StoryFixture()
            .Entity("e-varga", "Tomas Varga", EntityKind.Person, "Varga")
            .Entity("e-kirsch", "Lena Kirsch", EntityKind.Person, "Kirsch", "Lena Kirsh")
            .Entity("e-ostland", "Ostland", EntityKind.Place)
            .Entity("e-belmark", "Belmark", EntityKind.Place)
            .Entity("e-veltrin", "Veltrin", EntityKind.Place)
            .Entity("e-council", "Regional Council", EntityKind.Organization)
            .Naming("e-kirsch", "Lena Kirsch", "Lena Kirsh");

        Annotate(story.Article("w1", Wire, "Ostland leader visits Veltrin for flood talks - Daily Post", "Daily Post"));
        Annotate(story.Article("w2", Wire.Replace(" The summit is expected to last two days.", "", StringComparison.Ordinal),
            "Ostland leader visits Veltrin for flood talks | Evening Star", "Evening Star"));

        story.Article("c1",
                "Tomas Varga arrived in Veltrin on Saturday, a day later than planned. " +
                "Varga met Belmark's president Lena Kirsch on Saturday at the harbour. " +
                "More than 110 people have died in the floods. " +
                "The council passed the plan 14 in favour to 2 against, with 3 abstaining. " +
                "“We will rebuild every bridge that the water took,” he said. " +
                "Engineers say the main dam held through the storm.",
                "Varga arrives in Veltrin a day late", "The Courier")
            .Date("on Saturday, a day", Saturday)
            .Date("on Saturday at", Saturday)
            .Quantity("More than 110 people", 110, QuantityModifier.MoreThan, "people");

        story.Article("g1",
                "Lena Kirsh hosted Tomas Varga in Veltrin for talks on the floods. " +
                "The Regional Council backed the aid plan by a vote of 14-2-3 after a long debate. " +
                "Relief officials said the floods were the worst in the region for decades.",
                "Council backs flood aid plan as Kirsh hosts Varga", "The Globe")
            .Quantity("14-2-3", 14, QuantityModifier.Exact, null);

        return story;
    }

    public static IReadOnlyList<Family> Families => [StoryFixture.Family("w1", "w2")];

    private static void Annotate(StoryFixture.ArticleDraft wire) => wire
        .Date("on Friday", Friday)
        .Date("on Saturday", Saturday)
        .Quantity("at least 120 people", 120, QuantityModifier.AtLeast, "people")
        .Quantity("45 people", 45, QuantityModifier.Exact, "people")
        .Quantity("14 votes", 14, QuantityModifier.Exact, "votes");
}
