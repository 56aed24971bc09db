namespace Crosscheck.Text.Ner;

/// <summary>
/// FNV-1a 64-bit hashing of (feature template, value) pairs straight from characters, so
/// feature extraction allocates nothing per token.
/// </summary>
internal static class FeatureHasher
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Start(int template) => (Offset ^ (ulong)template) * Prime;

    public static ulong Add(ulong hash, char c) => (hash ^ c) * Prime;

    public static ulong Add(ulong hash, int value) => (hash ^ (ulong)(uint)value ^ 0x9E3779B97F4A7C15UL) * Prime;

    public static ulong Add(ulong hash, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            hash = (hash ^ c) * Prime;
        }

        return (hash ^ 0xFF) * Prime;
    }

    public static ulong AddLower(ulong hash, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            hash = (hash ^ char.ToLowerInvariant(c)) * Prime;
        }

        return (hash ^ 0xFF) * Prime;
    }
}
