using Crosscheck.Text.Ner;

namespace Crosscheck.Tests.Text.Ner;

/// <summary>Headlines in capitals get running-text case from the document and the learned word classes.</summary>
public sealed class CaseNormalizerTests
{
    [Fact]
    public void Truecases_a_headline_from_the_document_then_from_word_classes()
    {
        var classes = new WordClasses(new Dictionary<string, byte>(StringComparer.Ordinal) { ["troops"] = 6, ["in"] = 5, ["leave"] = 6 });
        string[][] document =
        [
            ["TROOPS", "LEAVE", "KELM", "IN", "NATO", "PULLBACK"],
            ["The", "NATO", "troops", "left", "Kelm", "on", "Monday", "."],
        ];

        var normalized = CaseNormalizer.Normalize(document, classes);

        Assert.Equal(["Troops", "leave", "Kelm", "in", "NATO", "Pullback"], normalized[0]);
        Assert.Same(document[1], normalized[1]);
    }

    [Fact]
    public void Writes_words_unknown_to_the_classes_in_lower_case_when_the_common_words_list_them()
    {
        var classes = new WordClasses(new Dictionary<string, byte>(StringComparer.Ordinal) { ["kelm"] = 3, ["rejects"] = 6 });
        var common = new CommonWords(["boycott", "kelm"]);
        string[][] document = [["KELM", "REJECTS", "CALL", "TO", "BOYCOTT", "LAMB"]];

        var normalized = CaseNormalizer.Normalize(document, classes, common);

        // "kelm" is a place for the classes, which win over the common words; "call" and "to" are unknown to both.
        Assert.Equal(["Kelm", "rejects", "Call", "To", "boycott", "Lamb"], normalized[0]);
    }

    [Fact]
    public void Inflected_forms_of_common_words_are_lower_case_too()
    {
        var classes = new WordClasses(new Dictionary<string, byte>(StringComparer.Ordinal) { ["reject"] = 6 });
        var common = new CommonWords(["boycott", "rescue", "reject"]);
        string[][] document = [["FARMERS", "REJECTS", "BOYCOTTING", "RESCUED", "BOYCOTTS", "ROSS"]];

        var normalized = CaseNormalizer.Normalize(document, classes, common);

        Assert.Equal(["Farmers", "rejects", "boycotting", "rescued", "boycotts", "Ross"], normalized[0]);
    }

    [Fact]
    public void Acronyms_take_their_usual_form_from_the_lexicon()
    {
        string[][] sentences =
        [
            ["The", "EU", "and", "the", "Kelm", "League", "met", "on", "a", "rainy", "day", "in", "the", "north", "."],
            ["Both", "EU", "envoys", "left", "before", "the", "end", "of", "the", "talks", "."],
            ["An", "Eu", "typo", "was", "found", "in", "the", "text", "."],
        ];
        var common = CommonWords.Learn(sentences, minLowerCount: 2, minLowerShare: 0.5);
        var classes = new WordClasses(new Dictionary<string, byte>(StringComparer.Ordinal) { ["eu"] = 2 });

        var normalized = CaseNormalizer.Normalize([["EU", "ENVOYS", "LEAVE", "KELM"]], classes, common);

        Assert.True(common.TryGetForm("eu", out var form));
        Assert.Equal("EU", form);
        Assert.False(common.TryGetForm("league", out _));
        Assert.Equal(["EU", "Envoys", "Leave", "Kelm"], normalized[0]);
    }

    [Fact]
    public void Common_words_are_those_written_in_lower_case_mid_sentence()
    {
        string[][] sentences =
        [
            ["They", "called", "a", "boycott", "of", "Kelm", "lamb", "."],
            ["The", "boycott", "ended", "in", "Kelm", "."],
            ["He", "said", ":", "\"", "Boycott", "it", "\"", "."],
            ["BOYCOTT", "ENDS", "IN", "KELM"],
            ["Farmers", "Reject", "Lamb", "Boycott", "Call"],
            ["Kelm", "lamb", "is", "sold", "as", "Kelm", "Lamb", "."],
        ];

        var common = CommonWords.Learn(sentences, minLowerCount: 2, minLowerShare: 0.5);

        // "boycott": twice in lower case mid-sentence (after the quote and in capitals or title case it does not count);
        // "lamb": twice in lower case, once capitalised; "kelm": never in lower case; "ended": only once.
        Assert.True(common.Contains("boycott"));
        Assert.True(common.Contains("lamb"));
        Assert.False(common.Contains("kelm"));
        Assert.False(common.Contains("ended"));
        Assert.False(common.Contains("reject"));
    }

    [Theory]
    [InlineData("SOCCER - JAPAN WIN 2-1 .", true)]
    [InlineData("LONDON 1996-08-30", true)]
    [InlineData("NATO troops left .", false)]
    [InlineData("A 1 2 .", false)]
    public void Detects_sentences_in_capitals(string sentence, bool shouting) =>
        Assert.Equal(shouting, CaseNormalizer.IsShouting(sentence.Split(' ')));

    [Fact]
    public void Leaves_documents_without_capitals_sentences_alone()
    {
        string[][] document = [["Ana", "Duro", "spoke", "."]];
        Assert.Same(document, CaseNormalizer.Normalize(document, WordClasses.Empty));
    }

    [Theory]
    [InlineData("Junta Leader Arrives in Kelm for Security Talks", true)]
    [InlineData("Budget Clears Senate After Stormy Debate", true)]
    [InlineData("the Eighth Air Force and the Ninth Air Force Moved to Kelm Base .", false)]
    [InlineData("Ana Ferro Met Bo Lind", false)]
    [InlineData("Troops leave Kelm after talks", false)]
    public void Title_case_headlines_are_short_unfinished_and_hold_common_words(string sentence, bool expected)
    {
        var classes = new WordClasses(new Dictionary<string, byte>(StringComparer.Ordinal)
        {
            ["leader"] = 6, ["arrives"] = 6, ["security"] = 6, ["talks"] = 6, ["clears"] = 6, ["stormy"] = 6, ["debate"] = 6,
            ["after"] = 6, ["budget"] = 6, ["air"] = 6, ["force"] = 6, ["moved"] = 6, ["base"] = 6, ["met"] = 6,
        });

        Assert.Equal(expected, CaseNormalizer.IsTitleCase(sentence.Split(' '), classes, CommonWords.Empty));
    }

    [Fact]
    public void A_title_case_headline_keeps_its_names_and_lowers_its_common_words()
    {
        var classes = new WordClasses(new Dictionary<string, byte>(StringComparer.Ordinal)
        {
            ["leader"] = 6, ["arrives"] = 6, ["security"] = 6, ["talks"] = 6, ["junta"] = 6,
        });
        string[][] document =
        [
            ["Ostland", "Junta", "Leader", "Arrives", "in", "Kelm", "for", "Security", "Talks"],
            ["The", "junta", "leader", "flew", "to", "Kelm", "on", "Sunday", "."],
        ];

        var normalized = CaseNormalizer.Normalize(document, classes, CommonWords.Empty, titleCase: true);

        Assert.Equal(["Ostland", "junta", "leader", "arrives", "in", "Kelm", "for", "security", "talks"], normalized[0]);
        Assert.Same(document[1], normalized[1]);
        Assert.Same(document, CaseNormalizer.Normalize(document, classes, CommonWords.Empty));
    }
}
