using Crosscheck.Stories;

namespace Crosscheck.Tests.Stories;

public sealed class TermVocabularyTests
{
    [Fact]
    public void Terms_keep_their_ids_across_table_growth()
    {
        var vocabulary = new TermVocabulary();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < 20_000; i++)
        {
            var term = "term" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            ids[term] = vocabulary.Intern(term);
        }

        Assert.Equal(20_000, vocabulary.Count);
        Assert.Equal(20_000, ids.Values.Distinct().Count());
        foreach (var (term, id) in ids)
        {
            Assert.Equal(id, vocabulary.Intern(term.AsSpan()));
        }

        Assert.Equal(20_000, vocabulary.Count);
    }

    [Fact]
    public void Document_frequency_drives_idf()
    {
        var vocabulary = new TermVocabulary();
        var common = vocabulary.Intern("flood");
        var rare = vocabulary.Intern("brennock");
        vocabulary.AddDocument([common, rare]);
        vocabulary.AddDocument([common]);
        vocabulary.AddDocument([common]);

        Assert.Equal(3, vocabulary.DocumentFrequency(common));
        Assert.True(vocabulary.Idf(rare) > vocabulary.Idf(common));
    }
}
