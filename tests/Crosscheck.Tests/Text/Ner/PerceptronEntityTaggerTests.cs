using Crosscheck.Model;
using Crosscheck.Text.Ner;

namespace Crosscheck.Tests.Text.Ner;

/// <summary>The tagger's run-time rules that need no model.</summary>
public sealed class PerceptronEntityTaggerTests
{
    private static EntityMention Mention(string text, string name, EntityKind kind)
    {
        var start = text.IndexOf(name, StringComparison.Ordinal);
        return new EntityMention(new TextSpan(start, start + name.Length), kind, 1f);
    }

    [Fact]
    public void Two_multi_word_names_of_different_types_stay_apart()
    {
        const string text = "the Harbour Council Ana Duro said";
        Assert.True(PerceptronEntityTagger.AreSeparateNames(text,
            [Mention(text, "Harbour Council", EntityKind.Organization), Mention(text, "Ana Duro", EntityKind.Person)]));
    }

    [Fact]
    public void A_name_cut_into_pieces_is_one_name()
    {
        const string text = "leader Mira Ansel Kovar Lind said";
        // A one-word piece: the model cut one name.
        Assert.False(PerceptronEntityTagger.AreSeparateNames(text,
            [Mention(text, "Mira", EntityKind.Organization), Mention(text, "Ansel Kovar Lind", EntityKind.Person)]));
        // Pieces of one type: one name.
        Assert.False(PerceptronEntityTagger.AreSeparateNames(text,
            [Mention(text, "Mira Ansel", EntityKind.Person), Mention(text, "Kovar Lind", EntityKind.Person)]));
    }

    [Fact]
    public void Pieces_joined_by_words_are_one_name()
    {
        const string text = "the Tarn Hale Foundation for the Visual Arts said";
        Assert.False(PerceptronEntityTagger.AreSeparateNames(text,
            [Mention(text, "Tarn Hale Foundation", EntityKind.Organization), Mention(text, "Visual Arts", EntityKind.Other)]));
    }
}
