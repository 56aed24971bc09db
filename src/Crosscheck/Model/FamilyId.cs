namespace Crosscheck.Model;

/// <summary>Stable wire-copy family id, derived from the id of the family's earliest member.</summary>
public readonly record struct FamilyId(string Value)
{
    public static FamilyId FoundedBy(ArticleId founder) => new("f-" + founder.Value[2..]);

    public override string ToString() => Value;
}
