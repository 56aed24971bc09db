namespace Crosscheck.Model;

/// <summary>
/// A half-open range [Start, End) of UTF-16 code-unit indices into <see cref="Article.Text"/>.
/// </summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public bool IsEmpty => End <= Start;

    public ReadOnlySpan<char> In(string text) => text.AsSpan(Start, Length);

    public string Of(string text) => text.Substring(Start, Length);

    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    public bool Overlaps(TextSpan other) => other.Start < End && Start < other.End;

    public override string ToString() => $"[{Start},{End})";
}
