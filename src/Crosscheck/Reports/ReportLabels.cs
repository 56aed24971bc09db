using System.Globalization;
using Crosscheck.Model;

namespace Crosscheck.Reports;

/// <summary>The words every report uses for statuses, kinds and dates, so all formats agree.</summary>
internal static class ReportLabels
{
    public static string Status(FactStatus status) => status switch
    {
        FactStatus.Corroborated => "corroborated",
        FactStatus.SingleSource => "single-source",
        FactStatus.Conflicting => "conflicting",
        FactStatus.Compatible => "compatible",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static string Kind(FactKind kind) => kind switch
    {
        FactKind.Quantity => "quantity",
        FactKind.Date => "date",
        FactKind.Event => "event",
        FactKind.Quote => "quote",
        FactKind.Naming => "naming",
        FactKind.Attribute => "attribute",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string Entity(EntityKind kind) => kind switch
    {
        EntityKind.Person => "person",
        EntityKind.Organization => "organization",
        EntityKind.Place => "place",
        EntityKind.Other => "other",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string Precision(DatePrecision precision) => precision switch
    {
        DatePrecision.Day => "day",
        DatePrecision.Month => "month",
        DatePrecision.Year => "year",
        DatePrecision.Range => "range",
        DatePrecision.Vague => "vague",
        _ => throw new ArgumentOutOfRangeException(nameof(precision), precision, null),
    };

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>"[1][3]" for citation numbers 1 and 3.</summary>
    public static string Citations(IReadOnlyList<int> numbers) =>
        string.Concat(numbers.Select(n => "[" + n.ToString(CultureInfo.InvariantCulture) + "]"));

    /// <summary>"1 source", "3 sources": a count with its noun.</summary>
    public static string Count(int n, string singular, string? plural = null) =>
        n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? singular : plural ?? singular + "s");

    /// <summary>Collapses line breaks and runs of white space to single spaces, for one-line output.</summary>
    public static string OneLine(string text) => WhitespaceFolding.Collapse(text);
}
