using System.Diagnostics;
using Crosscheck.Model;

namespace Crosscheck.Text.Ner;

/// <summary>
/// The result of tagging a labelled set with a model: exact-span scores and the tagging speed
/// (one thread, tagging only: reading and scoring are not timed), and the predicted tags per sentence.
/// </summary>
public sealed record NerEvaluation(NerScorer Scorer, int Tokens, TimeSpan Elapsed, IReadOnlyList<int[]> Predicted)
{
    public double TokensPerSecond => Tokens / Math.Max(Elapsed.TotalSeconds, 1e-9);

    /// <summary>Tags every document of <paramref name="sentences"/> with the model and scores it against the gold tags.</summary>
    public static NerEvaluation Run(PerceptronModel model, IReadOnlyList<ConllSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(model);
        return Run(sentences, model.PredictDocument, null);
    }

    /// <summary>
    /// Scores any tagger: each document is rebuilt as text (words joined by spaces, see
    /// <see cref="ConllDocumentText"/>), tagged, and its mentions mapped back to the words. The time
    /// covers tagging only. With <paramref name="tokenizer"/>, the tagger gets that tokenizer's
    /// tokens of each sentence instead of the CoNLL words, as it does in the pipeline.
    /// </summary>
    public static NerEvaluation Run(IEntityTagger tagger, IReadOnlyList<ConllSentence> sentences, Tokenizer? tokenizer = null)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        return Run(sentences, null, tagger, tokenizer);
    }

    private delegate void DocumentTagger(IReadOnlyList<string[]> words, Span<int[]> tags);

    private static NerEvaluation Run(IReadOnlyList<ConllSentence> sentences, DocumentTagger? model, IEntityTagger? tagger, Tokenizer? tokenizer = null)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var predicted = new int[sentences.Count][];
        var tokens = 0;
        for (var s = 0; s < sentences.Count; s++)
        {
            predicted[s] = new int[sentences[s].Words.Length];
            tokens += sentences[s].Words.Length;
        }

        var clock = new Stopwatch();
        var start = 0;
        while (start < sentences.Count)
        {
            var end = start + 1;
            while (end < sentences.Count && sentences[end].Document == sentences[start].Document)
            {
                end++;
            }

            var words = new string[end - start][];
            for (var s = start; s < end; s++)
            {
                words[s - start] = sentences[s].Words;
            }

            if (model is not null)
            {
                clock.Start();
                model(words, predicted.AsSpan(start, end - start));
                clock.Stop();
            }
            else
            {
                var document = new ConllDocumentText(words);
                var taggerTokens = tokenizer is null ? document.Tokens : document.Retokenize(tokenizer);
                clock.Start();
                var mentions = tagger!.Tag(document.Text, document.Sentences, taggerTokens);
                clock.Stop();
                document.ToTags(mentions, predicted.AsSpan(start, end - start));
            }

            start = end;
        }

        var scorer = new NerScorer();
        for (var s = 0; s < sentences.Count; s++)
        {
            scorer.Add(sentences[s].Tags, predicted[s]);
        }

        return new NerEvaluation(scorer, tokens, clock.Elapsed, predicted);
    }
}
