using Crosscheck.Model;
using Crosscheck.Text.Ner;

namespace Crosscheck.Tests.Text.Ner;

public sealed class RepeatedNamesTests
{
    [Fact]
    public void A_name_missed_at_a_sentence_start_is_added_with_its_type()
    {
        const string text = "Kelmco is for sale. Buyers met Kelmco on Monday. The Kelmco Tower and Will Dorn stayed.";
        var mentions = new List<EntityMention>
        {
            TestMentions.Of(text, "Kelmco", EntityKind.Organization, 20),
            TestMentions.Of(text, "Kelmco Tower", EntityKind.Place),
            TestMentions.Of(text, "Will Dorn", EntityKind.Person),
        };

        RepeatedNames.AddMissed(text, Sentences(text), mentions, WordClasses.Empty, CommonWords.Empty);

        Assert.Equal(
            [("Kelmco", 0, EntityKind.Organization), ("Kelmco", 31, EntityKind.Organization), ("Kelmco Tower", 53, EntityKind.Place), ("Will Dorn", 70, EntityKind.Person)],
            mentions.Select(m => (m.Span.Of(text), m.Span.Start, m.Kind)));
    }

    [Fact]
    public void A_common_word_at_a_sentence_start_is_not_added()
    {
        const string text = "Budget talks failed. The Senate passed the Budget Act.";
        var mentions = new List<EntityMention> { TestMentions.Of(text, "Budget", EntityKind.Other, 10) };
        var classes = new WordClasses(new Dictionary<string, byte>(StringComparer.Ordinal) { ["budget"] = 6 });

        RepeatedNames.AddMissed(text, Sentences(text), mentions, classes, CommonWords.Empty);

        Assert.Single(mentions);
    }

    [Fact]
    public void An_acronym_tagged_twice_is_added_where_it_was_missed_mid_sentence()
    {
        const string text = "The KDF said so. Later KDF troops left and KDF guards stayed. The KTV crew and KTV staff left";
        var mentions = new List<EntityMention>
        {
            TestMentions.Of(text, "KDF", EntityKind.Organization, 4),
            TestMentions.Of(text, "KDF", EntityKind.Organization, 23),
            TestMentions.Of(text, "KTV", EntityKind.Organization),
        };

        RepeatedNames.AddMissed(text, Sentences(text), mentions, WordClasses.Empty, CommonWords.Empty);

        // KDF is tagged twice, so its untagged third mention is added; KTV only once, so its second is not.
        Assert.Equal([4, 23, text.IndexOf("KDF guards", StringComparison.Ordinal), text.IndexOf("KTV", StringComparison.Ordinal)], mentions.Select(m => m.Span.Start));
    }

    /// <summary>Each sentence's word spans: sentences end at ". ", words at spaces.</summary>
    private static List<TextSpan[]> Sentences(string text)
    {
        var sentences = new List<TextSpan[]>();
        var words = new List<TextSpan>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == ' ')
            {
                if (i > start)
                {
                    words.Add(new TextSpan(start, i));
                }

                if (i == text.Length || (i > 0 && text[i - 1] == '.'))
                {
                    sentences.Add([.. words]);
                    words.Clear();
                }

                start = i + 1;
            }
        }

        return sentences;
    }
}
