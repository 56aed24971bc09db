using System.Collections.Frozen;
using System.Globalization;
using Crosscheck.Model;

namespace Crosscheck.Facts;

/// <summary>
/// Gives an aligned fact its status. Support is counted in families, never articles: reprints of
/// one wire text do not corroborate each other.
/// <list type="bullet">
/// <item>Corroborated: one variant, supported by at least two families (for a quote, also a quote and parts of it).</item>
/// <item>SingleSource: only one family supports any variant.</item>
/// <item>Conflicting: variants that cannot all be true (different days, different exact numbers, different speakers or positions).</item>
/// <item>Compatible: variants that differ but fit (bounds that overlap, an approximation within tolerance, a range containing a day,
/// ages one year apart, different descriptions of a person's role).</item>
/// </list>
/// Naming facts (a source spelling an entity differently) are SingleSource when one family uses
/// the spelling, Conflicting when several independent families do: a spelling is a transliteration
/// choice, so it only becomes a disagreement between sources once more than one source makes it.
/// </summary>
public sealed class FactJudge
{
    private readonly CrossCheckOptions _options;

    public FactJudge(CrossCheckOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    public Fact Judge(string id, AlignedFact aligned, FamilyIndex families)
    {
        ArgumentNullException.ThrowIfNull(aligned);
        ArgumentNullException.ThrowIfNull(families);

        var independent = families.CountFamilies(aligned.Variants.SelectMany(v => v.Sources));
        var supports = aligned.Variants.Select(v => families.CountFamilies(v.Sources)).ToArray();
        if (aligned.Variants.Count == 1)
        {
            var only = aligned.Variants[0];
            return independent >= 2
                ? Make(FactStatus.Corroborated, aligned.ClaimKind == ClaimKind.Interaction || string.Equals(only.Value, aligned.Subject, StringComparison.Ordinal)
                    ? $"{independent} independent sources report {What(aligned, only.Value)}"
                    : $"{independent} independent sources agree on {What(aligned, only.Value)}")
                : Make(FactStatus.SingleSource, $"only one independent source ({Articles(only.Sources)}) reports {What(aligned, only.Value)}");
        }

        if (aligned.ClaimKind == ClaimKind.Quote && independent >= 2 && PartialQuote.Whole(aligned.Variants) is { } whole)
        {
            return Make(FactStatus.Corroborated, $"{independent} independent sources agree on {What(aligned, whole)}, some quoting it in part");
        }

        var shown = string.Join(" and ", aligned.Variants.Select(v => Show(aligned, v.Value)));
        if (independent == 1)
        {
            return Make(FactStatus.SingleSource, $"only one independent source reports {The(aligned, aligned.Subject)}, as {shown}");
        }

        if (TryFit(aligned, out var reason))
        {
            if (aligned.ClaimKind == ClaimKind.Quantity && CorroboratedExact(aligned, supports) is { } exact)
            {
                // "14 bodies" in two families and "at least 14 died" in a third: the figure is
                // corroborated, and the bound fits it.
                return Make(FactStatus.Corroborated, $"{supports[exact]} independent sources agree on {What(aligned, aligned.Variants[exact].Value)}, and {shown} fit together ({reason})");
            }

            if (aligned.ClaimKind == ClaimKind.Attribute && CorroboratedTitle(aligned, supports) is { } title)
            {
                // "opposition leader" in two families and "leader" in a third: the title is
                // corroborated, and the bare head noun says the same less precisely.
                return Make(FactStatus.Corroborated, $"{supports[title]} independent sources agree on {What(aligned, aligned.Variants[title].Value)}, and {shown} fit together ({reason})");
            }

            return Make(FactStatus.Compatible, $"{shown} fit together ({reason})");
        }

        var versus = string.Join(" vs ", aligned.Variants.Select(v => Show(aligned, v.Value)));
        return Make(FactStatus.Conflicting, $"{versus} for {The(aligned, aligned.Subject)}: {string.Join(" vs ", supports)} independent sources");

        Fact Make(FactStatus status, string explanation) =>
            new(id, aligned.Kind, aligned.Subject, status, aligned.Variants, independent, explanation);
    }

    /// <summary>Words before a title that change the office ("former mayor", "deputy leader"): no fuller description of it.</summary>
    private static readonly FrozenSet<string> RankWords = new[] { "former", "ex", "acting", "deputy", "vice", "interim", "assistant", "outgoing", "late", "incoming", "then" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static string LastWord(ReadOnlySpan<char> words)
    {
        var space = words.LastIndexOf(' ');
        return (space < 0 ? words : words[(space + 1)..]).ToString();
    }

    /// <summary>
    /// Index of the role title two or more families give when every other variant is that title
    /// with its first words left out ("leader" of "opposition leader"); else null.
    /// </summary>
    private static int? CorroboratedTitle(AlignedFact aligned, int[] supports)
    {
        if (aligned.Key.StartsWith(AttributeReader.AgeKeyPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var best = 0;
        for (var v = 1; v < supports.Length; v++)
        {
            best = supports[v] > supports[best] ? v : best;
        }

        if (supports[best] < 2)
        {
            return null;
        }

        var title = aligned.Variants[best].Value;
        for (var v = 0; v < aligned.Variants.Count; v++)
        {
            var other = aligned.Variants[v].Value;
            var isTail = other.Length < title.Length && title.EndsWith(other, StringComparison.OrdinalIgnoreCase) && title[title.Length - other.Length - 1] == ' ';
            if (v != best && (!isTail || RankWords.Contains(LastWord(title.AsSpan(0, title.Length - other.Length - 1)))))
            {
                return null;
            }
        }

        return best;
    }

    /// <summary>
    /// Index of the only exact number among the variants when two or more families give it and
    /// every other variant is a bound or an approximation (which fits it, as checked before); else null.
    /// </summary>
    private static int? CorroboratedExact(AlignedFact aligned, int[] supports)
    {
        int? exact = null;
        for (var v = 0; v < aligned.Variants.Count; v++)
        {
            if (!decimal.TryParse(aligned.Variants[v].Value, NumberStyles.Number, CultureInfo.InvariantCulture, out _))
            {
                continue;
            }

            if (exact is not null)
            {
                return null;
            }

            exact = v;
        }

        return exact is { } only && supports[only] >= 2 ? only : null;
    }

    /// <summary>A fact recording that some sources spell an entity's name differently.</summary>
    public static Fact JudgeNaming(string id, NamingVariant naming, EntityResolution entities, FamilyIndex families, Func<ArticleId, string> sourceName)
    {
        ArgumentNullException.ThrowIfNull(naming);
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(families);
        ArgumentNullException.ThrowIfNull(sourceName);

        var variantSources = new HashSet<SourceRef>(naming.Sources);
        var canonicalSources = entities.Entities.FirstOrDefault(e => e.Id == naming.EntityId)?.Mentions
            .Where(m => !variantSources.Contains(m)).ToList() ?? [];
        var variants = new List<FactVariant>(2);
        if (canonicalSources.Count > 0)
        {
            variants.Add(new FactVariant(naming.Canonical, naming.Canonical, canonicalSources));
        }

        variants.Add(new FactVariant(naming.Variant, naming.Variant, naming.Sources));
        var writers = families.CountFamilies(naming.Sources);
        var independent = families.CountFamilies(variants.SelectMany(v => v.Sources));
        var who = string.Join(", ", naming.Sources.Select(s => sourceName(s.ArticleId)).Distinct(StringComparer.Ordinal));
        var explanation = $"{who} {(writers > 1 ? "write" : "writes")} '{naming.Variant}' for '{naming.Canonical}'";
        var status = writers > 1 ? FactStatus.Conflicting : FactStatus.SingleSource;
        return new Fact(id, FactKind.Naming, "name of " + naming.Canonical, status, variants, independent, explanation);
    }

    private bool TryFit(AlignedFact aligned, out string reason)
    {
        switch (aligned.ClaimKind)
        {
            case ClaimKind.Quantity:
            case ClaimKind.Vote when aligned.Claims[0].Number is not null:
                return QuantitiesFit(aligned, out reason);
            case ClaimKind.DatedEvent:
                return DatesFit(aligned, out reason);
            case ClaimKind.Interaction:
                var fits = DatesFit(aligned, out reason);
                reason = aligned.Variants.Any(v => v.Value == InteractionReader.Undated) ? "a report without a day fits any day" : reason;
                return fits;
            case ClaimKind.Quote:
                var speakers = aligned.Claims.Select(c => c.Anchor).Distinct(StringComparer.Ordinal).Count();
                reason = "the same words, slightly different wording";
                return speakers == 1;
            case ClaimKind.Attribute:
                return AttributesFit(aligned, out reason);
            default:
                reason = "";
                return false;
        }
    }

    /// <summary>
    /// Ages fit when they are at most one year apart (a birthday between two reports); roles always
    /// fit: two titles for one person are usually two descriptions, not a contradiction.
    /// </summary>
    private static bool AttributesFit(AlignedFact aligned, out string reason)
    {
        if (!aligned.Key.StartsWith(AttributeReader.AgeKeyPrefix, StringComparison.Ordinal))
        {
            reason = "different descriptions of one person";
            return true;
        }

        var youngest = decimal.MaxValue;
        var oldest = decimal.MinValue;
        foreach (var claim in aligned.Claims)
        {
            var age = claim.Number ?? 0;
            youngest = Math.Min(youngest, age);
            oldest = Math.Max(oldest, age);
        }

        reason = "one year apart: a birthday may fall between the reports";
        return oldest - youngest <= 1;
    }

    private bool QuantitiesFit(AlignedFact aligned, out string reason)
    {
        if (aligned.Claims.Any(c => c.Number is null))
        {
            // Results ("3-1" vs "2-1") have no bounds: different ones never fit.
            reason = "";
            return false;
        }

        decimal low = decimal.MinValue, high = decimal.MaxValue;
        bool allLower = true, allUpper = true, approximate = false;

        // "more than 60" excludes 60 by a whole count; "more than 6 percent" next to "6.2 percent" by a fraction.
        var step = aligned.Claims.All(c => c.Number is { } n && n == decimal.Truncate(n)) ? 0.5m : 0.005m;
        foreach (var variant in aligned.Variants)
        {
            var claim = aligned.ClaimsOf(variant.Value).First();
            var n = claim.Number ?? 0;
            var tolerance = n * (decimal)_options.ApproximateTolerance;
            // A round count ("200") may be rounded; a money amount is written with the digits its writer meant ("$2.5 billion").
            var rounded = IsRound(n) && !claim.Key.StartsWith(QuantityClaimReader.MoneyKeyPrefix, StringComparison.Ordinal);
            var modifier = claim.Modifier == QuantityModifier.Exact && rounded ? QuantityModifier.About : claim.Modifier;
            var (lo, hi) = modifier switch
            {
                QuantityModifier.AtLeast => (n, decimal.MaxValue),
                QuantityModifier.MoreThan => (n + step, decimal.MaxValue),
                QuantityModifier.About => (n - tolerance, n + tolerance),
                QuantityModifier.AtMost or QuantityModifier.UpTo => (decimal.MinValue, n),
                QuantityModifier.LessThan => (decimal.MinValue, n - step),
                _ => (n, n),
            };
            low = Math.Max(low, lo);
            high = Math.Min(high, hi);
            allLower &= modifier is QuantityModifier.AtLeast or QuantityModifier.MoreThan;
            allUpper &= modifier is QuantityModifier.AtMost or QuantityModifier.UpTo or QuantityModifier.LessThan;
            approximate |= modifier == QuantityModifier.About;
        }

        var both = aligned.Variants.Count == 2 ? "both" : "all";
        reason = allLower ? $"{both} lower bounds"
            : allUpper ? $"{both} upper bounds"
            : approximate ? $"within ±{_options.ApproximateTolerance.ToString("P0", CultureInfo.InvariantCulture)} of the approximation"
            : "the bounds overlap";
        return low <= high;
    }

    private static bool DatesFit(AlignedFact aligned, out string reason)
    {
        var start = DateOnly.MinValue;
        var end = DateOnly.MaxValue;
        var ranges = 0;
        foreach (var claim in aligned.Claims)
        {
            if (claim.Date is not { } date)
            {
                continue;
            }

            start = date.Start > start ? date.Start : start;
            end = date.End < end ? date.End : end;
            ranges += date.Precision == DatePrecision.Range ? 1 : 0;
        }

        reason = ranges == aligned.Variants.Count ? "the ranges overlap" : "the range contains the day";
        return start <= end;
    }

    /// <summary>"14 for the vote in favour", or just the value when it already says it all ("X met Y").</summary>
    private static string What(AlignedFact aligned, string value) =>
        aligned.ClaimKind == ClaimKind.Interaction
            ? "that " + aligned.Subject + (value == InteractionReader.Undated ? "" : " on " + Show(aligned, value))
            : string.Equals(value, aligned.Subject, StringComparison.Ordinal) ? "that " + value : Show(aligned, value) + " for " + The(aligned, aligned.Subject);

    private static string The(AlignedFact aligned, string subject) =>
        aligned.ClaimKind == ClaimKind.Interaction ? "when " + subject
        : subject.Contains("'s ", StringComparison.Ordinal) ? subject : "the " + subject;

    private static bool IsRound(decimal n) => n >= 100 && n % 100 == 0;

    private static string Show(AlignedFact aligned, string value)
    {
        if (aligned.ClaimKind is ClaimKind.DatedEvent or ClaimKind.Interaction &&
            DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day.DayOfWeek.ToString() + " (" + value + ")";
        }

        return aligned.ClaimKind == ClaimKind.Quote ? "\u201C" + value + "\u201D" : value;
    }

    private static string Articles(IReadOnlyList<SourceRef> sources)
    {
        var articles = sources.Select(s => s.ArticleId).Distinct().Count();
        return articles == 1 ? "1 article" : $"{articles} articles of one family";
    }
}
