using Crosscheck.Model;

namespace Crosscheck.Extract;

/// <summary>
/// Splits text into blocks: each non-blank line, trimmed, with hard-wrapped lines of one paragraph
/// merged (a long line not ending a sentence, followed directly by a line starting in lower case
/// or by any line when it ends with a comma or hyphen).
/// </summary>
internal static class TextBlocks
{
    /// <summary>Shortest line considered a hard-wrapped paragraph line.</summary>
    private const int MinWrappedLineChars = 50;

    public static List<TextSpan> Split(string text)
    {
        var blocks = new List<TextSpan>();
        bool previousAdjacent = false;
        int pos = 0;
        while (pos <= text.Length)
        {
            int newline = text.IndexOf('\n', pos);
            int end = newline < 0 ? text.Length : newline;
            int s = pos;
            int e = end;
            while (s < e && char.IsWhiteSpace(text[s]))
            {
                s++;
            }
            while (e > s && char.IsWhiteSpace(text[e - 1]))
            {
                e--;
            }
            if (e > s)
            {
                if (previousAdjacent && blocks.Count > 0 && IsWrapped(text, blocks[^1], s))
                {
                    blocks[^1] = new TextSpan(blocks[^1].Start, e);
                }
                else
                {
                    blocks.Add(new TextSpan(s, e));
                }
                previousAdjacent = true;
            }
            else
            {
                previousAdjacent = false;
            }
            if (newline < 0)
            {
                break;
            }
            pos = newline + 1;
        }
        return blocks;
    }

    private static bool IsWrapped(string text, TextSpan previous, int nextStart)
    {
        int lastLineStart = text.LastIndexOf('\n', previous.End - 1) + 1;
        int lastLineLength = previous.End - Math.Max(lastLineStart, previous.Start);
        char last = text[previous.End - 1];
        char next = text[nextStart];
        if (last is ',' or '-' or ';')
        {
            return lastLineLength >= MinWrappedLineChars / 2;
        }
        return lastLineLength >= MinWrappedLineChars
            && last is not ('.' or '!' or '?' or ':' or '"' or '\u201D' or '\u2019' or ')' or '*')
            && (char.IsLower(next) || char.IsDigit(next) || char.IsLetter(last));
    }
}
