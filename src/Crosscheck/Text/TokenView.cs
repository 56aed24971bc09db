using Crosscheck.Model;

namespace Crosscheck.Text;

/// <summary>Read helpers over a token list of one text; spans, never substrings.</summary>
internal readonly struct TokenView(string text, IReadOnlyList<Token> tokens)
{
    public string Text { get; } = text;

    public IReadOnlyList<Token> Tokens { get; } = tokens;

    public int Count => Tokens.Count;

    public ReadOnlySpan<char> this[int index] => Tokens[index].Span.In(Text);

    public TokenKind Kind(int index) => Tokens[index].Kind;

    public TextSpan Span(int index) => Tokens[index].Span;

    public bool Is(int index, string word) => this[index].Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>True when nothing (not even whitespace) separates token <paramref name="index"/> from the next.</summary>
    public bool Touches(int index) => Tokens[index].Span.End == Tokens[index + 1].Span.Start;

    public bool IsCapitalized(int index)
    {
        var word = this[index];
        return word.Length > 0 && char.IsUpper(word[0]);
    }

    public bool IsLowerWord(int index) => Kind(index) == TokenKind.Word && char.IsLower(this[index][0]);

    /// <summary>The token without a possessive ending ("junta's" → "junta").</summary>
    public ReadOnlySpan<char> WithoutPossessive(int index)
    {
        var word = this[index];
        return HasPossessive(word) ? word[..^2] : word;
    }

    public static bool HasPossessive(ReadOnlySpan<char> word) =>
        word.Length > 2 && (word[^1] == 's' || word[^1] == 'S') && Tokenizer.IsApostrophe(word[^2]);

    /// <summary>For each sentence, the half-open range of token indexes inside it.</summary>
    public static (int First, int End)[] TokenRanges(IReadOnlyList<Sentence> sentences, IReadOnlyList<Token> tokens)
    {
        var ranges = new (int, int)[sentences.Count];
        var t = 0;
        for (var s = 0; s < sentences.Count; s++)
        {
            var span = sentences[s].Span;
            while (t < tokens.Count && tokens[t].Span.Start < span.Start)
            {
                t++;
            }

            var first = t;
            while (t < tokens.Count && tokens[t].Span.End <= span.End)
            {
                t++;
            }

            ranges[s] = (first, t);
        }

        return ranges;
    }
}
