using Crosscheck.Ingest;
using Crosscheck.Model;

namespace Crosscheck.Evaluation;

/// <summary>
/// A folder of saved web pages (<c>&lt;id&gt;.html</c> or <c>&lt;id&gt;.html.gz</c>) read into memory
/// and decoded, in ordinal id order. Pages that cannot be decoded keep their diagnostics.
/// </summary>
public sealed class HtmlPageSet
{
    private HtmlPageSet(IReadOnlyList<HtmlPage> pages) => Pages = pages;

    public IReadOnlyList<HtmlPage> Pages { get; }

    /// <summary>The file id: the file name without <c>.html</c>, <c>.htm</c> or <c>.html.gz</c>.</summary>
    public static string FileId(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string name = Path.GetFileName(path);
        foreach (string suffix in (ReadOnlySpan<string>)[".html.gz", ".htm.gz", ".html", ".htm", ".gz"])
        {
            if (name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return name[..^suffix.Length];
            }
        }
        return name;
    }

    /// <summary>True for the file names this set reads.</summary>
    public static bool IsPageFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase)
            || path.EndsWith(".html.gz", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm.gz", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Reads every page file directly inside <paramref name="directory"/>.</summary>
    public static HtmlPageSet Load(string directory, IngestOptions options)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(options);
        var files = Directory.GetFiles(directory).Where(IsPageFile).ToList();
        files.Sort(StringComparer.Ordinal);
        return LoadFiles(files, options);
    }

    /// <summary>Reads the named page files (.html, .htm, .html.gz), keeping their order.</summary>
    public static HtmlPageSet LoadFiles(IReadOnlyList<string> files, IngestOptions options)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(options);
        var reader = new InputReader(options);
        var pages = new List<HtmlPage>(files.Count);
        foreach (string file in files)
        {
            pages.Add(Read(file, reader, options));
        }
        return new HtmlPageSet(pages);
    }

    private static HtmlPage Read(string file, InputReader reader, IngestOptions options)
    {
        string id = FileId(file);
        var location = new DiagnosticLocation(file);
        byte[] bytes;
        try
        {
            var info = new FileInfo(file);
            if (info.Length > options.MaxBytes)
            {
                return new HtmlPage(id, null, [new Diagnostic(DiagnosticCodes.TooLarge, Severity.Error,
                    $"file is {info.Length} bytes, over the {options.MaxBytes}-byte limit; skipped", location)]);
            }
            bytes = File.ReadAllBytes(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new HtmlPage(id, null, [new Diagnostic(DiagnosticCodes.Unreadable, Severity.Error,
                $"file cannot be read ({ex.Message}); skipped, check that it exists and is readable", location)]);
        }
        if (InputReader.IsGzipName(file))
        {
            var (plain, problem) = InputReader.Gunzip(bytes, options.MaxBytes, location);
            if (problem is not null)
            {
                return new HtmlPage(id, null, [problem]);
            }
            bytes = plain!;
        }
        RawDocument? document = null;
        var diagnostics = new List<Diagnostic>();
        foreach (var item in reader.DecodeBytes(file, bytes))
        {
            if (item.Document is { } d)
            {
                document ??= d;
            }
            else if (item.Diagnostic is { } diagnostic)
            {
                diagnostics.Add(diagnostic);
            }
        }
        return new HtmlPage(id, document, diagnostics);
    }
}
