namespace Crosscheck.Model;

public enum TokenKind
{
    Word,
    Number,
    Punctuation,
    Symbol,
    Url,
    Hashtag,
}
