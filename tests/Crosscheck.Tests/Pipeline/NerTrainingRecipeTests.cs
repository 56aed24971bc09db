using Crosscheck.Pipeline;
using Crosscheck.Text.Ner;

namespace Crosscheck.Tests.Pipeline;

/// <summary>Which documents the entity-model recipe holds out.</summary>
public sealed class NerTrainingRecipeTests
{
    [Fact]
    public void Held_out_fifths_are_whole_documents_of_gum_wikinews_and_wikigold()
    {
        var conll = string.Concat(Enumerable.Range(0, 7).Select(d => $"-DOCSTART- O\n\nword{d} O\n\nmore O\n\n"));
        var sentences = ConllReader.Read(new StringReader(conll), "test.conll");
        Assert.Equal([0, 0, 5, 5], sentences.Where(s => NerTrainingRecipe.IsHeldOut("wikigold.conll.txt", s)).Select(s => s.Document));
        Assert.Equal([1, 1, 6, 6], sentences.Where(s => NerTrainingRecipe.IsHeldOut("gum-wikinews.conll", s, 1)).Select(s => s.Document));
        Assert.DoesNotContain(sentences, s => NerTrainingRecipe.IsHeldOut("gum-ccby.conll", s));
    }
}
