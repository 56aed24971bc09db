using Crosscheck.Model;

namespace Crosscheck.Text.Ner;

/// <summary>
/// The trained entity model behind <see cref="IEntityTagger"/>: tags each sentence's tokens
/// with <see cref="PerceptronModel"/> and turns BIO runs into mentions (MISC becomes
/// <see cref="EntityKind.Other"/>).
/// </summary>
public sealed class PerceptronEntityTagger : IEntityTagger
{
    public const string Id = "text.ner.perceptron/1";

    private readonly PerceptronModel _model;

    public PerceptronEntityTagger(PerceptronModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        _model = model;
    }

    public string StageId => Id;

    /// <summary>Loads the model folder (weights.bin.gz + meta.json).</summary>
    public static PerceptronEntityTagger Load(string folder) => new(NerModelFile.Load(folder).Model);

    public IReadOnlyList<EntityMention> Tag(string text, IReadOnlyList<Sentence> sentences, IReadOnlyList<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(tokens);
        // The whole article is one document: the second pass keeps a name's type consistent across sentences.
        var words = new List<string[]>(sentences.Count);
        var spans = new List<TextSpan[]>(sentences.Count);
        var sentenceWords = new List<string>();
        var sentenceSpans = new List<TextSpan>();
        var t = 0;
        foreach (var sentence in sentences)
        {
            sentenceWords.Clear();
            sentenceSpans.Clear();
            while (t < tokens.Count && tokens[t].Span.Start < sentence.Span.Start)
            {
                t++;
            }

            for (; t < tokens.Count && tokens[t].Span.End <= sentence.Span.End; t++)
            {
                sentenceWords.Add(tokens[t].Span.Of(text));
                sentenceSpans.Add(tokens[t].Span);
            }

            if (sentenceWords.Count > 0)
            {
                words.Add([.. sentenceWords]);
                spans.Add([.. sentenceSpans]);
            }
        }

        var tags = new int[words.Count][];
        for (var s = 0; s < tags.Length; s++)
        {
            tags[s] = new int[words[s].Length];
        }

        _model.PredictDocument(words, tags);
        var mentions = new List<EntityMention>();
        for (var s = 0; s < tags.Length; s++)
        {
            AddMentions(tags[s], spans[s], mentions);
        }

        return mentions;
    }

    private static void AddMentions(ReadOnlySpan<int> tags, TextSpan[] spans, List<EntityMention> mentions)
    {
        var start = -1;
        for (var i = 0; i <= tags.Length; i++)
        {
            var tag = i < tags.Length ? tags[i] : NerTags.Outside;
            var continues = start >= 0 && tag != NerTags.Outside && !NerTags.IsBegin(tag)
                && NerTags.TypeIndex(tag) == NerTags.TypeIndex(tags[start]);
            if (start >= 0 && !continues)
            {
                mentions.Add(new EntityMention(new TextSpan(spans[start].Start, spans[i - 1].End), NerTags.Kind(tags[start]), 1f));
                start = -1;
            }

            if (tag != NerTags.Outside && !continues)
            {
                start = i;
            }
        }
    }
}
