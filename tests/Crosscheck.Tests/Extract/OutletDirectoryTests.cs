using Crosscheck.Extract;

namespace Crosscheck.Tests.Extract;

public sealed class OutletDirectoryTests
{
    [Theory]
    [InlineData("https://www.reuters.com/world/x", "Reuters")]
    [InlineData("apnews.com", "AP (Associated Press)")]
    [InlineData("https://edition.cnn.com/2022/01/01/x.html", "CNN")]
    [InlineData("https://english.alarabiya.net/News/x", "Al Arabiya")]
    [InlineData("https://www.bbc.co.uk/news/x", "BBC")]
    public void Known_hosts_and_subdomains_are_found(string url, string outlet) =>
        Assert.Equal(outlet, OutletDirectory.Default.Lookup(url));

    [Theory]
    [InlineData("https://www.daily-harbour-star.co.uk/news", "Daily Harbour Star")]
    [InlineData("https://lakesidegazette.com/a/b", "Lakeside Gazette")]
    [InlineData("news.valleytimes.org", "Valley Times")]
    [InlineData("https://www.theharbourtimes.com/2021/x", "The Harbour Times")]
    [InlineData("https://timesofkelm.in/x", "Times of Kelm")]
    [InlineData("https://www.ktpost.com/x", "KT Post")]
    [InlineData("https://dailynews24.net/x", "Daily News24")]
    [InlineData("https://www.valdoriaobserver.org/x", "Valdoria Observer")]
    [InlineData("https://www.brevianordkelm.com/x", "Brevianordkelm")]
    [InlineData("https://xpost.com/x", "Xpost")]
    [InlineData("https://www.kbssports.com/x", "KBS Sports")]
    [InlineData("https://arbosports.com/x", "Arbo Sports")]
    [InlineData("https://kelmvalleyherald.com/x", "Kelmvalley Herald")]
    public void Unknown_hosts_get_a_readable_name(string url, string name)
    {
        Assert.Null(OutletDirectory.Default.Lookup(url));
        Assert.Equal(name, OutletDirectory.ReadableName(url));
    }

    [Fact]
    public void User_file_is_merged_over_the_default()
    {
        string path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, """{ "lakesidegazette.com": "Lakeside Gazette", "reuters.com": "Reuters News" }""");
            var merged = OutletDirectory.Default.WithUserFile(path);
            Assert.Equal("Lakeside Gazette", merged.Lookup("https://www.lakesidegazette.com/x"));
            Assert.Equal("Reuters News", merged.Lookup("reuters.com"));
            Assert.Equal("BBC", merged.Lookup("bbc.com"));
            Assert.True(OutletDirectory.Default.Count >= 80);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
