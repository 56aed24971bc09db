namespace Crosscheck.Model;

public enum FactStatus
{
    Corroborated,
    SingleSource,
    Conflicting,
    Compatible,
}
