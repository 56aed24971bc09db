using Crosscheck.Model;
using Crosscheck.Text.Ner;

namespace Crosscheck.Tests.Text.Ner;

public sealed class SpanOverlapIndexTests
{
    [Fact]
    public void Answers_like_a_scan_over_every_span()
    {
        var random = new Random(7);
        var spans = Enumerable.Range(0, 200).Select(_ =>
        {
            var start = random.Next(1000);
            return new TextSpan(start, start + 1 + random.Next(30));
        }).ToList();
        var index = new SpanOverlapIndex(spans);

        for (var i = 0; i < 2000; i++)
        {
            var start = random.Next(1050);
            var query = new TextSpan(start, start + 1 + random.Next(10));
            Assert.Equal(spans.Exists(s => s.Overlaps(query)), index.Overlaps(query));
        }
    }

    [Fact]
    public void Touching_spans_do_not_overlap_and_no_spans_never_do()
    {
        var index = new SpanOverlapIndex([new TextSpan(5, 10), new TextSpan(10, 12)]);

        Assert.False(index.Overlaps(new TextSpan(0, 5)));
        Assert.False(index.Overlaps(new TextSpan(12, 20)));
        Assert.True(index.Overlaps(new TextSpan(9, 10)));
        Assert.False(new SpanOverlapIndex([]).Overlaps(new TextSpan(0, 3)));
    }
}
