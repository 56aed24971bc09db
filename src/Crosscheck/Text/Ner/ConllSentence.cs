namespace Crosscheck.Text.Ner;

/// <summary>
/// One sentence of a CoNLL file: its words and BIO tag ids (IOB1 input is converted on reading).
/// <paramref name="Document"/> is the 0-based index of the <c>-DOCSTART-</c> document it belongs to.
/// </summary>
public sealed record ConllSentence(string[] Words, int[] Tags, int Document);
