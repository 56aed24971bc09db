using Crosscheck.Model;

namespace Crosscheck.Extract;

/// <summary>
/// Applies precedence to metadata findings. Outlet: stated name, else the URL host (or a stated
/// host) via <see cref="OutletDirectory"/> or a readable name, else a copyright or republication
/// notice. Date: stated, else in the URL path, else a date line near the top, else the latest full
/// date written in the text (inferred), else none with a <c>NoDate</c> diagnostic.
/// </summary>
internal static class MetadataResolver
{
    public static ArticleMetadata Resolve(MetadataDraft draft, string text, List<TextSpan> blocks, ChromeKind?[] marks,
        OutletDirectory outlets, DiagnosticLocation location, List<Diagnostic> diagnostics)
    {
        var (outlet, outletEvidence) = ResolveOutlet(draft, text, blocks, marks, outlets);
        var (published, dateEvidence) = ResolveDate(draft, text);
        if (published is null)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.NoDate, Severity.Info,
                "no publication date stated or written in the article; it will be inferred from the story", location));
        }
        return new ArticleMetadata
        {
            Title = draft.Title,
            TitleSpan = draft.TitleSpan,
            Url = draft.Url,
            Outlet = outlet,
            OutletEvidence = outletEvidence,
            Published = published,
            PublishedEvidence = dateEvidence,
            Authors = draft.Authors.ToArray(),
            Agencies = draft.Agencies.ToArray(),
            Language = draft.Language,
        };
    }

    private static (string?, MetadataEvidence) ResolveOutlet(MetadataDraft draft, string text, List<TextSpan> blocks,
        ChromeKind?[] marks, OutletDirectory outlets)
    {
        if (!string.IsNullOrWhiteSpace(draft.StatedOutlet))
        {
            return (draft.StatedOutlet, MetadataEvidence.Stated);
        }
        foreach (string? source in (ReadOnlySpan<string?>)[draft.Url, draft.StatedHost])
        {
            if (source is null)
            {
                continue;
            }
            if (outlets.Lookup(source) is { } known)
            {
                return (known, MetadataEvidence.Url);
            }
            if (OutletDirectory.ReadableName(source) is { } readable)
            {
                return (readable, MetadataEvidence.Url);
            }
        }
        for (int i = blocks.Count - 1; i >= 0; i--)
        {
            bool tail = i >= blocks.Count - 5;
            if ((tail || marks[i] is not null) && LayoutReader.OutletFromNotice(blocks[i].In(text)) is { } noticed)
            {
                return (noticed, MetadataEvidence.Text);
            }
        }
        return (null, MetadataEvidence.None);
    }

    private static (DateOnly?, MetadataEvidence) ResolveDate(MetadataDraft draft, string text)
    {
        var bounds = draft.DateBounds;
        if (draft.StatedDate is { } stated && bounds.Contains(stated))
        {
            return (stated, MetadataEvidence.Stated);
        }
        if (draft.Url is { } url && DateReader.TryFromUrl(url, out var fromUrl) && bounds.Contains(fromUrl))
        {
            return (fromUrl, MetadataEvidence.Url);
        }
        if (draft.TextDate is { } written && bounds.Contains(written))
        {
            return (written, MetadataEvidence.Text);
        }
        DateOnly? latest = null;
        foreach (var d in DateReader.FindAll(text))
        {
            if (bounds.Contains(d) && (latest is null || d > latest))
            {
                latest = d;
            }
        }
        return latest is null ? (null, MetadataEvidence.None) : (latest, MetadataEvidence.Inferred);
    }
}
