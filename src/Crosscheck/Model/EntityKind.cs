namespace Crosscheck.Model;

public enum EntityKind
{
    Person,
    Organization,
    Place,
    Other,
}
