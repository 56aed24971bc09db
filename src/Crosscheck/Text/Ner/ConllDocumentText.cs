using Crosscheck.Model;

namespace Crosscheck.Text.Ner;

/// <summary>
/// A CoNLL document rebuilt as text so that any <see cref="IEntityTagger"/> can be scored on it:
/// words joined by single spaces, one sentence per CoNLL sentence (separated by a newline), one
/// token per word; mentions map back to BIO tags over the words.
/// </summary>
internal sealed class ConllDocumentText
{
    private readonly List<(int First, int End)> _sentenceTokens = [];

    public ConllDocumentText(IReadOnlyList<string[]> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var builder = new System.Text.StringBuilder();
        var sentenceList = new List<Sentence>(sentences.Count);
        var tokenList = new List<Token>();
        foreach (var words in sentences)
        {
            var sentenceStart = builder.Length;
            var first = tokenList.Count;
            for (var i = 0; i < words.Length; i++)
            {
                if (i > 0)
                {
                    builder.Append(' ');
                }

                var start = builder.Length;
                builder.Append(words[i]);
                tokenList.Add(new Token(new TextSpan(start, builder.Length), KindOf(words[i])));
            }

            sentenceList.Add(new Sentence(new TextSpan(sentenceStart, builder.Length)));
            _sentenceTokens.Add((first, tokenList.Count));
            builder.Append('\n');
        }

        Text = builder.ToString();
        Sentences = sentenceList;
        Tokens = tokenList;
    }

    public string Text { get; }

    public IReadOnlyList<Sentence> Sentences { get; }

    public IReadOnlyList<Token> Tokens { get; }

    /// <summary>
    /// The text's tokens as the pipeline's own tokenizer reads each sentence, in place of the
    /// CoNLL words: scoring with these measures what tokenisation costs the tagger on real text.
    /// </summary>
    public IReadOnlyList<Token> Retokenize(Tokenizer tokenizer)
    {
        ArgumentNullException.ThrowIfNull(tokenizer);
        var tokens = new List<Token>(Tokens.Count);
        foreach (var sentence in Sentences)
        {
            tokenizer.Tokenize(Text, sentence.Span, tokens);
        }

        return tokens;
    }

    /// <summary>Writes BIO tags per word from mentions: a mention covers the words it overlaps.</summary>
    public void ToTags(IReadOnlyList<EntityMention> mentions, Span<int[]> tags)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        var tokenSentence = new int[Tokens.Count];
        for (var s = 0; s < _sentenceTokens.Count; s++)
        {
            Array.Clear(tags[s]);
            for (var k = _sentenceTokens[s].First; k < _sentenceTokens[s].End; k++)
            {
                tokenSentence[k] = s;
            }
        }

        var t = 0;
        foreach (var mention in mentions)
        {
            while (t < Tokens.Count && Tokens[t].Span.End <= mention.Span.Start)
            {
                t++;
            }

            var typeIndex = mention.Kind switch
            {
                EntityKind.Person => 0,
                EntityKind.Organization => 1,
                EntityKind.Place => 2,
                _ => 3,
            };
            for (var k = t; k < Tokens.Count && Tokens[k].Span.Start < mention.Span.End; k++)
            {
                var s = tokenSentence[k];
                var begins = k == t || tokenSentence[k - 1] != s;
                tags[s][k - _sentenceTokens[s].First] = begins ? NerTags.Begin(typeIndex) : NerTags.Inside(typeIndex);
            }
        }
    }

    private static TokenKind KindOf(string word)
    {
        var letters = false;
        var digits = false;
        foreach (var c in word)
        {
            letters |= char.IsLetter(c);
            digits |= char.IsDigit(c);
        }

        return letters ? TokenKind.Word : digits ? TokenKind.Number : char.IsPunctuation(word[0]) ? TokenKind.Punctuation : TokenKind.Symbol;
    }
}
