using Crosscheck.Model;

namespace Crosscheck.Text.Resolution;

/// <summary>
/// Turns what the text says a name stands for (<see cref="NameForm.Descriptions"/>) into links: a
/// description that is itself a name in the story ("also known as the Ostland Defence Force") joins
/// that name's entity, and a specific description ("Ostland's military": two or more words, one
/// capitalised) becomes a mention of the entity wherever a story article writes it. A description
/// claimed by two different names links nothing: it stays an alias of each. Description forms are
/// created before the other linkers run (so the groups can be sized) but joined after them, so
/// spelling and containment rules never see them.
/// </summary>
internal sealed class DescriptionLinker
{
    private readonly List<(NameForm Described, NameForm Target)> _links = [];

    private DescriptionLinker(List<NameForm> newForms) => NewForms = newForms;

    /// <summary>Forms for descriptions found in the text, numbered after the tagger's forms; not yet in the form list.</summary>
    public List<NameForm> NewForms { get; }

    public static DescriptionLinker Prepare(IReadOnlyList<AnnotatedArticle> articles, List<NameForm> forms, Dictionary<string, NameForm> byKey)
    {
        var claims = new Dictionary<string, (NameForm Described, string Description, bool Ambiguous)>(StringComparer.Ordinal);
        foreach (var form in forms)
        {
            foreach (var description in form.Descriptions)
            {
                var key = KeyOf(description);
                if (key.Length == 0 || key == form.Key)
                {
                    continue;
                }

                claims[key] = claims.TryGetValue(key, out var claim) && claim.Described != form
                    ? claim with { Ambiguous = true }
                    : (form, description, false);
            }
        }

        var newForms = new List<NameForm>();
        var linker = new DescriptionLinker(newForms);
        var order = forms.Count == 0 ? 0 : forms.Max(f => f.Occurrences[^1].Order) + 1;
        foreach (var (key, claim) in claims)
        {
            if (claim.Ambiguous)
            {
                continue;
            }

            if (byKey.TryGetValue(key, out var existing))
            {
                if (NameForm.Compatible(claim.Described, existing))
                {
                    linker._links.Add((claim.Described, existing));
                }

                continue;
            }

            if (!IsSpecific(claim.Description))
            {
                continue;
            }

            var found = new NameForm(forms.Count + newForms.Count, key, key.Split(' ')) { IsReduced = true, IsDescription = true };
            foreach (var variant in Variants(claim.Description))
            {
                for (var a = 0; a < articles.Count; a++)
                {
                    foreach (var span in Occurrences(articles[a].Text, variant))
                    {
                        found.Add(new NameOccurrence(a, new EntityMention(span, EntityKind.Other, 0f), order++), variant);
                    }
                }
            }

            if (found.Occurrences.Count > 0)
            {
                newForms.Add(found);
                linker._links.Add((claim.Described, found));
            }
        }

        return linker;
    }

    /// <summary>Appends the description forms and joins each link.</summary>
    public void Apply(List<NameForm> forms, NameGroups groups)
    {
        forms.AddRange(NewForms);
        foreach (var (described, target) in _links)
        {
            groups.Union(described.Index, target.Index);
        }
    }

    /// <summary>The matching key without possessives: "Ostland's military" and "Ostland military" are one key.</summary>
    private static string KeyOf(string description) =>
        NameNormalizer.Fold(WithoutPossessives(description));

    private static string WithoutPossessives(string description) =>
        description.Replace("'s ", " ", StringComparison.Ordinal).Replace("\u2019s ", " ", StringComparison.Ordinal);

    private static bool IsSpecific(string description) =>
        description.Contains(' ', StringComparison.Ordinal) && description.Any(char.IsUpper);

    private static IEnumerable<string> Variants(string description)
    {
        yield return description;
        var plain = WithoutPossessives(description);
        if (!string.Equals(plain, description, StringComparison.Ordinal))
        {
            yield return plain;
        }
    }

    /// <summary>Whole-word, case-sensitive occurrences of <paramref name="phrase"/>.</summary>
    private static IEnumerable<TextSpan> Occurrences(string text, string phrase)
    {
        var from = 0;
        while (from < text.Length)
        {
            var at = text.IndexOf(phrase, from, StringComparison.Ordinal);
            if (at < 0)
            {
                yield break;
            }

            var end = at + phrase.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                yield return new TextSpan(at, end);
            }

            from = end;
        }
    }
}
