using Crosscheck.Model;

namespace Crosscheck.Text.Ner;

/// <summary>
/// The BIO tag set of the entity model as small integers: 0 = O, then B-/I- pairs for
/// PER, ORG, LOC and MISC. Odd ids begin an entity, even non-zero ids continue one.
/// </summary>
public static class NerTags
{
    public const int Count = 9;
    public const int Outside = 0;

    private static readonly string[] Names = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"];
    private static readonly string[] Types = ["PER", "ORG", "LOC", "MISC"];

    public static string Name(int tag) => Names[tag];

    /// <summary>Entity type name (PER, ORG, LOC, MISC) of a non-O tag.</summary>
    public static string TypeName(int tag) => Types[(tag - 1) / 2];

    public static int TypeIndex(int tag) => (tag - 1) / 2;

    public static bool IsBegin(int tag) => tag % 2 == 1;

    public static int Begin(int typeIndex) => typeIndex * 2 + 1;

    public static int Inside(int typeIndex) => typeIndex * 2 + 2;

    public static EntityKind Kind(int tag) => TypeIndex(tag) switch
    {
        0 => EntityKind.Person,
        1 => EntityKind.Organization,
        2 => EntityKind.Place,
        _ => EntityKind.Other,
    };

    /// <summary>Type index of a type name, accepting the common aliases (LOC/GPE/PLACE, ORG/ORGANIZATION).</summary>
    public static bool TryParseType(ReadOnlySpan<char> type, out int typeIndex)
    {
        typeIndex = type switch
        {
            "PER" or "PERSON" => 0,
            "ORG" or "ORGANIZATION" or "ORGANISATION" => 1,
            "LOC" or "GPE" or "PLACE" or "LOCATION" => 2,
            "MISC" => 3,
            _ => -1,
        };
        return typeIndex >= 0;
    }
}
