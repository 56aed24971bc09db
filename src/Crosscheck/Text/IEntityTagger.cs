using Crosscheck.Model;

namespace Crosscheck.Text;

/// <summary>
/// Finds named-entity mentions in an article's sentences. Two implementations: the
/// heuristic <see cref="BaselineEntityTagger"/> and, later, a trained model runtime.
/// Implementations must be thread-safe.
/// </summary>
public interface IEntityTagger
{
    /// <summary>The versioned id recorded on the mentions ("text.ner.baseline/1").</summary>
    string StageId { get; }

    /// <summary>Tags entity mentions.</summary>
    /// <param name="text">The article text; all spans are half-open UTF-16 offsets into it.</param>
    /// <param name="sentences">Sentences, sorted.</param>
    /// <param name="tokens">Tokens of those sentences, sorted.</param>
    /// <returns>Non-overlapping mentions sorted by start.</returns>
    IReadOnlyList<EntityMention> Tag(string text, IReadOnlyList<Sentence> sentences, IReadOnlyList<Token> tokens);
}
