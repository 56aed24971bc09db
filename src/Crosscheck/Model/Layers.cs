namespace Crosscheck.Model;

/// <summary>A sentence of the body.</summary>
public readonly record struct Sentence(TextSpan Span);

public enum TokenKind
{
    Word,
    Number,
    Punctuation,
    Symbol,
    Url,
    Hashtag,
}

/// <summary>A token: a span, never a substring.</summary>
public readonly record struct Token(TextSpan Span, TokenKind Kind);

public enum EntityKind
{
    Person,
    Organization,
    Place,
    Other,
}

/// <summary>One mention of a named entity in one article.</summary>
/// <param name="Span">The name as written.</param>
/// <param name="Kind">Entity type.</param>
/// <param name="Score">Tagger confidence in [0, 1].</param>
/// <param name="Title">A title or role written before the name ("Russian Defense Minister"), if any.</param>
public sealed record EntityMention(TextSpan Span, EntityKind Kind, float Score, string? Title = null);

/// <summary>How precise a normalised date is.</summary>
public enum DatePrecision
{
    Day,
    Month,
    Year,
    /// <summary>A range of days: <see cref="DateValue.Start"/> to <see cref="DateValue.End"/>, inclusive.</summary>
    Range,
    /// <summary>Vague ("a few months ago"): kept, but not placed on a timeline.</summary>
    Vague,
}

/// <summary>A normalised date: inclusive [Start, End] days plus precision.</summary>
public readonly record struct DateValue(DateOnly Start, DateOnly End, DatePrecision Precision)
{
    public static DateValue Day(DateOnly day) => new(day, day, DatePrecision.Day);

    public override string ToString() => Precision switch
    {
        DatePrecision.Day => Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        DatePrecision.Month => Start.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
        DatePrecision.Year => Start.ToString("yyyy", System.Globalization.CultureInfo.InvariantCulture),
        _ => Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + ".." +
             End.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
    };
}

/// <summary>A date expression and its value anchored on the publication date.</summary>
/// <param name="Span">The expression as written ("on Sunday", "June 22–24").</param>
/// <param name="Value">Resolved value; null when it cannot be anchored (no publication date).</param>
/// <param name="IsRelative">True for expressions that needed the anchor ("Sunday", "last week").</param>
public sealed record DateMention(TextSpan Span, DateValue? Value, bool IsRelative);

/// <summary>How a number is qualified.</summary>
public enum QuantityModifier
{
    Exact,
    AtLeast,
    MoreThan,
    About,
    AtMost,
    LessThan,
    UpTo,
}

/// <summary>A quantity: "at least 870 civilians" → 870, AtLeast, "civilians".</summary>
/// <param name="Span">The whole expression.</param>
/// <param name="Value">The number.</param>
/// <param name="Modifier">Bound or approximation.</param>
/// <param name="Unit">Unit or counted noun as written, lower-cased ("civilians", "percent", "countries"); null if none.</param>
/// <param name="NumberSpan">Just the number.</param>
public sealed record QuantityMention(TextSpan Span, decimal Value, QuantityModifier Modifier, string? Unit, TextSpan NumberSpan);

/// <summary>
/// An article plus its annotation layers. Layers are sorted by start offset and are never
/// changed in place; adding a layer makes a new instance (<c>with</c>).
/// </summary>
public sealed record AnnotatedArticle(Article Article)
{
    public IReadOnlyList<Sentence> Sentences { get; init; } = [];
    public IReadOnlyList<Token> Tokens { get; init; } = [];
    public IReadOnlyList<EntityMention> Entities { get; init; } = [];
    public IReadOnlyList<DateMention> Dates { get; init; } = [];
    public IReadOnlyList<QuantityMention> Quantities { get; init; } = [];

    public ArticleId Id => Article.Id;
    public string Text => Article.Text;
}
