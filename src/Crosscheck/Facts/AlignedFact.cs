using Crosscheck.Model;

namespace Crosscheck.Facts;

/// <summary>
/// Claims of a story that answer one question, before judging: the variants group the claims by
/// normalised value, in order of first appearance.
/// </summary>
/// <param name="Kind">Kind of the fact the claims make.</param>
/// <param name="ClaimKind">Kind of the underlying claims.</param>
/// <param name="Key">The shared question key.</param>
/// <param name="Subject">Readable subject.</param>
/// <param name="Claims">All claims, in story order.</param>
/// <param name="Variants">Claims grouped by <see cref="Claim.Value"/>.</param>
/// <param name="FirstSeen">Story-order index of the first claim (used for stable ids).</param>
public sealed record AlignedFact(
    FactKind Kind,
    ClaimKind ClaimKind,
    string Key,
    string Subject,
    IReadOnlyList<Claim> Claims,
    IReadOnlyList<FactVariant> Variants,
    int FirstSeen)
{
    /// <summary>The claims whose value is <paramref name="value"/>.</summary>
    public IEnumerable<Claim> ClaimsOf(string value) => Claims.Where(c => string.Equals(c.Value, value, StringComparison.Ordinal));
}
