using Crosscheck.Evaluation;

namespace Crosscheck.Tests.Evaluation;

public sealed class LabelledStreamReplayTests
{
    private static readonly DateTimeOffset Start = new(2014, 3, 10, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Copies_are_shifted_relabelled_and_merged_in_time_order()
    {
        LabelledItem[] items =
        [
            new("1", "first", "", Start, null, "x"),
            new("2", "second", "", Start.AddHours(30), null, "y"),
        ];

        var replay = LabelledStreamReplay.Replay(new LabelledCorpus(items, []), 3, TimeSpan.FromDays(1));

        Assert.Equal(["1", "1#1", "2", "1#2", "2#1", "2#2"], replay.Items.Select(static i => i.Id));
        Assert.Equal(["x", "x#1", "y", "x#2", "y#1", "y#2"], replay.Items.Select(static i => i.Label));
        Assert.Equal(Start.AddDays(2).AddHours(30), replay.Items[^1].Published);
        Assert.Equal("second", replay.Items[^1].Title);
    }

    [Fact]
    public void One_copy_is_the_stream_itself_and_undated_items_are_refused()
    {
        var stream = new LabelledCorpus([new LabelledItem("1", "t", "", null, null, "x")], []);

        Assert.Same(stream, LabelledStreamReplay.Replay(stream, 1, TimeSpan.FromDays(2)));
        Assert.Throws<ArgumentException>(() => LabelledStreamReplay.Replay(stream, 2, TimeSpan.FromDays(2)));
    }
}
