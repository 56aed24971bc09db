using Crosscheck.Evaluation;

namespace Crosscheck.Tests.Evaluation;

public sealed class ClusteringTunerTests
{
    [Fact]
    public void Split_by_first_appearance_keeps_whole_stories_in_one_part()
    {
        string[] labels = ["a", "a", "b", "c", "a", "d", "b", "d"];

        var parts = ClusteringTuner.SplitByFirstAppearance(labels);

        // Stories in order of first appearance: a, b | c, d.
        Assert.Equal([0, 0, 0, 1, 0, 1, 0, 1], parts);
    }

    [Fact]
    public void Split_by_category_puts_listed_categories_first()
    {
        LabelledItem Item(string category) => new("id", "title", "", null, null, "label", null, category);
        LabelledItem[] items = [Item("b"), Item("t"), Item("e"), Item("m"), new("id", "t", "", null, null, "l")];

        var parts = ClusteringTuner.SplitByCategory(items, new HashSet<string>(["b", "e"], StringComparer.Ordinal));

        Assert.Equal([0, 1, 0, 1, 1], parts);
    }

    [Fact]
    public void Grid_varies_the_time_floor_only_when_time_decays()
    {
        var grid = ClusteringTuner.Grid(Crosscheck.Stories.ClusteringOptions.Default);

        Assert.All(grid.Where(o => o.TimeHalfLifeHours == 0), o => Assert.Equal(Crosscheck.Stories.ClusteringOptions.Default.ShortTextTimeFloor, o.ShortTextTimeFloor));
        Assert.True(grid.Where(o => o.TimeHalfLifeHours > 0).Select(o => o.ShortTextTimeFloor).Distinct().Count() > 1);
        Assert.DoesNotContain(grid, o => o.TimeHalfLifeHours is > 0 and < 6);
    }
}
