using Crosscheck.Stories;

namespace Crosscheck.Tests.Stories;

public sealed class HeadlineAffixTrimmerTests
{
    public static TheoryData<string, string?, string?, string> Headlines => new()
    {
        { "Council approves new bridge budget - KXYZ 12 Riverton News", "https://www.kxyz.com/story/1", null, "Council approves new bridge budget" },
        { "Port strike enters third day | Daily Courier", "https://example.org/port-strike", "Daily Courier", "Port strike enters third day" },
        { "Port strike enters third day - union says", "https://example.org/port-strike", "Daily Courier", "Port strike enters third day - union says" },
        { "KXYZ: Port strike enters third day", "https://kxyz.com/a", null, "Port strike enters third day" },
        { "Harbour finale: who stays on the island", "https://example.org/a", null, "Harbour finale: who stays on the island" },
        { "Port strike enters third day", null, null, "Port strike enters third day" },
        { "Example - ", "https://example.org/a", null, "Example - " },
    };

    [Theory]
    [MemberData(nameof(Headlines))]
    public void A_segment_naming_the_host_or_outlet_is_trimmed(string title, string? url, string? outlet, string expected)
    {
        var trimmer = new HeadlineAffixTrimmer(2);

        var (start, end) = trimmer.Trim(title, url, outlet);

        Assert.Equal(expected, title[start..end]);
    }

    [Fact]
    public void A_suffix_the_host_repeats_is_learned_and_trimmed_from_then_on()
    {
        var trimmer = new HeadlineAffixTrimmer(2);
        string[] titles =
        [
            "Stocks slip at the open - Market Commentary",
            "Oil edges higher on supply worries - Market Commentary",
            "Gold steady ahead of payrolls - Market  ...",
        ];

        var kept = titles.Select(t => { var (s, e) = trimmer.Trim(t, "http://wire.example/x", null); return t[s..e]; }).ToList();
        var otherHost = trimmer.Trim(titles[2], "http://other.example/x", null);

        Assert.Equal(titles[0], kept[0]);
        Assert.Equal(titles[1], kept[1]);
        Assert.Equal("Gold steady ahead of payrolls", kept[2]);
        Assert.Equal(titles[2].Length, otherHost.End);
    }

    [Fact]
    public void A_repeated_mixed_case_prefix_is_kept_but_a_capitals_rubric_is_learned()
    {
        var trimmer = new HeadlineAffixTrimmer(2);
        const string Url = "http://tv.example/x";
        for (var i = 0; i < 3; i++)
        {
            trimmer.Trim($"Harbour finale: episode {i} recap", Url, null);
            trimmer.Trim($"WATCH: clip number {i}", Url, null);
        }

        var mixed = trimmer.Trim("Harbour finale: who stays", Url, null);
        var rubric = trimmer.Trim("WATCH: crowds gather at the port", Url, null);

        Assert.Equal(0, mixed.Start);
        Assert.Equal("WATCH: ".Length, rubric.Start);
    }
}
