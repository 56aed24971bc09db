using System.Collections.Frozen;

namespace Crosscheck.Extract;

/// <summary>
/// Common wire (news) agencies and the names they appear under in bylines ("By AFP"), datelines
/// ("(Reuters) -") and photo credits ("via AP"). Maps each alias to one canonical name.
/// </summary>
internal static class WireAgencies
{
    private static readonly FrozenDictionary<string, string> ByAlias = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["AFP"] = "AFP", ["Agence France-Presse"] = "AFP", ["Agence France Presse"] = "AFP",
        ["AP"] = "AP", ["Associated Press"] = "AP", ["The Associated Press"] = "AP",
        ["Reuters"] = "Reuters", ["Thomson Reuters"] = "Reuters",
        ["Xinhua"] = "Xinhua", ["TASS"] = "TASS", ["ITAR-TASS"] = "TASS",
        ["RIA Novosti"] = "RIA Novosti", ["RIA"] = "RIA Novosti", ["Interfax"] = "Interfax",
        ["EFE"] = "EFE", ["ANSA"] = "ANSA", ["dpa"] = "dpa", ["Deutsche Presse-Agentur"] = "dpa",
        ["Kyodo"] = "Kyodo", ["Kyodo News"] = "Kyodo", ["Jiji"] = "Jiji Press", ["Jiji Press"] = "Jiji Press",
        ["UPI"] = "UPI", ["United Press International"] = "UPI",
        ["PTI"] = "PTI", ["Press Trust of India"] = "PTI", ["IANS"] = "IANS", ["ANI"] = "ANI",
        ["Anadolu"] = "Anadolu", ["Anadolu Agency"] = "Anadolu", ["AA"] = "Anadolu",
        ["Bernama"] = "Bernama", ["Yonhap"] = "Yonhap", ["Antara"] = "Antara",
        ["AAP"] = "AAP", ["Australian Associated Press"] = "AAP", ["Canadian Press"] = "The Canadian Press",
        ["The Canadian Press"] = "The Canadian Press", ["PA Media"] = "PA Media", ["Press Association"] = "PA Media",
        ["Bloomberg"] = "Bloomberg", ["Sputnik"] = "Sputnik", ["IRNA"] = "IRNA", ["KCNA"] = "KCNA",
        ["Ukrinform"] = "Ukrinform", ["WAFA"] = "WAFA", ["Europa Press"] = "Europa Press", ["Belga"] = "Belga",
        ["APA"] = "APA", ["Notimex"] = "Notimex", ["Agencia Brasil"] = "Agência Brasil", ["Agência Brasil"] = "Agência Brasil",
        ["EPA"] = "EPA", ["Getty Images"] = "Getty Images", ["AFP/Getty Images"] = "AFP",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Photo agencies: named in credits but not text wires.</summary>
    private static readonly FrozenSet<string> PhotoOnly = new[] { "EPA", "Getty Images" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The canonical agency for a name; short acronyms must be written in capitals.</summary>
    public static bool TryCanonical(ReadOnlySpan<char> name, out string canonical)
    {
        name = name.Trim().Trim('*').Trim();
        if (ByAlias.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name, out var found))
        {
            bool acronym = name.Length <= 5 && !name.Equals("dpa", StringComparison.Ordinal);
            if (!acronym || IsUpper(name) || found is "Reuters" or "Xinhua" or "Kyodo" or "Yonhap" or "Antara" or "Jiji Press")
            {
                canonical = found;
                return true;
            }
        }
        canonical = "";
        return false;
    }

    /// <summary>True for agencies that supply text copy (not photo-only agencies).</summary>
    public static bool IsTextWire(string canonical) => !PhotoOnly.Contains(canonical);

    private static bool IsUpper(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
        {
            if (char.IsLetter(c) && !char.IsUpper(c))
            {
                return false;
            }
        }
        return true;
    }
}
