namespace Crosscheck.Extract;

/// <summary>Which step of the extraction cascade produced an article's body.</summary>
public enum ExtractionStrategy
{
    /// <summary>Not HTML: the text (or a JSONL record's text) cleaned line by line.</summary>
    PlainText,
    /// <summary>The best-scoring content container and its sibling parts, with unlikely (chrome-named) elements removed first.</summary>
    MainContainer,
    /// <summary>As <see cref="MainContainer"/>, but keeping chrome-named elements (the first pass found too little).</summary>
    RelaxedContainer,
    /// <summary>Every prose paragraph of the page that is not link-dense (the container passes found too little).</summary>
    Paragraphs,
    /// <summary>The <c>articleBody</c> the page states in its JSON-LD (the DOM yielded much less).</summary>
    JsonLdBody,
}
