using Crosscheck.Text.Ner;

namespace Crosscheck.Tests.Text.Ner;

/// <summary>
/// The newswire development set (tests/fixtures/ner/news-dev.conll, built by build_news_dev.py from
/// annotations.txt): it reads with the project's CoNLL reader, has the counts its README documents,
/// and every line is strict BIO with the four CoNLL-2003 types.
/// </summary>
public sealed class NewsDevSetTests
{
    private static readonly string FilePath = RepoPaths.PathOf(Path.Combine("tests", "fixtures", "ner", "news-dev.conll"));

    private static readonly HashSet<string> LegalTags = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"];

    [Fact]
    public void Reads_with_the_documented_counts()
    {
        using var reader = new StreamReader(FilePath);
        var sentences = ConllReader.Read(reader, "news-dev.conll");

        Assert.Equal(30, sentences.Select(s => s.Document).Distinct().Count());
        Assert.Equal(29, sentences[^1].Document);
        Assert.Equal(794, sentences.Count);
        Assert.Equal(18596, sentences.Sum(s => s.Words.Length));

        var entities = sentences.SelectMany(s => s.Tags).Where(t => t != NerTags.Outside && NerTags.IsBegin(t))
            .GroupBy(NerTags.TypeName).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        Assert.Equal(362, entities["PER"]);
        Assert.Equal(373, entities["ORG"]);
        Assert.Equal(264, entities["LOC"]);
        Assert.Equal(229, entities["MISC"]);
    }

    [Fact]
    public void Every_line_is_a_docstart_a_blank_or_a_token_with_a_legal_bio_tag()
    {
        var previous = "O";
        var lineNumber = 0;
        var docstarts = 0;
        foreach (var line in File.ReadLines(FilePath))
        {
            lineNumber++;
            if (line.Length == 0)
            {
                previous = "O";
                continue;
            }

            var parts = line.Split(' ');
            Assert.True(parts.Length == 2 && parts[0].Length > 0, $"line {lineNumber}: expected 'token TAG', got '{line}'");
            if (parts[0] == "-DOCSTART-")
            {
                Assert.Equal("O", parts[1]);
                docstarts++;
                continue;
            }

            var tag = parts[1];
            Assert.True(LegalTags.Contains(tag), $"line {lineNumber}: illegal tag '{tag}'");
            if (tag.StartsWith("I-", StringComparison.Ordinal))
            {
                Assert.True(previous != "O" && previous.AsSpan(2).SequenceEqual(tag.AsSpan(2)), $"line {lineNumber}: '{tag}' does not continue '{previous}'");
            }

            previous = tag;
        }

        Assert.Equal(30, docstarts);
    }
}
