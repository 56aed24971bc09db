using Crosscheck.Stories;

namespace Crosscheck.Tests.Stories;

public sealed class UrlSlugScannerTests
{
    public static TheoryData<string, string> Slugs => new()
    {
        { "https://news.example.org/world/2031/03/us-china-trade-talks-resume.html?ref=rss#top", "us china trade talks resume" },
        { "http://www.example.com/business/money/la-fi-reserve-stimulus-economy-20310310,0,1312750.story", "la fi reserve stimulus economy" },
        { "http://example.net/Politics/H2EvwJSK2VE6OF7iK1g3PP/Feds-Plosser-sees-high-bar.html", "Feds Plosser sees high bar" },
        { "http://example.net/article/Mens-Outfitters-Nears-Deal-3112102", "Mens Outfitters Nears Deal" },
        { "http://example.com/videos/money/2031/03/10/6252067/", "" },
        { "https://example.com/", "" },
        { "https://example.com", "" },
        { "/local/flood_waters-rise_in-valley", "flood waters rise in valley" },
        { "http://example.com/a/b?q=some-slug-in-query", "" },
        { "http://example.com/tech-news/hardware/deal-McDonalds-iPhone-news", "tech deal" },
    };

    [Theory]
    [MemberData(nameof(Slugs))]
    public void Slug_words_skip_host_sections_ids_and_path_words(string url, string expected)
    {
        var words = new List<string>();
        var from = 0;
        while (UrlSlugScanner.TryNext(url, from, out var start, out var end))
        {
            Assert.InRange(start, from, end - 1);
            words.Add(url[start..end]);
            from = end;
        }

        Assert.Equal(expected, string.Join(' ', words));
    }
}
