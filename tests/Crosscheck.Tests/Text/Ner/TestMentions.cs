using Crosscheck.Model;

namespace Crosscheck.Tests.Text.Ner;

/// <summary>Mentions placed by their text, for the tagger's rule tests.</summary>
internal static class TestMentions
{
    /// <summary>The first occurrence of <paramref name="name"/> at or after <paramref name="from"/>, as a mention of <paramref name="kind"/>.</summary>
    public static EntityMention Of(string text, string name, EntityKind kind, int from = 0)
    {
        var start = text.IndexOf(name, from, StringComparison.Ordinal);
        return new EntityMention(new TextSpan(start, start + name.Length), kind, 1f);
    }
}
