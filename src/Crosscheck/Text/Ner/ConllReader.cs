namespace Crosscheck.Text.Ner;

/// <summary>
/// Reads CoNLL-format NER files: one <c>token TAG</c> per line (the tag is the last column),
/// blank lines between sentences, <c>-DOCSTART-</c> lines between documents. Accepts BIO and
/// IOB1: an <c>I-X</c> that does not continue an X entity starts one. Sentences before the first
/// <c>-DOCSTART-</c> (wikigold has none above its first article) form document 0; each
/// <c>-DOCSTART-</c> after sentences opens the next document.
/// </summary>
public static class ConllReader
{
    public static List<ConllSentence> Read(TextReader reader, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var sentences = new List<ConllSentence>();
        var words = new List<string>();
        var tags = new List<int>();
        var document = 0;
        var documentHasSentences = false;
        var lineNumber = 0;

        void Flush()
        {
            if (words.Count > 0)
            {
                sentences.Add(new ConllSentence([.. words], [.. tags], document));
                documentHasSentences = true;
                words.Clear();
                tags.Clear();
            }
        }

        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            var trimmed = line.AsSpan().Trim();
            if (trimmed.IsEmpty)
            {
                Flush();
                continue;
            }

            if (trimmed.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                Flush();
                if (documentHasSentences)
                {
                    document++;
                    documentHasSentences = false;
                }

                continue;
            }

            var split = trimmed.LastIndexOfAny(' ', '\t');
            if (split <= 0)
            {
                throw new FormatException($"{sourceName} line {lineNumber}: expected 'token TAG', got '{line}'");
            }

            var word = trimmed[..split].TrimEnd();
            var tagText = trimmed[(split + 1)..];
            var firstColumnEnd = word.IndexOfAny(' ', '\t');
            if (firstColumnEnd > 0)
            {
                word = word[..firstColumnEnd];
            }

            words.Add(word.ToString());
            tags.Add(ParseTag(tagText, tags.Count > 0 ? tags[^1] : NerTags.Outside, sourceName, lineNumber));
        }

        Flush();
        return sentences;
    }

    private static int ParseTag(ReadOnlySpan<char> tag, int previous, string sourceName, int lineNumber)
    {
        if (tag is "O")
        {
            return NerTags.Outside;
        }

        if (tag.Length < 3 || tag[1] != '-' || !NerTags.TryParseType(tag[2..], out var type))
        {
            throw new FormatException($"{sourceName} line {lineNumber}: unknown tag '{tag}'");
        }

        return tag[0] switch
        {
            'B' => NerTags.Begin(type),
            'I' => previous != NerTags.Outside && NerTags.TypeIndex(previous) == type ? NerTags.Inside(type) : NerTags.Begin(type),
            _ => throw new FormatException($"{sourceName} line {lineNumber}: unknown tag '{tag}'"),
        };
    }
}
