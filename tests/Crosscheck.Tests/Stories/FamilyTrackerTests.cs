using Crosscheck.Model;
using Crosscheck.Stories;

namespace Crosscheck.Tests.Stories;

public sealed class FamilyTrackerTests
{
    private static readonly DateOnly Day = new(2031, 6, 9);

    private static readonly string[] Report =
    [
        "Engineers at the Orvend dam opened two spillways on Sunday after the reservoir rose to its highest level in forty years.",
        "The regional authority said villages downstream had been warned by text message and that no evacuation was needed for now.",
        "Farmers along the lower valley moved cattle to higher pastures as a precaution, according to the local council.",
        "The authority will publish new readings of the reservoir every six hours until the level falls.",
    ];

    private static AnnotatedArticle Copy(string key, DateOnly? published) =>
        TestArticles.Make(key, "Dam spillways opened at Orvend", [.. Report[..3], "Our correspondent added that roads remain open."], published);

    [Fact]
    public void A_copy_inside_the_window_joins_the_family_of_the_original()
    {
        var tracker = new FamilyTracker(SyndicationOptions.Default);
        var original = TestArticles.Make("original", "Orvend dam opens spillways", Report, Day);

        var family = tracker.Add(original);

        Assert.Equal(FamilyId.FoundedBy(original.Id), family);
        Assert.Equal(family, tracker.Add(Copy("copy", Day.AddDays(1))));
    }

    [Fact]
    public void A_copy_after_the_window_founds_its_own_family_and_old_articles_leave()
    {
        var tracker = new FamilyTracker(SyndicationOptions.Default with { OnlineWindowDays = 3 });
        tracker.Add(TestArticles.Make("original", "Orvend dam opens spillways", Report, Day));
        var late = Copy("late", Day.AddDays(10));

        Assert.Equal(FamilyId.FoundedBy(late.Id), tracker.Add(late));
        Assert.Equal(1, tracker.WindowCount);
    }

    [Fact]
    public void The_window_is_bounded_by_count()
    {
        var tracker = new FamilyTracker(SyndicationOptions.Default with { OnlineWindowArticles = 2 });
        for (var i = 0; i < 5; i++)
        {
            tracker.Add(TestArticles.Make($"n{i}", $"Note {i}", [$"Short unrelated note number {i} about nothing in particular at all."], null));
        }

        Assert.Equal(2, tracker.WindowCount);
    }
}
