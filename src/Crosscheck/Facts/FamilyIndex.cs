using Crosscheck.Model;

namespace Crosscheck.Facts;

/// <summary>
/// Which wire-copy family each article belongs to. An article in no family is its own family:
/// it is one independent source.
/// </summary>
public sealed class FamilyIndex
{
    private readonly Dictionary<ArticleId, string> _familyOf = [];
    private readonly Dictionary<string, List<ArticleId>> _members = new(StringComparer.Ordinal);

    public FamilyIndex(IReadOnlyList<Family> families)
    {
        ArgumentNullException.ThrowIfNull(families);
        foreach (var family in families)
        {
            foreach (var article in family.ArticleIds)
            {
                if (_familyOf.TryAdd(article, family.Id.Value))
                {
                    Members(family.Id.Value).Add(article);
                }
            }
        }
    }

    /// <summary>The family key of an article: its family id, or its own id when it has no family.</summary>
    public string FamilyOf(ArticleId article) => _familyOf.TryGetValue(article, out var family) ? family : article.Value;

    /// <summary>The articles sharing <paramref name="article"/>'s family, itself included.</summary>
    public IReadOnlyList<ArticleId> CopiesOf(ArticleId article) =>
        _familyOf.TryGetValue(article, out var family) ? _members[family] : [article];

    /// <summary>Number of distinct families among the sources.</summary>
    public int CountFamilies(IEnumerable<SourceRef> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            seen.Add(FamilyOf(source.ArticleId));
        }

        return seen.Count;
    }

    private List<ArticleId> Members(string family)
    {
        if (!_members.TryGetValue(family, out var list))
        {
            list = [];
            _members[family] = list;
        }

        return list;
    }
}
