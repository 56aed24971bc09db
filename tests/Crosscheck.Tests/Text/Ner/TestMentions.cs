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

    /// <summary>The spans of the space-separated words of <paramref name="text"/> (one sentence).</summary>
    public static TextSpan[] Words(string text)
    {
        var words = new List<TextSpan>();
        var start = 0;
        foreach (var word in text.Split(' '))
        {
            words.Add(new TextSpan(start, start + word.Length));
            start += word.Length + 1;
        }

        return [.. words];
    }
}
