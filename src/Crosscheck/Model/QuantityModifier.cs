namespace Crosscheck.Model;

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
