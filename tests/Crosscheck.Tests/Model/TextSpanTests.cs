using Crosscheck.Model;

namespace Crosscheck.Tests.Model;

public sealed class TextSpanTests
{
    [Fact]
    public void Span_is_half_open()
    {
        var span = new TextSpan(2, 5);
        Assert.Equal(3, span.Length);
        Assert.Equal("cde", span.Of("abcdefg"));
        Assert.False(span.Overlaps(new TextSpan(5, 7)));
        Assert.True(span.Overlaps(new TextSpan(4, 7)));
    }

    [Fact]
    public void Ids_derive_from_content_hash()
    {
        var hash = ContentHash.Of("hello");
        var id = ArticleId.FromContentHash(hash);
        Assert.Equal("a-" + hash[..12], id.Value);
        Assert.Equal("s-" + hash[..12], StoryId.FoundedBy(id).Value);
    }
}
