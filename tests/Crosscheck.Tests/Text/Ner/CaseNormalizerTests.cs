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
}
