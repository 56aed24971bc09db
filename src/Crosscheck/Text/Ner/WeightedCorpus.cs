namespace Crosscheck.Text.Ner;

/// <summary>A training corpus and how much its updates count.</summary>
/// <param name="NoMisc">The corpus never tags MISC: a MISC prediction on its O tokens is not penalised.</param>
public sealed record WeightedCorpus(string Name, IReadOnlyList<ConllSentence> Sentences, float Weight, bool NoMisc = false);
