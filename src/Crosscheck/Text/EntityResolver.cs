using Crosscheck.Model;
using Crosscheck.Text.Resolution;

namespace Crosscheck.Text;

/// <summary>
/// Groups the entity mentions of a set of articles (typically one story) into entities. Mentions
/// are normalised (possessive, leading "the", titles, punctuation and diacritics removed;
/// casefolded) into name forms, which are then linked by rules learned from the text itself:
/// explicit "Name (ACR)" definitions, spelling variants (one edit in a long enough word),
/// trailing-part containment ("Velasquez" in "Maria Velasquez") when it is unambiguous, and
/// initialisms ("UNGA" ~ "UN General Assembly"). Links need compatible entity kinds, except long
/// names one edit apart, which the tagger may have typed differently; the entity takes the majority
/// kind of its mentions. Appositive
/// roles (", the finance minister,") become titles; what the text says a name stands for
/// (bracketed glosses, possessive appositions, "also known as", "X's military (NAME)") become aliases,
/// and link the name to that description wherever the story writes it (<see cref="DescriptionLinker"/>).
/// The output depends only on the articles and their order.
/// </summary>
public sealed class EntityResolver
{
    public const string StageId = "text.resolve/4";
    private const int MaxBracketLength = 80;

    private readonly EntityResolverOptions _options;
    private readonly NameMatcher _matcher;

    public EntityResolver(EntityResolverOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _matcher = new NameMatcher(options);
    }

    public EntityResolution Resolve(IReadOnlyList<AnnotatedArticle> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var forms = CollectForms(articles, out var byKey);
        var described = DescriptionLinker.Prepare(articles, forms, byKey);
        var groups = new NameGroups(forms.Count + described.NewForms.Count);
        var spellingLinks = new List<(NameForm A, NameForm B)>();
        if (_options.MatchAcronyms)
        {
            LinkDefinitions(articles, forms, byKey, groups);
        }

        var index = new LastWordIndex(forms, _options.TwoEditWordLength);
        LinkSpellingVariants(forms, index, groups, spellingLinks);
        LinkContainment(forms, index, groups, spellingLinks);
        if (_options.MatchAcronyms)
        {
            LinkInitialisms(forms, groups);
        }

        described.Apply(forms, groups);
        return EntityAssembler.Assemble(articles, forms, groups, spellingLinks);
    }

    private static List<NameForm> CollectForms(IReadOnlyList<AnnotatedArticle> articles, out Dictionary<string, NameForm> byKey)
    {
        var forms = new List<NameForm>();
        byKey = new Dictionary<string, NameForm>(StringComparer.Ordinal);
        var order = 0;
        var descriptions = new List<string>();
        for (var a = 0; a < articles.Count; a++)
        {
            var text = articles[a].Text;
            foreach (var mention in articles[a].Entities)
            {
                if (mention.Span.IsEmpty || mention.Span.End > text.Length ||
                    !NameNormalizer.TryNormalise(mention.Span.In(text), mention.Kind, out var name))
                {
                    continue;
                }

                if (!byKey.TryGetValue(name.Key, out var form))
                {
                    form = new NameForm(forms.Count, name.Key, name.Words) { IsTitled = NameNormalizer.StartsWithTitle(name.Words) };
                    forms.Add(form);
                    byKey[name.Key] = form;
                }

                form.IsAcronym |= name.IsAcronym;
                form.Add(new NameOccurrence(a, mention, order++), name.Display);
                AddTitle(form, name.Titles);
                AddTitle(form, mention.Title);
                if (AppositionReader.TryReadRole(text, mention.Span.End, out var role))
                {
                    AddTitle(form, role);
                }

                descriptions.Clear();
                if (AppositionReader.TryReadGloss(text, mention.Span.End, out var gloss))
                {
                    descriptions.Add(gloss);
                }

                DescriptionReader.Read(text, mention.Span.Start, mention.Span.End, mention.Kind == EntityKind.Person, descriptions);
                foreach (var description in descriptions)
                {
                    if (!form.Descriptions.Contains(description, StringComparer.Ordinal))
                    {
                        form.Descriptions.Add(description);
                    }
                }
            }
        }

        return forms;
    }

    private static void AddTitle(NameForm form, string? title)
    {
        if (!string.IsNullOrWhiteSpace(title) && !form.Titles.Contains(title.Trim(), StringComparer.OrdinalIgnoreCase))
        {
            form.Titles.Add(title.Trim());
        }
    }

    /// <summary>"Long Name (ACR)" or "ACR (Long Name)": the bracketed form is an alias of the mention before it.</summary>
    private static void LinkDefinitions(
        IReadOnlyList<AnnotatedArticle> articles, List<NameForm> forms, Dictionary<string, NameForm> byKey, NameGroups groups)
    {
        foreach (var form in forms)
        {
            foreach (var occurrence in form.Occurrences)
            {
                var text = articles[occurrence.Article].Text;
                if (!TextAfterName.TryReadBracket(text, occurrence.Mention.Span.End, MaxBracketLength, out var inner) ||
                    !byKey.TryGetValue(NameNormalizer.Fold(inner.ToString()), out var other) || other == form ||
                    !NameForm.Compatible(form, other))
                {
                    continue;
                }

                var (shortForm, longForm) = other.IsAcronym ? (other, form) : (form, other);
                if (shortForm.IsAcronym && !longForm.IsAcronym && NameMatcher.AbbreviationFits(shortForm.Key, longForm.Key))
                {
                    shortForm.IsReduced = true;
                    groups.Union(shortForm.Index, longForm.Index);
                }
            }
        }
    }

    private void LinkSpellingVariants(List<NameForm> forms, LastWordIndex index, NameGroups groups, List<(NameForm, NameForm)> links)
    {
        var matches = new List<NameForm>();
        foreach (var form in forms)
        {
            matches.Clear();
            foreach (var other in index.SameLength(form))
            {
                if (other != form && (NameForm.Compatible(form, other) ? _matcher.IsSpellingVariant(form, other) : _matcher.IsCrossKindVariant(form, other)))
                {
                    matches.Add(other);
                }
            }

            if (SingleGroup(matches, groups, form) is { } root)
            {
                foreach (var other in matches)
                {
                    if (groups.Find(other.Index) == root)
                    {
                        links.Add((form, other));
                    }
                }

                groups.Union(form.Index, root);
            }
        }
    }

    /// <summary>Shorter forms join the one group of longer forms that contains them; ambiguous ones stay apart.</summary>
    private void LinkContainment(List<NameForm> forms, LastWordIndex index, NameGroups groups, List<(NameForm, NameForm)> links)
    {
        var byLength = forms.OrderByDescending(f => f.Words.Length).ThenBy(f => f.Index).ToList();
        var matches = new List<NameForm>();
        var fuzzyMatches = new List<NameForm>();
        foreach (var form in byLength)
        {
            matches.Clear();
            fuzzyMatches.Clear();
            foreach (var longer in index.Longer(form))
            {
                if (NameForm.Compatible(form, longer) &&
                    _matcher.IsContainedIn(form, longer, out var fuzzy))
                {
                    matches.Add(longer);
                    if (fuzzy)
                    {
                        fuzzyMatches.Add(longer);
                    }
                }
            }

            if (SingleGroup(matches, groups, form) is not { } root)
            {
                continue;
            }

            // A shorter form spelled differently from every longer form it matched is a spelling variant.
            if (fuzzyMatches.Count == matches.Count)
            {
                links.Add((form, fuzzyMatches.Find(f => groups.Find(f.Index) == root)!));
            }

            // "Min Ko Lwin" inside "General Min Ko Lwin" is the name, not a reduction of it.
            form.IsReduced = form.Words.Length < 2 || form.IsTitled || !matches.TrueForAll(m => m.IsTitled);
            groups.Union(form.Index, root);
        }
    }

    /// <summary>Acronyms join the one group of names they spell the initials of, looked up by initials rather than by scanning every name.</summary>
    private static void LinkInitialisms(List<NameForm> forms, NameGroups groups)
    {
        var byInitials = new Dictionary<string, List<NameForm>>(StringComparer.Ordinal);
        foreach (var form in forms)
        {
            foreach (var initials in NameMatcher.InitialismsOf(form))
            {
                if (!byInitials.TryGetValue(initials, out var list))
                {
                    byInitials[initials] = list = [];
                }

                list.Add(form);
            }
        }

        var matches = new List<NameForm>();
        foreach (var form in forms)
        {
            if (!form.IsAcronym ||
                !byInitials.TryGetValue(form.Key.Replace(" ", "", StringComparison.Ordinal), out var spelled))
            {
                continue;
            }

            matches.Clear();
            foreach (var longer in spelled)
            {
                if (NameForm.Compatible(form, longer) && NameMatcher.IsInitialismOf(form, longer))
                {
                    matches.Add(longer);
                }
            }

            if (SingleGroup(matches, groups, form) is { } root)
            {
                form.IsReduced = true;
                groups.Union(form.Index, root);
            }
        }
    }

    /// <summary>The one group (other than the form's own) that all matches belong to; null if none or several.</summary>
    private static int? SingleGroup(List<NameForm> matches, NameGroups groups, NameForm form)
    {
        int? root = null;
        var own = groups.Find(form.Index);
        foreach (var match in matches)
        {
            var r = groups.Find(match.Index);
            if (r == own)
            {
                continue;
            }

            if (root is { } existing && existing != r)
            {
                return null;
            }

            root = r;
        }

        return root;
    }
}
