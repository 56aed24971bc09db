using Crosscheck.Model;
using Crosscheck.Text.Ner;

namespace Crosscheck.Tests.Text.Ner;

/// <summary>The tagger's run-time rules that need no model.</summary>
public sealed class PerceptronEntityTaggerTests
{
    [Fact]
    public void Two_multi_word_names_of_different_types_stay_apart()
    {
        const string text = "the Harbour Council Ana Duro said";
        Assert.True(PerceptronEntityTagger.AreSeparateNames(text,
            [TestMentions.Of(text, "Harbour Council", EntityKind.Organization), TestMentions.Of(text, "Ana Duro", EntityKind.Person)]));
    }

    [Fact]
    public void A_name_cut_into_pieces_is_one_name()
    {
        const string text = "leader Mira Ansel Kovar Lind said";
        // A one-word piece: the model cut one name.
        Assert.False(PerceptronEntityTagger.AreSeparateNames(text,
            [TestMentions.Of(text, "Mira", EntityKind.Organization), TestMentions.Of(text, "Ansel Kovar Lind", EntityKind.Person)]));
        // Pieces of one type: one name.
        Assert.False(PerceptronEntityTagger.AreSeparateNames(text,
            [TestMentions.Of(text, "Mira Ansel", EntityKind.Person), TestMentions.Of(text, "Kovar Lind", EntityKind.Person)]));
    }

    [Fact]
    public void Pieces_joined_by_words_are_one_name()
    {
        const string text = "the Tarn Hale Foundation for the Visual Arts said";
        Assert.False(PerceptronEntityTagger.AreSeparateNames(text,
            [TestMentions.Of(text, "Tarn Hale Foundation", EntityKind.Organization), TestMentions.Of(text, "Visual Arts", EntityKind.Other)]));
    }

    private static string Mentions(string text, params int[] tags) => Mentions(text, WordClasses.Empty, tags);

    private static string Mentions(string text, WordClasses classes, params int[] tags)
    {
        var spans = new List<TextSpan>();
        var start = 0;
        foreach (var word in text.Split(' '))
        {
            spans.Add(new TextSpan(start, start + word.Length));
            start += word.Length + 1;
        }

        var mentions = new List<EntityMention>();
        PerceptronEntityTagger.AddMentions(text, tags, [.. spans], classes, mentions);
        return string.Join(" || ", mentions.Select(m => $"{m.Span.Of(text)}:{m.Kind}"));
    }

    [Fact]
    public void A_lower_case_word_inside_a_name_splits_it_and_a_lone_opening_common_word_is_dropped()
    {
        int org = NerTags.Begin(1), inOrg = NerTags.Inside(1);
        var classes = new WordClasses(new Dictionary<string, byte>(StringComparer.Ordinal) { ["budget"] = 6, ["of"] = 6 });

        Assert.Equal("Senate:Organization", Mentions("Budget clears Senate after debate", classes, org, inOrg, inOrg, NerTags.Outside, NerTags.Outside));
        // Particles of three letters or fewer stay inside names.
        Assert.Equal("Bank of Kelm:Organization", Mentions("Bank of Kelm said", classes, org, inOrg, inOrg, NerTags.Outside));
    }

    [Fact]
    public void A_score_between_two_names_separates_them()
    {
        int org = NerTags.Begin(1), inOrg = NerTags.Inside(1);
        Assert.Equal("Kelm Rovers:Organization || Dorvik:Organization",
            Mentions("Kelm Rovers 2 Dorvik 1", org, inOrg, inOrg, inOrg, NerTags.Outside));
        // A number closing a name, or followed by a lower-case word, stays in it.
        Assert.Equal("Tarn 3:Organization", Mentions("Tarn 3 won", org, inOrg, NerTags.Outside));
        // Misc names keep their numbers ("Best of 2007 Award").
        Assert.Equal("Best of 2007 Award:Other",
            Mentions("Best of 2007 Award", NerTags.Begin(3), NerTags.Inside(3), NerTags.Inside(3), NerTags.Inside(3)));
    }

    [Fact]
    public void A_sentence_opening_the_does_not_open_a_name()
    {
        int org = NerTags.Begin(1), inOrg = NerTags.Inside(1), o = NerTags.Outside;
        Assert.Equal("Tarn League:Organization", Mentions("The Tarn League was formed", org, inOrg, inOrg, o, o));
        Assert.Equal("Tarn League:Organization", Mentions("THE Tarn League", org, inOrg, inOrg));
        // Mid-sentence, a band's "The" is the model's to keep.
        Assert.Equal("The Velts:Organization", Mentions("drummer of The Velts", o, o, org, inOrg));
    }

    [Fact]
    public void A_person_and_the_paper_they_write_for_stay_two_names()
    {
        const string text = "Mara Tellin of the Varnby Gazette reported the trade.";
        var whole = TestMentions.Of(text, "Mara Tellin of the Varnby Gazette", EntityKind.Organization);
        Assert.True(PerceptronEntityTagger.IsBaselineOverreach(text, whole,
            [TestMentions.Of(text, "Mara Tellin", EntityKind.Person), TestMentions.Of(text, "Varnby Gazette", EntityKind.Organization)], WordClasses.Empty, CommonWords.Empty));
        // An organisation's name may hold "for the": one name.
        const string foundation = "the Tarn Hale Foundation for the Visual Arts said";
        Assert.False(PerceptronEntityTagger.IsBaselineOverreach(foundation, TestMentions.Of(foundation, "Tarn Hale Foundation for the Visual Arts", EntityKind.Organization),
            [TestMentions.Of(foundation, "Tarn Hale Foundation", EntityKind.Organization), TestMentions.Of(foundation, "Visual Arts", EntityKind.Other)], WordClasses.Empty, CommonWords.Empty));
    }

    [Fact]
    public void A_capitalised_common_word_before_the_name_is_not_part_of_it()
    {
        const string text = "Shares of Kelmco rose.";
        var classes = new WordClasses(new Dictionary<string, byte>(StringComparer.Ordinal) { ["shares"] = 6 });
        Assert.True(PerceptronEntityTagger.IsBaselineOverreach(text, TestMentions.Of(text, "Shares of Kelmco", EntityKind.Place),
            [TestMentions.Of(text, "Kelmco", EntityKind.Organization)], classes, CommonWords.Empty));
        Assert.False(PerceptronEntityTagger.IsBaselineOverreach(text, TestMentions.Of(text, "Shares of Kelmco", EntityKind.Place),
            [TestMentions.Of(text, "Kelmco", EntityKind.Organization)], WordClasses.Empty, CommonWords.Empty));
    }

    [Fact]
    public void A_name_and_a_full_person_name_across_a_role_stay_two_names()
    {
        const string text = "Varnby Sports Insider Mara Tellin reported the trade.";
        Assert.True(PerceptronEntityTagger.IsBaselineOverreach(text, TestMentions.Of(text, "Varnby Sports Insider Mara Tellin", EntityKind.Person),
            [TestMentions.Of(text, "Varnby Sports", EntityKind.Organization), TestMentions.Of(text, "Mara Tellin", EntityKind.Person)], WordClasses.Empty, CommonWords.Empty));
        // A one-word person piece is a name cut short, not a full name.
        const string cut = "Varnby Sports Insider Mara said";
        Assert.False(PerceptronEntityTagger.IsBaselineOverreach(cut, TestMentions.Of(cut, "Varnby Sports Insider Mara", EntityKind.Person),
            [TestMentions.Of(cut, "Varnby Sports", EntityKind.Organization), TestMentions.Of(cut, "Mara", EntityKind.Person)], WordClasses.Empty, CommonWords.Empty));
    }
}
