namespace Crosscheck.Model;

public enum FactKind
{
    Quantity,
    Date,
    Event,
    Quote,
    Naming,
    /// <summary>A descriptive attribute of an entity: age or role.</summary>
    Attribute,
}
