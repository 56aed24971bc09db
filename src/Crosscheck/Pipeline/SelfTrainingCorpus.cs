using Crosscheck.Text;
using Crosscheck.Text.Ner;

namespace Crosscheck.Pipeline;

/// <summary>
/// Self-training: unlabelled news articles tagged by a first model with the tagger as shipped (its
/// document rules included), as a training corpus for the next model. Only sentences of running
/// text are kept; headlines in capitals or title case are where the first model is least sure.
/// </summary>
internal static class SelfTrainingCorpus
{
    private const int MinWords = 6;
    private const int MaxWords = 80;

    public static WeightedCorpus Tag(PerceptronModel model, SelfTraining self, out int mentions)
    {
        var sentences = new List<ConllSentence>();
        for (var d = 0; d < self.Texts.Count; d++)
        {
            foreach (var words in NerTrainingRecipe.Sentences(self.Texts[d]))
            {
                if (words.Length is >= MinWords and <= MaxWords && IsRunningText(words))
                {
                    sentences.Add(new ConllSentence(words, new int[words.Length], d));
                }
            }
        }

        var tagger = new PerceptronEntityTagger(model, new BaselineEntityTagger());
        var predicted = NerEvaluation.Run(tagger, sentences).Predicted;
        mentions = 0;
        var tagged = new List<ConllSentence>(sentences.Count);
        for (var s = 0; s < sentences.Count; s++)
        {
            foreach (var tag in predicted[s])
            {
                mentions += NerTags.IsBegin(tag) ? 1 : 0;
            }

            tagged.Add(sentences[s] with { Tags = predicted[s] });
        }

        return new WeightedCorpus("self-trained " + self.Source, tagged, self.Weight);
    }

    /// <summary>A sentence with a lower-case word of four or more letters after its first word.</summary>
    private static bool IsRunningText(string[] words)
    {
        for (var i = 1; i < words.Length; i++)
        {
            if (words[i].Length >= 4 && char.IsLower(words[i][0]))
            {
                return true;
            }
        }

        return false;
    }
}
