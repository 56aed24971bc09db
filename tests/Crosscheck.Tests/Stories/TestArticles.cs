using Crosscheck.Model;

namespace Crosscheck.Tests.Stories;

/// <summary>Builds annotated articles by hand: a title line, body paragraphs and tagged names.</summary>
internal static class TestArticles
{
    /// <summary>
    /// An article whose text is the title, a blank line, then the paragraphs separated by blank lines.
    /// Every occurrence of each name in <paramref name="entities"/> becomes an entity mention.
    /// </summary>
    public static AnnotatedArticle Make(
        string key,
        string? title,
        IReadOnlyList<string> paragraphs,
        DateOnly? published = null,
        IReadOnlyList<string>? agencies = null,
        IReadOnlyList<(string Name, EntityKind Kind)>? entities = null,
        IReadOnlyList<(string Name, string Title)>? titles = null)
    {
        var text = (title is null ? "" : title + "\n\n") + string.Join("\n\n", paragraphs);
        var body = new List<TextSpan>();
        var at = title is null ? 0 : title.Length + 2;
        foreach (var paragraph in paragraphs)
        {
            body.Add(new TextSpan(at, at + paragraph.Length));
            at += paragraph.Length + 2;
        }

        var hash = ContentHash.Of(key);
        var article = new Article
        {
            Id = ArticleId.FromContentHash(hash),
            SourcePath = key + ".txt",
            Format = SourceFormat.Text,
            ContentHash = hash,
            Text = text,
            Body = body,
            Metadata = new ArticleMetadata
            {
                Title = title,
                TitleSpan = title is null ? null : new TextSpan(0, title.Length),
                Published = published,
                PublishedEvidence = published is null ? MetadataEvidence.None : MetadataEvidence.Stated,
                Agencies = agencies ?? [],
            },
        };
        return new AnnotatedArticle(article) { Entities = Mentions(text, entities ?? [], titles ?? []) };
    }

    /// <summary>A headline-only article (no body paragraphs beyond the title line itself).</summary>
    public static AnnotatedArticle Headline(string key, string headline, DateOnly? published = null) =>
        Make(key, headline, [headline], published);

    private static List<EntityMention> Mentions(
        string text, IReadOnlyList<(string Name, EntityKind Kind)> entities, IReadOnlyList<(string Name, string Title)> titles)
    {
        var mentions = new List<EntityMention>();
        foreach (var (name, kind) in entities)
        {
            for (var i = text.IndexOf(name, StringComparison.Ordinal); i >= 0; i = text.IndexOf(name, i + name.Length, StringComparison.Ordinal))
            {
                var span = new TextSpan(i, i + name.Length);
                if (mentions.Exists(m => m.Span.Overlaps(span)))
                {
                    continue;
                }

                string? title = null;
                foreach (var (titled, t) in titles)
                {
                    if (titled == name && i >= t.Length + 1 && text.AsSpan(i - t.Length - 1, t.Length).SequenceEqual(t))
                    {
                        title = t;
                    }
                }

                mentions.Add(new EntityMention(span, kind, 0.9f, title));
            }
        }

        mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return mentions;
    }
}
