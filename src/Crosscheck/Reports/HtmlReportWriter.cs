using System.Globalization;
using Crosscheck.Model;

namespace Crosscheck.Reports;

/// <summary>
/// Renders a <see cref="StoryReport"/> as one self-contained HTML5 page: inline CSS, no scripts,
/// no external styles, fonts or images. Same sections as the Markdown report; fact statuses are
/// badges with colour and text. All article-derived text goes through <see cref="HtmlText.Escape"/>.
/// </summary>
public static class HtmlReportWriter
{
    public const string StageId = "reports.html/1";

    private const string Css = """
        :root { color-scheme: light; --fg: #1d1f23; --muted: #5b6270; --line: #d9dde3; --bg: #fdfdfc; }
        body { margin: 0; background: var(--bg); color: var(--fg);
               font: 17px/1.6 Georgia, "Times New Roman", serif; }
        main { max-width: 60rem; margin: 0 auto; padding: 2rem 1.25rem 4rem; }
        h1 { font-size: 2rem; line-height: 1.2; margin: 0 0 .5rem; }
        h2 { font: 600 1.2rem/1.3 system-ui, sans-serif; margin: 2.5rem 0 .75rem; padding-bottom: .25rem;
             border-bottom: 1px solid var(--line); }
        h3 { font: 600 1rem/1.3 system-ui, sans-serif; margin: 1.25rem 0 .25rem; }
        .meta, .why, .none { color: var(--muted); }
        .none { font-style: italic; }
        blockquote { margin: .25rem 0 .5rem 1rem; padding-left: .75rem; border-left: 3px solid var(--line); color: #333; }
        cite { font-style: normal; color: var(--muted); font-size: .9em; }
        sup a, a.cite { text-decoration: none; }
        table { border-collapse: collapse; width: 100%; font: 14px/1.4 system-ui, sans-serif; margin: .5rem 0; }
        th, td { border: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; }
        th { background: #f1f3f5; }
        td.silent { color: #aab; text-align: center; }
        .badge { display: inline-block; font: 600 12px/1 system-ui, sans-serif; padding: .3em .55em; border-radius: 1em;
                 color: #fff; white-space: nowrap; }
        .badge.conflicting { background: #b42318; }
        .badge.single-source { background: #b54708; }
        .badge.compatible { background: #175cd3; }
        .badge.corroborated { background: #067647; }
        .variant { margin: .25rem 0; }
        code { font-size: .85em; }
        """;

    public static void Write(StoryReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var findings = report.Findings;
        var e = (Func<string?, string>)HtmlText.Escape;

        output.WriteLine("<!DOCTYPE html>");
        output.WriteLine("<html lang=\"en\">");
        output.WriteLine("<head>");
        output.WriteLine("<meta charset=\"utf-8\">");
        output.WriteLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        output.WriteLine("<meta name=\"referrer\" content=\"no-referrer\">");
        output.WriteLine($"<title>{e(report.Headline)}</title>");
        output.WriteLine("<style>");
        output.WriteLine(Css);
        output.WriteLine("</style>");
        output.WriteLine("</head>");
        output.WriteLine("<body>");
        output.WriteLine("<main>");
        output.WriteLine($"<h1>{e(report.Headline)}</h1>");
        output.WriteLine($"<p class=\"meta\">Story <code>{e(report.Id.Value)}</code>: {ReportLabels.Count(report.Sources.Count, "source")} in " +
            $"{ReportLabels.Count(findings.Families.Count, "independent family", "independent families")}; " +
            $"{ReportLabels.Count(report.Conflicts.Count, "conflict")}, {ReportLabels.Count(report.SingleSourceClaims.Count, "single-source claim")}, " +
            $"{ReportLabels.Count(report.SettledFacts.Count, "settled fact")}.</p>");

        Section(output, "summary", "Summary", findings.Summary.Count);
        if (findings.Summary.Count > 0)
        {
            output.WriteLine("<ul>");
            foreach (var sentence in findings.Summary)
            {
                output.WriteLine($"<li>{e(sentence.Text)} {Cite(report, report.CitationNumbers(sentence.ArticleIds))}</li>");
            }

            output.WriteLine("</ul>");
        }

        Section(output, "conflicts", "Conflicts", report.Conflicts.Count);
        foreach (var fact in report.Conflicts)
        {
            output.WriteLine($"<h3>{Badge(fact.Status)} {e(fact.Subject)} <span class=\"meta\">({ReportLabels.Kind(fact.Kind)})</span></h3>");
            output.WriteLine($"<p class=\"why\">{e(fact.Explanation)}</p>");
            foreach (var variant in fact.Variants)
            {
                output.WriteLine($"<div class=\"variant\"><strong>{e(variant.Value)}</strong> per {Cite(report, report.CitationNumbers(variant.Sources))}</div>");
                WriteQuotes(report, variant.Sources, output);
            }
        }

        Section(output, "single-source", "Single-source claims", report.SingleSourceClaims.Count);
        foreach (var fact in report.SingleSourceClaims)
        {
            foreach (var variant in fact.Variants)
            {
                output.WriteLine($"<div class=\"variant\">{Badge(fact.Status)} <strong>{e(fact.Subject)}</strong> " +
                    $"({ReportLabels.Kind(fact.Kind)}): {e(variant.Value)} {Cite(report, report.CitationNumbers(variant.Sources))} " +
                    $"<span class=\"why\">{e(fact.Explanation)}</span></div>");
                WriteQuotes(report, variant.Sources, output);
            }
        }

        Section(output, "settled", "Compatible and corroborated facts", report.SettledFacts.Count);
        if (report.SettledFacts.Count > 0)
        {
            output.WriteLine("<table>");
            output.WriteLine("<thead><tr><th>Status</th><th>Kind</th><th>Subject</th><th>Value</th><th>Sources</th><th>Independent sources</th><th>Why</th></tr></thead>");
            output.WriteLine("<tbody>");
            foreach (var fact in report.SettledFacts)
            {
                var values = string.Join("; ", fact.Variants.Select(v => e(v.Value)));
                output.WriteLine($"<tr><td>{Badge(fact.Status)}</td><td>{ReportLabels.Kind(fact.Kind)}</td><td>{e(fact.Subject)}</td>" +
                    $"<td>{values}</td><td>{Cite(report, report.CitationNumbers(fact.Variants.SelectMany(v => v.Sources)))}</td>" +
                    $"<td>{N(fact.IndependentSources)}</td><td>{e(fact.Explanation)}</td></tr>");
            }

            output.WriteLine("</tbody>");
            output.WriteLine("</table>");
        }

        Section(output, "timeline", "Timeline", findings.Timeline.Count);
        if (findings.Timeline.Count > 0)
        {
            output.WriteLine("<ul>");
            foreach (var entry in findings.Timeline)
            {
                output.WriteLine($"<li><time>{e(entry.Date.ToString())}</time>: {e(entry.Text)} {Cite(report, report.CitationNumbers(entry.Sources))}</li>");
            }

            output.WriteLine("</ul>");
        }

        Section(output, "entities", "Entities", findings.Entities.Count);
        if (findings.Entities.Count > 0)
        {
            output.WriteLine("<ul>");
            foreach (var entity in findings.Entities)
            {
                var line = $"<li><strong>{e(entity.Name)}</strong> <span class=\"meta\">({ReportLabels.Entity(entity.Kind)})</span>";
                if (entity.Aliases.Count > 0)
                {
                    line += "; also: " + string.Join(", ", entity.Aliases.Select(a => e(a)));
                }

                if (entity.Titles.Count > 0)
                {
                    line += "; titles: " + string.Join(", ", entity.Titles.Select(t => e(t)));
                }

                output.WriteLine(line + " " + Cite(report, report.CitationNumbers(entity.ArticleIds)) + "</li>");
            }

            output.WriteLine("</ul>");
        }

        Section(output, "families", "Families (wire copies)", findings.Families.Count);
        if (findings.Families.Count > 0)
        {
            output.WriteLine("<p class=\"meta\">Articles in one family share one text and count as one independent source.</p>");
            output.WriteLine("<ul>");
            foreach (var family in findings.Families)
            {
                var origin = family.Origin is { } o ? " from " + e(o) : "";
                output.WriteLine($"<li><code>{e(family.Id.Value)}</code>{origin}: {ReportLabels.Count(family.ArticleIds.Count, "article")} " +
                    Cite(report, report.CitationNumbers(family.ArticleIds)) + "</li>");
            }

            output.WriteLine("</ul>");
        }

        WriteComparison(report, output);
        WriteMatrix(report, output);

        Section(output, "sources", "Sources", report.Sources.Count);
        if (report.Sources.Count > 0)
        {
            output.WriteLine("<ol>");
            foreach (var source in report.Sources)
            {
                output.WriteLine($"<li id=\"src-{N(source.Number)}\">{DescribeSource(source)}</li>");
            }

            output.WriteLine("</ol>");
        }

        output.WriteLine("</main>");
        output.WriteLine("</body>");
        output.WriteLine("</html>");
    }

    private static void WriteComparison(StoryReport report, TextWriter output)
    {
        Section(output, "comparison", "What each source adds and omits", report.Comparison.Count);
        if (report.Comparison.Count == 0)
        {
            return;
        }

        output.WriteLine("<ul>");
        foreach (var comparison in report.Comparison)
        {
            var only = comparison.OnlyHere.Count == 0 ? "nothing" : string.Join("; ", comparison.OnlyHere.Select(f => HtmlText.Escape(f.Subject)));
            var omits = comparison.Omits.Count == 0 ? "nothing" : string.Join("; ", comparison.Omits.Select(f => HtmlText.Escape(f.Subject)));
            output.WriteLine($"<li>{Cite(report, report.CitationNumbers([comparison.ArticleId]))} <strong>only here:</strong> {only}. " +
                $"<strong>Omits settled facts:</strong> {omits}.</li>");
        }

        output.WriteLine("</ul>");
    }

    private static void WriteMatrix(StoryReport report, TextWriter output)
    {
        var empty = report.Matrix.Count == 0 || report.Sources.Count == 0;
        Section(output, "matrix", "Source × fact matrix", empty ? 0 : report.Matrix.Count);
        if (empty)
        {
            return;
        }

        output.WriteLine("<table>");
        output.Write("<thead><tr><th>Fact</th><th>Status</th>");
        foreach (var source in report.Sources)
        {
            output.Write($"<th title=\"{HtmlText.Escape(source.Outlet ?? source.Title)}\">{Cite(report, [source.Number])}</th>");
        }

        output.WriteLine("</tr></thead>");
        output.WriteLine("<tbody>");
        foreach (var row in report.Matrix)
        {
            output.Write($"<tr><td>{HtmlText.Escape(row.Fact.Subject)}</td><td>{Badge(row.Fact.Status)}</td>");
            foreach (var variants in row.VariantsBySource)
            {
                output.Write(variants.Count == 0
                    ? "<td class=\"silent\">·</td>"
                    : "<td>" + string.Join("; ", variants.Select(v => HtmlText.Escape(row.Fact.Variants[v].Value))) + "</td>");
            }

            output.WriteLine("</tr>");
        }

        output.WriteLine("</tbody>");
        output.WriteLine("</table>");
    }

    private static void WriteQuotes(StoryReport report, IReadOnlyList<SourceRef> references, TextWriter output)
    {
        foreach (var (source, quote) in report.DistinctQuotes(references))
        {
            output.WriteLine($"<blockquote>{HtmlText.Escape(ReportLabels.OneLine(quote))} " +
                $"<cite>{Cite(report, [source.Number])} {HtmlText.Escape(source.Outlet ?? source.Title)}</cite></blockquote>");
        }
    }

    private static string DescribeSource(ReportSource source)
    {
        var title = HtmlText.Escape(source.Title);
        var parts = new List<string>
        {
            "<strong>" + (source.Outlet is { } outlet ? HtmlText.Escape(outlet) : "unknown outlet") + "</strong>",
            HtmlText.IsWebUrl(source.Url)
                ? $"<a href=\"{HtmlText.Escape(source.Url)}\" rel=\"noopener noreferrer\">{title}</a>"
                : "<em>" + title + "</em>" + (source.Url is { } url ? " <code>" + HtmlText.Escape(url) + "</code>" : ""),
            source.Published is { } date
                ? "<time>" + ReportLabels.Date(date) + "</time>" + (source.PublishedInferred ? " (inferred)" : "")
                : "undated",
        };
        if (source.FamilyId is { } family)
        {
            parts.Add("family <code>" + HtmlText.Escape(family.Value) + "</code>" +
                (source.FamilyOrigin is { } origin ? " (" + HtmlText.Escape(origin) + ")" : ""));
        }

        return string.Join(" — ", parts);
    }

    private static string Badge(FactStatus status)
    {
        var label = ReportLabels.Status(status);
        return $"<span class=\"badge {label}\">{label}</span>";
    }

    private static string Cite(StoryReport report, IReadOnlyList<int> numbers) =>
        string.Concat(numbers.Select(n => $"<a class=\"cite\" href=\"#src-{N(n)}\">[{N(n)}]</a>"));

    private static void Section(TextWriter output, string id, string title, int count)
    {
        output.WriteLine($"<h2 id=\"{id}\">{title}</h2>");
        if (count == 0)
        {
            output.WriteLine("<p class=\"none\">None.</p>");
        }
    }

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}
