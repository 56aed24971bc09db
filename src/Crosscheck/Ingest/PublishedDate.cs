using Crosscheck.Model;

namespace Crosscheck.Ingest;

/// <summary>
/// Reads a record's publication date field: a value that does not parse is a warning naming the
/// field and the value (the date is then inferred later), never a reason to skip the record.
/// </summary>
internal static class PublishedDate
{
    private const int MaxQuoted = 60;

    public delegate bool Parser(string value, out DateTimeOffset date);

    /// <param name="value">the field's text, or null when the record has none</param>
    /// <param name="parse">the source format's date parser</param>
    /// <param name="what">names the record and field in the message, e.g. "feed item 3: date"</param>
    /// <param name="expected">the formats the parser accepts, e.g. "RFC 822 or ISO 8601 date"</param>
    public static DateTimeOffset? Read(
        string? value, Parser parse, string what, string expected, DiagnosticLocation location, List<IngestItem> output)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (parse(value, out var date))
        {
            return date;
        }

        var quoted = value.Length <= MaxQuoted ? value : value[..MaxQuoted];
        output.Add(IngestItem.Of(new Diagnostic(DiagnosticCodes.NoDate, Severity.Warning,
            $"{what} \"{quoted}\" is not a recognised {expected}; ignored, the date will be inferred", location)));
        return null;
    }
}
