namespace Crosscheck.Text.Ner;

/// <summary>One <c>-DOCSTART-</c> document of a training corpus with its words and document evidence.</summary>
internal sealed class TrainingDocument
{
    private TrainingDocument(WeightedCorpus corpus, List<ConllSentence> sentences)
    {
        Corpus = corpus;
        Sentences = sentences;
        Words = [.. sentences.Select(s => s.Words)];
        Evidence = new DocumentEvidence(Words);
        Fold = sentences[0].Document % 2;
    }

    public WeightedCorpus Corpus { get; }

    public List<ConllSentence> Sentences { get; }

    public string[][] Words { get; }

    public DocumentEvidence Evidence { get; }

    /// <summary>0 or 1: the half of the corpus' documents this one belongs to (for cross-fold features).</summary>
    public int Fold { get; }

    /// <summary>Splits each corpus into its documents (consecutive sentences with the same document index).</summary>
    public static List<TrainingDocument> Group(IReadOnlyList<WeightedCorpus> corpora)
    {
        var documents = new List<TrainingDocument>();
        foreach (var corpus in corpora)
        {
            var current = new List<ConllSentence>();
            foreach (var sentence in corpus.Sentences)
            {
                if (current.Count > 0 && current[^1].Document != sentence.Document)
                {
                    documents.Add(new TrainingDocument(corpus, current));
                    current = [];
                }

                current.Add(sentence);
            }

            if (current.Count > 0)
            {
                documents.Add(new TrainingDocument(corpus, current));
            }
        }

        return documents;
    }
}
