using Crosscheck.Model;

namespace Crosscheck.Evaluation;

/// <summary>
/// One expected judgement of a fixture story. A predicted fact matches the item when every
/// <see cref="SubjectWords"/> entry occurs in the fact's subject and every <see cref="Values"/>
/// entry occurs in one of its variant values (both case-insensitive).
/// </summary>
/// <param name="SubjectWords">Words the fact's subject must contain ("killed", "Ana Ferro").</param>
/// <param name="Values">Values the fact's variants must contain ("12", "2024-03-04").</param>
/// <param name="Status">The expected status.</param>
public sealed record FactGoldItem(IReadOnlyList<string> SubjectWords, IReadOnlyList<string> Values, FactStatus Status)
{
    public bool Matches(Fact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        foreach (var word in SubjectWords)
        {
            if (!fact.Subject.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        foreach (var value in Values)
        {
            var found = false;
            foreach (var variant in fact.Variants)
            {
                found |= variant.Value.Contains(value, StringComparison.OrdinalIgnoreCase);
            }

            if (!found)
            {
                return false;
            }
        }

        return true;
    }

    public override string ToString() =>
        $"{string.Join(' ', SubjectWords)} [{string.Join(", ", Values)}] → {FactGoldReader.StatusLabel(Status)}";
}
