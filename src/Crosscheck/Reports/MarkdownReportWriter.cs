using System.Globalization;
using Crosscheck.Model;

namespace Crosscheck.Reports;

/// <summary>
/// Renders a <see cref="StoryReport"/> as Markdown (GFM tables): headline, cited summary,
/// conflicts, single-source claims, compatible and corroborated facts, timeline, entities,
/// families, the source × fact matrix and the numbered sources. Article-derived text is escaped.
/// </summary>
public static class MarkdownReportWriter
{
    public const string StageId = "reports.markdown/1";

    public static void Write(StoryReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var findings = report.Findings;

        output.WriteLine("# " + MarkdownText.Escape(report.Headline));
        output.WriteLine();
        output.WriteLine($"Story `{report.Id.Value}`: {ReportLabels.Count(report.Sources.Count, "source")} in " +
            $"{ReportLabels.Count(findings.Families.Count, "independent family", "independent families")}; " +
            $"{ReportLabels.Count(report.Conflicts.Count, "conflict")}, {ReportLabels.Count(report.SingleSourceClaims.Count, "single-source claim")}, " +
            $"{ReportLabels.Count(report.SettledFacts.Count, "settled fact")}.");
        output.WriteLine();

        output.WriteLine("## Summary");
        output.WriteLine();
        foreach (var sentence in findings.Summary)
        {
            output.WriteLine("- " + MarkdownText.Escape(sentence.Text) + " " + Cite(report, sentence.ArticleIds));
        }

        EndList(output, findings.Summary.Count);

        output.WriteLine("## Conflicts");
        output.WriteLine();
        foreach (var fact in report.Conflicts)
        {
            output.WriteLine($"### {MarkdownText.Escape(fact.Subject)} ({ReportLabels.Kind(fact.Kind)})");
            output.WriteLine();
            output.WriteLine(MarkdownText.Escape(fact.Explanation));
            output.WriteLine();
            foreach (var variant in fact.Variants)
            {
                output.WriteLine($"- **{MarkdownText.Escape(variant.Value)}** per {Cite(report, variant.Sources)}");
                WriteQuotes(report, variant.Sources, output);
            }

            output.WriteLine();
        }

        NoneIfEmpty(output, report.Conflicts.Count);

        output.WriteLine("## Single-source claims");
        output.WriteLine();
        foreach (var fact in report.SingleSourceClaims)
        {
            foreach (var variant in fact.Variants)
            {
                output.WriteLine($"- **{MarkdownText.Escape(fact.Subject)}** ({ReportLabels.Kind(fact.Kind)}): " +
                    $"{MarkdownText.Escape(variant.Value)} {Cite(report, variant.Sources)}. {MarkdownText.Escape(fact.Explanation)}");
                WriteQuotes(report, variant.Sources, output);
            }
        }

        EndList(output, report.SingleSourceClaims.Count);

        output.WriteLine("## Compatible and corroborated facts");
        output.WriteLine();
        if (report.SettledFacts.Count > 0)
        {
            output.WriteLine("| Status | Kind | Subject | Value | Sources | Independent sources | Why |");
            output.WriteLine("| --- | --- | --- | --- | --- | ---: | --- |");
            foreach (var fact in report.SettledFacts)
            {
                var values = string.Join("; ", fact.Variants.Select(v => MarkdownText.Escape(v.Value)));
                output.WriteLine($"| {ReportLabels.Status(fact.Status)} | {ReportLabels.Kind(fact.Kind)} | " +
                    $"{MarkdownText.Escape(fact.Subject)} | {values} | {Cite(report, fact.Variants.SelectMany(v => v.Sources))} | " +
                    $"{fact.IndependentSources.ToString(CultureInfo.InvariantCulture)} | {MarkdownText.Escape(fact.Explanation)} |");
            }

            output.WriteLine();
        }

        NoneIfEmpty(output, report.SettledFacts.Count);

        output.WriteLine("## Timeline");
        output.WriteLine();
        foreach (var entry in findings.Timeline)
        {
            output.WriteLine($"- **{entry.Date}**: {MarkdownText.Escape(entry.Text)} {Cite(report, entry.Sources)}");
        }

        EndList(output, findings.Timeline.Count);

        output.WriteLine("## Entities");
        output.WriteLine();
        foreach (var entity in findings.Entities)
        {
            var line = $"- **{MarkdownText.Escape(entity.Name)}** ({ReportLabels.Entity(entity.Kind)})";
            if (entity.Aliases.Count > 0)
            {
                line += "; also: " + string.Join(", ", entity.Aliases.Select(MarkdownText.Escape));
            }

            if (entity.Titles.Count > 0)
            {
                line += "; titles: " + string.Join(", ", entity.Titles.Select(MarkdownText.Escape));
            }

            output.WriteLine(line + " " + Cite(report, entity.ArticleIds));
        }

        EndList(output, findings.Entities.Count);

        output.WriteLine("## Families (wire copies)");
        output.WriteLine();
        output.WriteLine("Articles in one family share one text and count as one independent source.");
        output.WriteLine();
        foreach (var family in findings.Families)
        {
            var origin = family.Origin is { } o ? " from " + MarkdownText.Escape(o) : "";
            output.WriteLine($"- `{family.Id.Value}`{origin}: {ReportLabels.Count(family.ArticleIds.Count, "article")} " +
                Cite(report, family.ArticleIds));
        }

        EndList(output, findings.Families.Count);

        WriteComparison(report, output);
        WriteMatrix(report, output);

        output.WriteLine("## Sources");
        output.WriteLine();
        foreach (var source in report.Sources)
        {
            output.WriteLine($"{source.Number.ToString(CultureInfo.InvariantCulture)}. {DescribeSource(source)}");
        }

        EndList(output, report.Sources.Count);
    }

    private static void WriteComparison(StoryReport report, TextWriter output)
    {
        output.WriteLine("## What each source adds and omits");
        output.WriteLine();
        foreach (var comparison in report.Comparison)
        {
            var only = comparison.OnlyHere.Count == 0 ? "nothing" : string.Join("; ", comparison.OnlyHere.Select(f => MarkdownText.Escape(f.Subject)));
            var omits = comparison.Omits.Count == 0 ? "nothing" : string.Join("; ", comparison.Omits.Select(f => MarkdownText.Escape(f.Subject)));
            output.WriteLine($"- {Cite(report, [comparison.ArticleId])} only here: {only}. Omits settled facts: {omits}.");
        }

        EndList(output, report.Comparison.Count);
    }

    private static void WriteMatrix(StoryReport report, TextWriter output)
    {
        output.WriteLine("## Source × fact matrix");
        output.WriteLine();
        if (report.Matrix.Count == 0 || report.Sources.Count == 0)
        {
            NoneIfEmpty(output, 0);
            return;
        }

        output.WriteLine("| Fact | Status | " + string.Join(" | ", report.Sources.Select(s => $"[{s.Number.ToString(CultureInfo.InvariantCulture)}]")) + " |");
        output.WriteLine("| --- | --- | " + string.Concat(Enumerable.Repeat("--- | ", report.Sources.Count)).TrimEnd());
        foreach (var row in report.Matrix)
        {
            var cells = row.VariantsBySource.Select(variants => variants.Count == 0
                ? "·"
                : string.Join("; ", variants.Select(v => MarkdownText.Escape(row.Fact.Variants[v].Value))));
            output.WriteLine($"| {MarkdownText.Escape(row.Fact.Subject)} | {ReportLabels.Status(row.Fact.Status)} | " +
                string.Join(" | ", cells) + " |");
        }

        output.WriteLine();
    }

    private static void WriteQuotes(StoryReport report, IReadOnlyList<SourceRef> references, TextWriter output)
    {
        foreach (var (source, quote) in report.DistinctQuotes(references))
        {
            output.WriteLine($"  > {MarkdownText.Escape(quote)} — [{source.Number.ToString(CultureInfo.InvariantCulture)}] " +
                MarkdownText.Escape(source.Outlet ?? source.Title));
        }
    }

    private static string DescribeSource(ReportSource source)
    {
        var parts = new List<string> { source.Outlet is { } outlet ? "**" + MarkdownText.Escape(outlet) + "**" : "**unknown outlet**" };
        parts.Add("*" + MarkdownText.Escape(source.Title) + "*");
        if (source.Url is { } url)
        {
            parts.Add(MarkdownText.Escape(url));
        }

        parts.Add(source.Published is { } date
            ? ReportLabels.Date(date) + (source.PublishedInferred ? " (inferred)" : "")
            : "undated");
        if (source.FamilyId is { } family)
        {
            parts.Add($"family `{family.Value}`" + (source.FamilyOrigin is { } origin ? " (" + MarkdownText.Escape(origin) + ")" : ""));
        }

        return string.Join(" — ", parts);
    }

    // "[1][3]" renders literally: the report defines no link references, and article text
    // cannot add one because its brackets are escaped.
    private static string Cite(StoryReport report, IEnumerable<ArticleId> ids) =>
        ReportLabels.Citations(report.CitationNumbers(ids));

    private static string Cite(StoryReport report, IEnumerable<SourceRef> references) =>
        ReportLabels.Citations(report.CitationNumbers(references));

    /// <summary>Ends a list section: "_None._" when it was empty, then the blank line that closes it.</summary>
    private static void EndList(TextWriter output, int count)
    {
        if (count == 0)
        {
            output.WriteLine("_None._");
        }

        output.WriteLine();
    }

    /// <summary>For sections whose blocks already end with a blank line.</summary>
    private static void NoneIfEmpty(TextWriter output, int count)
    {
        if (count == 0)
        {
            output.WriteLine("_None._");
            output.WriteLine();
        }
    }
}
