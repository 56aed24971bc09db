using Crosscheck.Pipeline;
using Crosscheck.Text.Ner;

namespace Crosscheck.Tests.Pipeline;

/// <summary>Self-training data: unlabelled articles tagged by a first (tiny, made-up) model.</summary>
public sealed class SelfTrainingCorpusTests
{
    private static PerceptronModel TinyModel()
    {
        string[] people = ["Ana Duro", "Piotr Malak", "Marta Lind", "Elena Varga"];
        string[] places = ["Valmora", "Dorvik", "Kelm", "Sorland"];
        var sentences = new List<ConllSentence>();
        for (var k = 0; k < 32; k++)
        {
            var person = people[k % people.Length].Split(' ');
            sentences.Add(new ConllSentence(
                [person[0], person[1], "said", "on", "Monday", "that", "troops", "left", places[(k / 2) % places.Length], "."],
                [NerTags.Begin(0), NerTags.Inside(0), 0, 0, 0, 0, 0, 0, NerTags.Begin(2), 0], k / 4));
        }

        return new PerceptronTrainer(new PerceptronTrainingOptions { Epochs = 4, MinFeatureCount = 1, SecondPass = false })
            .Train([new WeightedCorpus("made-up", sentences, 1f)]);
    }

    [Fact]
    public void Running_text_sentences_are_tagged_and_headlines_skipped()
    {
        var self = new SelfTraining("test pages", ["TROOPS LEAVE HARLOW AFTER TALKS. Jonas Reed said on Monday that troops left Harlow. Too short here."], 0.3f);

        var corpus = SelfTrainingCorpus.Tag(TinyModel(), self, out var mentions);

        var sentence = Assert.Single(corpus.Sentences);
        Assert.Equal("Jonas Reed said on Monday that troops left Harlow .", string.Join(' ', sentence.Words));
        Assert.Equal("B-PER I-PER O O O O O O B-LOC O", string.Join(' ', sentence.Tags.Select(NerTags.Name)));
        Assert.Equal(2, mentions);
        Assert.Equal(0.3f, corpus.Weight);
        Assert.Equal("self-trained test pages", corpus.Name);
    }
}
