using System.Globalization;
using Crosscheck.Model;
using static Crosscheck.Tests.Extract.ExtractTestKit;

namespace Crosscheck.Tests.Extract;

/// <summary>
/// Publication dates of the development pages whose HTML states one, checked by hand against the
/// page (JSON-LD datePublished, article:published_time and similar metas, the visible dateline, the
/// URL). Dates are the calendar day as the page states it (an ISO time keeps its own offset).
/// The target is at least 90% right; the known miss is listed too, not left out.
/// </summary>
public sealed class DevSetDateTests
{
    /// <summary>Page id prefix → expected publication date.</summary>
    private static readonly Dictionary<string, string> Expected = new(StringComparer.Ordinal)
    {
        ["042bb7b5feda"] = "2019-11-19", // stated in meta or JSON-LD
        ["05844573ca7e"] = "2019-11-20", // stated in meta or JSON-LD
        ["06ee193de4bd"] = "2019-11-20", // stated in meta or JSON-LD
        ["08f793762792"] = "2019-11-19", // stated in meta or JSON-LD
        ["0d46122928b6"] = "2019-11-19", // stated in meta or JSON-LD
        ["0e014df693f1"] = "2014-09-15", // stated in meta or JSON-LD
        ["11ea381ad92b"] = "2010-10-22", // stated in meta or JSON-LD
        ["156770d676ce"] = "2019-11-19", // stated in meta or JSON-LD
        ["1ace8c85aaee"] = "2019-11-19", // stated in meta or JSON-LD
        ["1f765c487806"] = "2019-11-18", // stated in meta or JSON-LD
        ["21486419bb10"] = "2015-03-30", // stated in meta or JSON-LD
        ["23aaecd14171"] = "2018-09-27", // stated in meta or JSON-LD
        ["287e4d9f4af3"] = "2019-11-18", // stated in meta or JSON-LD
        ["2c46804d9db4"] = "2019-11-19", // stated in meta or JSON-LD
        ["30b771a40a4e"] = "2014-06-21", // stated in meta or JSON-LD
        ["33fe2471fd55"] = "2018-09-15", // stated in meta or JSON-LD
        ["358cc4a08045"] = "2018-08-08", // stated in meta or JSON-LD
        ["35b158918c67"] = "2019-11-19", // stated in meta or JSON-LD
        ["374ac9a59a85"] = "2019-11-20", // stated in meta or JSON-LD
        ["3c5bf8db4272"] = "2019-11-19", // stated in meta or JSON-LD
        ["3cb22bfabed8"] = "2019-11-20", // stated in meta or JSON-LD
        ["3ce1c8fdf6ad"] = "2018-02-16", // stated in meta or JSON-LD
        ["3f65af7b6b98"] = "2019-11-19", // stated in meta or JSON-LD
        ["42aad16bde92"] = "2019-11-19", // stated in meta or JSON-LD
        ["4648a420af99"] = "2018-04-09", // stated in meta or JSON-LD
        ["51374560f400"] = "2019-11-19", // stated in meta or JSON-LD
        ["521118842884"] = "2018-10-12", // stated in meta or JSON-LD
        ["57e2e98887a1"] = "2018-07-02", // stated in meta or JSON-LD
        ["5f03fc173ebc"] = "2018-10-07", // stated in meta or JSON-LD
        ["5fa3154ec031"] = "2019-11-18", // stated in meta or JSON-LD
        ["5fbc7ccb504c"] = "2019-11-19", // stated in meta or JSON-LD
        ["624fcd903d56"] = "2019-11-19", // stated in meta or JSON-LD
        ["65ce3a4577a0"] = "2019-11-19", // URL path
        ["686bb170effe"] = "2019-11-18", // stated in meta or JSON-LD
        ["6ebac05f637e"] = "2019-11-18", // stated in meta or JSON-LD
        ["70cb2d5bca75"] = "2019-11-19", // stated in meta or JSON-LD
        ["7837c9d66c81"] = "2015-10-27", // stated in meta or JSON-LD
        ["7916ecca969f"] = "2019-11-20", // stated in meta or JSON-LD
        ["7a664e40d256"] = "2019-11-20", // stated in meta or JSON-LD
        ["7bb1ca903543"] = "2019-11-18", // stated in meta or JSON-LD
        ["7dfc3e359d7c"] = "2019-11-19", // stated in meta or JSON-LD
        ["8267acacb9e4"] = "2019-11-19", // stated in meta or JSON-LD
        ["833caf3bdba5"] = "2019-11-20", // stated in meta or JSON-LD
        ["851498a2b9f4"] = "2019-11-15", // stated in meta or JSON-LD
        ["8634d1211c3f"] = "2019-11-20", // stated in meta or JSON-LD
        ["87bf60570e6e"] = "2019-11-18", // stated in meta or JSON-LD
        ["8b1945303082"] = "2019-11-18", // stated in meta or JSON-LD
        ["8e3efab59f48"] = "2019-11-19", // stated in meta or JSON-LD
        ["94fbcc267720"] = "2018-04-18", // stated in meta or JSON-LD
        ["961bd85ca85a"] = "2019-11-20", // stated in meta or JSON-LD
        ["9cb8224b660f"] = "2019-11-19", // stated in meta or JSON-LD
        ["9e8c9f082a8d"] = "2019-11-18", // URL path
        ["9eef8162bbb6"] = "2019-11-19", // stated in meta or JSON-LD
        ["a1fca19b884e"] = "2019-11-19", // stated in meta or JSON-LD
        ["a860fb5eda1a"] = "2018-10-05", // stated in meta or JSON-LD
        ["aade2ec8d1e7"] = "2019-11-19", // stated in meta or JSON-LD
        ["ac1bfdd4c510"] = "2019-11-19", // stated in meta or JSON-LD
        ["ad826691a8a2"] = "2019-11-18", // stated in meta or JSON-LD
        ["aec5deeaada8"] = "2019-11-20", // stated in meta or JSON-LD
        ["b37be3535e1f"] = "2019-11-18", // stated in meta or JSON-LD
        ["b6906ca016bb"] = "2019-11-18", // URL path
        ["bc13ff87b263"] = "2019-11-18", // stated in meta or JSON-LD
        ["bdb56ac83513"] = "2019-11-15", // URL path
        ["c13b9c0e04fb"] = "2019-11-19", // stated in meta or JSON-LD
        ["c4a3637c6696"] = "2018-10-03", // stated in meta or JSON-LD
        ["c582d3b77257"] = "2018-08-08", // stated in meta or JSON-LD
        ["c81e134ed499"] = "2019-11-20", // URL path
        ["c90731f051d0"] = "2019-11-20", // stated in meta or JSON-LD
        ["cc4aa22b8212"] = "2019-11-18", // stated in meta or JSON-LD
        ["d1c57d7821e5"] = "2019-11-19", // stated in meta or JSON-LD
        ["d605bdef2cde"] = "2019-11-19", // stated in meta or JSON-LD
        ["db6b0816c612"] = "2019-11-20", // stated in meta or JSON-LD
        ["dfd43bc0d46e"] = "2018-02-15", // stated in meta or JSON-LD
        ["e1c7023ee214"] = "2019-11-18", // stated in meta or JSON-LD
        ["e372e42c0a3d"] = "2019-11-20", // stated in meta or JSON-LD
        ["e593d7fe88f9"] = "2019-11-14", // stated in meta or JSON-LD
        ["e7994d550087"] = "2019-11-20", // stated in meta or JSON-LD
        ["ea25dd7edff4"] = "2019-11-18", // stated in meta or JSON-LD
        ["ec3878db7e49"] = "2018-01-29", // stated in meta or JSON-LD
        ["ecb46e3e489d"] = "2019-11-20", // stated in meta or JSON-LD
        ["ef2b3f268a67"] = "2019-11-20", // stated in meta or JSON-LD
        ["f105de6e63ca"] = "2018-08-16", // stated in meta or JSON-LD
        ["f5c90a6d5253"] = "2019-11-19", // stated in meta or JSON-LD
        ["f81c6c05d9cb"] = "2019-11-13", // stated in meta or JSON-LD
        ["fde930b01859"] = "2019-11-19", // stated in meta or JSON-LD
        ["ffc109d474fd"] = "2019-11-19", // stated in meta or JSON-LD
        // Stated only as "01:38:07 PM IST Nov 20, 2019" in JSON-LD: currently missed.
        ["65408257dbe4"] = "2019-11-20",
    };

    [Fact]
    public void At_least_90_percent_of_stated_publication_dates_are_right()
    {
        int right = 0;
        var wrong = new List<string>();
        foreach (var (prefix, expected) in Expected)
        {
            var article = Extractor.Extract(DevPages.Page(prefix).Document!).Article!;
            string? actual = article.Metadata.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            if (actual == expected)
            {
                right++;
            }
            else
            {
                wrong.Add($"{prefix}: expected {expected}, got {actual ?? "none"}");
            }
        }
        Assert.True(right >= Expected.Count * 0.9, $"{right}/{Expected.Count} right; wrong: {string.Join("; ", wrong)}");
    }

    [Theory]
    [InlineData("<meta property=\"article:published_time\" content=\"2091-03-01T10:00:00Z\"><meta name=\"date\" content=\"2019-11-19\">", "2019-11-19")]
    [InlineData("<meta property=\"article:published_time\" content=\"1970-01-01T00:00:00Z\"><meta name=\"date\" content=\"2019-11-19\">", "2019-11-19")]
    [InlineData("<meta name=\"sn-post-date\" content=\"2019/11/19\">", "2019-11-19")]
    [InlineData("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2018-10-12T06:43:54+00:00\",\"dateModified\":\"2019-01-01\"}</script>", "2018-10-12")]
    public void Future_and_pre_1995_dates_are_rejected_and_publication_beats_modification(string head, string expected)
    {
        string html = $"<html><head>{head}</head><body><article><p>{Prose}</p><p>{Prose}</p></article></body></html>";
        var article = ExtractArticle(html, SourceFormat.Html);
        Assert.Equal(expected, article.Metadata.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("https://example.org/politics/2019/nov/18/some-story/", "2019-11-18")]
    [InlineData("https://example.org/tuft-cells-story-20191115/", "2019-11-15")]
    [InlineData("https://example.org/2019/11/20/story.html", "2019-11-20")]
    public void Url_dates_are_read_when_nothing_is_stated(string url, string expected)
    {
        string html = $"<html><head><link rel=\"canonical\" href=\"{url}\"></head><body><article><p>{Prose}</p><p>{Prose}</p></article></body></html>";
        var article = ExtractArticle(html, SourceFormat.Html);
        Assert.Equal(expected, article.Metadata.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    private const string Prose = "The council voted on Tuesday to extend the programme, which supports small farms across the region, for another three years after a review found it had raised incomes.";
}
