using Crosscheck.Model;

namespace Crosscheck.Text.Resolution;

/// <summary>Turns linked name forms into <see cref="StoryEntity"/> records and naming variants.</summary>
internal static class EntityAssembler
{
    public static EntityResolution Assemble(
        IReadOnlyList<AnnotatedArticle> articles, List<NameForm> forms, NameGroups groups, List<(NameForm A, NameForm B)> spellingLinks)
    {
        // Groups in order of first appearance: forms are created in mention order, so a root's first
        // form is the earliest mention of the group.
        var members = new Dictionary<int, List<NameForm>>();
        var roots = new List<int>();
        foreach (var form in forms)
        {
            var root = groups.Find(form.Index);
            if (!members.TryGetValue(root, out var list))
            {
                members[root] = list = [];
                roots.Add(root);
            }

            list.Add(form);
        }

        var entities = new List<StoryEntity>(roots.Count);
        var canonicalOf = new Dictionary<int, (StoryEntity Entity, NameForm Canonical)>();
        var usedIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var root in roots)
        {
            var group = members[root];
            var canonical = ChooseCanonical(group);
            var entity = Build(articles, group, canonical, usedIds);
            entities.Add(entity);
            canonicalOf[root] = (entity, canonical);
        }

        var variants = new List<NamingVariant>();
        var seen = new HashSet<(string, int)>();
        foreach (var (a, b) in spellingLinks)
        {
            if (IsDerivedAdjective(a.Display, b.Display) || IsDerivedAdjective(b.Display, a.Display))
            {
                // "Teland" and "Telandian" name one place; the adjective is not a misspelling.
                continue;
            }

            var (entity, canonical) = canonicalOf[groups.Find(a.Index)];
            var variant = b == canonical ? a : a == canonical ? b : LessStandard(a, b, canonical);
            if (seen.Add((entity.Id, variant.Index)))
            {
                variants.Add(new NamingVariant(entity.Id, entity.Name, variant.Display, Sources(articles, [variant])));
            }
        }

        return new EntityResolution(entities, variants);
    }

    /// <summary>
    /// Whether <paramref name="adjective"/> is <paramref name="name"/> with an adjective or demonym
    /// ending ("Ardenia" → "Ardenian", "Solvan" → "Solvanese", "Teland" → "Telandic").
    /// </summary>
    private static bool IsDerivedAdjective(string name, string adjective)
    {
        string[] endings = ["n", "an", "ian", "ese", "ish", "i", "ic"];
        foreach (var ending in endings)
        {
            if (adjective.Length == name.Length + ending.Length
                && adjective.StartsWith(name, StringComparison.OrdinalIgnoreCase)
                && adjective.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Of two forms linked by spelling, neither canonical, the variant: the one sharing fewer words
    /// with the canonical name; then the one mentioned less; then the one seen later.
    /// </summary>
    private static NameForm LessStandard(NameForm a, NameForm b, NameForm canonical)
    {
        var sharedA = Array.FindAll(a.Words, w => Array.IndexOf(canonical.Words, w) >= 0).Length;
        var sharedB = Array.FindAll(b.Words, w => Array.IndexOf(canonical.Words, w) >= 0).Length;
        if (sharedA != sharedB)
        {
            return sharedA < sharedB ? a : b;
        }

        if (a.Occurrences.Count != b.Occurrences.Count)
        {
            return a.Occurrences.Count < b.Occurrences.Count ? a : b;
        }

        return a.Index > b.Index ? a : b;
    }

    /// <summary>
    /// The most mentioned full form: not reduced (surname, acronym, trailing part) and, when possible,
    /// not decorated with titles. Ties: the longest, then the first seen.
    /// </summary>
    private static NameForm ChooseCanonical(List<NameForm> group)
    {
        NameForm? best = null;
        var anyFull = group.Exists(f => !f.IsReduced);
        var anyPlain = group.Exists(f => !f.IsReduced && !f.IsTitled);
        foreach (var form in group)
        {
            if ((anyFull && form.IsReduced) || (anyPlain && form.IsTitled))
            {
                continue;
            }

            if (best is null || form.Occurrences.Count > best.Occurrences.Count ||
                (form.Occurrences.Count == best.Occurrences.Count && form.Display.Length > best.Display.Length))
            {
                best = form;
            }
        }

        return best!;
    }

    private static StoryEntity Build(IReadOnlyList<AnnotatedArticle> articles, List<NameForm> group, NameForm canonical, HashSet<string> usedIds)
    {
        var name = canonical.Display;
        var aliases = new List<string>();
        var titles = new List<string>();
        var votes = new int[4];
        var firstVote = new int[] { int.MaxValue, int.MaxValue, int.MaxValue, int.MaxValue };
        foreach (var form in group)
        {
            foreach (var display in form.Displays)
            {
                if (!form.IsDescription && !string.Equals(display, name, StringComparison.Ordinal) && !aliases.Contains(display, StringComparer.Ordinal))
                {
                    aliases.Add(display);
                }
            }

            foreach (var description in form.IsDescription ? form.Displays : form.Descriptions)
            {
                // Descriptions differing only in apostrophes or case ("Ostland's", "Ostland’s") are one alias.
                var key = NameNormalizer.Fold(description);
                if (!string.Equals(key, NameNormalizer.Fold(name), StringComparison.Ordinal) && !aliases.Exists(a => string.Equals(NameNormalizer.Fold(a), key, StringComparison.Ordinal)))
                {
                    aliases.Add(description);
                }
            }

            foreach (var title in form.Titles)
            {
                if (!titles.Contains(title, StringComparer.OrdinalIgnoreCase))
                {
                    titles.Add(title);
                }
            }

            foreach (var occurrence in form.Occurrences)
            {
                var k = (int)occurrence.Mention.Kind;
                votes[k]++;
                firstVote[k] = Math.Min(firstVote[k], occurrence.Order);
            }
        }

        var sources = Sources(articles, group);
        var articleIds = new List<ArticleId>();
        foreach (var source in sources)
        {
            if (!articleIds.Contains(source.ArticleId))
            {
                articleIds.Add(source.ArticleId);
            }
        }

        return new StoryEntity(MakeId(name, usedIds), name, Vote(votes, firstVote), aliases, articleIds, sources, titles);
    }

    /// <summary>Majority kind, "Other" only when nothing else was voted; ties go to the kind seen first.</summary>
    private static EntityKind Vote(int[] votes, int[] firstVote)
    {
        var best = -1;
        for (var k = 0; k < votes.Length; k++)
        {
            if (votes[k] == 0 || (EntityKind)k == EntityKind.Other)
            {
                continue;
            }

            if (best < 0 || votes[k] > votes[best] || (votes[k] == votes[best] && firstVote[k] < firstVote[best]))
            {
                best = k;
            }
        }

        return best < 0 ? EntityKind.Other : (EntityKind)best;
    }

    /// <summary>Mentions of the forms, sorted by article (input order) then position.</summary>
    private static List<SourceRef> Sources(IReadOnlyList<AnnotatedArticle> articles, List<NameForm> forms)
    {
        var occurrences = new List<NameOccurrence>();
        foreach (var form in forms)
        {
            occurrences.AddRange(form.Occurrences);
        }

        occurrences.Sort((x, y) => x.Article != y.Article ? x.Article.CompareTo(y.Article) : x.Mention.Span.Start.CompareTo(y.Mention.Span.Start));
        return occurrences.ConvertAll(o => new SourceRef(articles[o.Article].Id, o.Mention.Span));
    }

    /// <summary>"e-" + the first 10 hex digits of SHA-256 of the lower-cased name; "-2", "-3" on collision.</summary>
    private static string MakeId(string name, HashSet<string> usedIds)
    {
        var id = "e-" + ContentHash.Of(name.ToLowerInvariant())[..10];
        var unique = id;
        for (var n = 2; !usedIds.Add(unique); n++)
        {
            unique = id + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return unique;
    }
}
