using Crosscheck.Reports;
using Crosscheck.Tests.Storage;

namespace Crosscheck.Tests.Reports;

public sealed class MarkdownReportWriterTests
{
    private static string Render(StoryReport report)
    {
        using var writer = new StringWriter();
        MarkdownReportWriter.Write(report, writer);
        return writer.ToString();
    }

    [Fact]
    public void Sections_come_in_order_with_conflicts_before_corroborated_facts()
    {
        var markdown = Render(StoryReport.Create(TestCorpus.Story(), TestCorpus.Articles));

        string[] headings =
        [
            "# Landslide buries 14 homes in Tarrowby", "## Summary", "## Conflicts", "## Single-source claims",
            "## Compatible and corroborated facts", "## Timeline", "## Entities", "## Families (wire copies)",
            "## Source × fact matrix", "## Sources",
        ];
        var positions = headings.Select(h => markdown.IndexOf("\n" + h + "\n", StringComparison.Ordinal) + 1).ToList();
        Assert.StartsWith(headings[0] + "\n", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain(0, positions.Skip(1));
        Assert.Equal(positions.Order(), positions);

        var conflict = markdown.IndexOf("### people killed", StringComparison.Ordinal);
        var corroborated = markdown.IndexOf("| corroborated |", StringComparison.Ordinal);
        Assert.InRange(conflict, 0, corroborated);
        Assert.True(markdown.IndexOf("| compatible |", StringComparison.Ordinal) < corroborated);
    }

    [Fact]
    public void Summary_cites_numbered_sources_and_conflicts_quote_both_sides()
    {
        var markdown = Render(StoryReport.Create(TestCorpus.Story(), TestCorpus.Articles));

        Assert.Contains("- A landslide buried 14 homes in Tarrowby. [1][2]", markdown, StringComparison.Ordinal);
        Assert.Contains("1. **Northern Ledger** — *Landslide buries homes in Tarrowby* — https://ledger.example/news/landslide — 2026-03-11", markdown, StringComparison.Ordinal);
        Assert.Contains("3. **Coast Herald** — *Five dead as landslide hits Tarrowby* — undated", markdown, StringComparison.Ordinal);
        Assert.Contains("- **3** per [1]", markdown, StringComparison.Ordinal);
        Assert.Contains("- **5** per [2][3]", markdown, StringComparison.Ordinal);
        Assert.Contains("  > At least 3 people were killed — [1] Northern Ledger", markdown, StringComparison.Ordinal);
        Assert.Contains("  > killed 5 people — [3] Coast Herald", markdown, StringComparison.Ordinal);
        Assert.Contains("- **Ines Marlow** (person); also: Marlow; titles: Director [1][2][3]", markdown, StringComparison.Ordinal);
        Assert.Contains("from AP: 2 articles [2][3]", markdown, StringComparison.Ordinal);
        Assert.Contains("| people killed | conflicting | 3 | 5 | 5 |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Ines Marlow | single-source | We are still digging | · | · |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Article_text_cannot_break_tables_or_inject_html()
    {
        var markdown = Render(HostileCorpus.Report());

        Assert.DoesNotContain("<script>", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", markdown, StringComparison.Ordinal);
        Assert.Contains("14 homes \\| were &lt;b&gt;flooded&lt;/b&gt;", markdown, StringComparison.Ordinal);
        // Every table row keeps its column count: no unescaped pipe from article text.
        var matrixRows = markdown.Split('\n').SkipWhile(l => !l.StartsWith("## Source × fact matrix", StringComparison.Ordinal))
            .Where(l => l.StartsWith('|')).ToList();
        Assert.NotEmpty(matrixRows);
        Assert.All(matrixRows, row => Assert.Equal(4, row.Replace("\\|", "", StringComparison.Ordinal).Count(c => c == '|')));
    }
}
