using System.Text.RegularExpressions;
using Crosscheck.Model;

namespace Crosscheck.Extract;

/// <summary>
/// Classifies text blocks (paragraphs or lines) as article content or site chrome with a
/// feature-scored classifier plus a few unambiguous shapes. Stateless and thread-safe.
/// </summary>
/// <remarks>
/// <para>Shapes decided outright: gallery counters ("1 / 6"), tag lists ("TAGS: …" or several
/// short comma-separated items), photo credits ("Photo: …", a caption ending "(… via AP)" or
/// "EPA / TASS"), link-list headers ("Read more", "Related posts") and the run of short title-like
/// lines after them, and a block repeated verbatim right after itself (a caption rendered twice).</para>
/// <para>Scored features, summed into a content score:</para>
/// <list type="bullet">
/// <item>ends with sentence punctuation: +1;</item>
/// <item>at least 8 words: +1; at least 20 words: +1;</item>
/// <item>mostly lower-case words (prose rather than a headline or a name list): +0.5;</item>
/// <item>title-like (no end punctuation, most words capitalised): −1; two words or fewer without end punctuation: −1;</item>
/// <item>link density (Markdown links and URLs) of half the characters or more: −3;</item>
/// <item>interface vocabulary (appeals, social calls, layout controls, legal footers, see
/// <see cref="ChromeVocabulary"/>): −2.5 per phrase in blocks under 40 words (−1 in longer ones),
/// a further −1.5 when the block addresses the reader ("you", "our", "please");</item>
/// <item>reported speech (quotation marks and a reporting verb): +1.5.</item>
/// </list>
/// <para>Blocks scoring 1 or more are content; −1 or less are chrome. Weak blocks in between are
/// kept only inside the prose core (between the first and last blocks scoring 2 or more), so
/// sub-headings survive while short leftovers above and below the article are dropped. A weak
/// block next to a gallery counter or credit is a credit; three or more weak unpunctuated blocks in
/// a row form a link list.</para>
/// </remarks>
public sealed class BoilerplateRemover
{
    public const string StageId = "extract.boilerplate/1";

    private readonly BoilerplateOptions _options;

    public BoilerplateRemover(BoilerplateOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    /// <summary>
    /// Classifies each block of <paramref name="text"/>: null for content, else the kind of chrome.
    /// Blocks must be sorted and inside the text.
    /// </summary>
    public ChromeKind?[] Classify(string text, IReadOnlyList<TextSpan> blocks)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(blocks);
        int n = blocks.Count;
        var result = new ChromeKind?[n];
        var scores = new double[n];
        var features = new BlockFeatures[n];
        var decided = new bool[n];
        var vocabulary = new ChromeKind?[n];
        bool inLinkList = false;
        for (int i = 0; i < n; i++)
        {
            var span = blocks[i].In(text);
            var f = BlockFeatures.Measure(span);
            features[i] = f;
            if (inLinkList)
            {
                if (f.EndsSentence && f.Words >= 10 && f.LinkRatio < 0.5)
                {
                    inLinkList = false;
                }
                else
                {
                    result[i] = ChromeKind.LinkList;
                    decided[i] = true;
                    continue;
                }
            }
            var shape = ClassifyShape(span, f, out bool opensLinkList);
            if (shape is not null)
            {
                result[i] = shape;
                decided[i] = true;
                inLinkList = opensLinkList;
                continue;
            }
            if (i > 0 && f.Words <= 60 && span.SequenceEqual(blocks[i - 1].In(text)))
            {
                result[i] = ChromeKind.Credit;
                result[i - 1] = ChromeKind.Credit;
                decided[i] = decided[i - 1] = true;
                continue;
            }
            scores[i] = Score(span, f, out var vocabularyKind);
            vocabulary[i] = vocabularyKind;
            if (scores[i] <= _options.ChromeThreshold)
            {
                result[i] = vocabularyKind ?? DefaultKind(f);
                decided[i] = true;
            }
            else if (scores[i] >= _options.ContentThreshold)
            {
                decided[i] = true;
            }
        }
        ResolveWeak(result, scores, features, decided, vocabulary);
        return result;
    }

    /// <summary>True if the span contains interface vocabulary (used to reject title candidates).</summary>
    internal static bool HasInterfaceVocabulary(ReadOnlySpan<char> span) =>
        (ChromeVocabulary.MayContainVocabulary(span) && (ChromeVocabulary.Appeal().IsMatch(span) || ChromeVocabulary.Social().IsMatch(span)
        || ChromeVocabulary.Control().IsMatch(span) || ChromeVocabulary.Footer().IsMatch(span)))
        || ChromeVocabulary.LinkHeader().IsMatch(span) || ChromeVocabulary.GalleryCounter().IsMatch(span);

    private static ChromeKind? ClassifyShape(ReadOnlySpan<char> span, in BlockFeatures f, out bool opensLinkList)
    {
        opensLinkList = false;
        if (ChromeVocabulary.GalleryCounter().IsMatch(span))
        {
            return ChromeKind.GalleryCounter;
        }
        if (ChromeVocabulary.TagLabel().IsMatch(span) || IsCommaTagList(span, f))
        {
            return ChromeKind.TagList;
        }
        foreach (var m in ChromeVocabulary.LinkHeader().EnumerateMatches(span))
        {
            if (m.Index != 0)
            {
                break;
            }
            var rest = span[m.Length..].Trim();
            bool hasColon = span[..m.Length].Contains(':');
            if (rest.IsEmpty && f.Words <= 6)
            {
                opensLinkList = true;
                return ChromeKind.LinkList;
            }
            if ((hasColon && f.Words <= 30) || (f.LinkRatio >= 0.5 && f.Words <= 30))
            {
                return ChromeKind.LinkList;
            }
        }
        if (f.Words <= 60 && ChromeVocabulary.MayBeCredit(span) && ChromeVocabulary.Credit().IsMatch(span))
        {
            return ChromeKind.Credit;
        }
        return null;
    }

    /// <summary>Three or more comma-separated items averaging three words or fewer, without end punctuation.</summary>
    private static bool IsCommaTagList(ReadOnlySpan<char> span, in BlockFeatures f)
    {
        if (f.EndsSentence || f.Words > 30)
        {
            return false;
        }
        int commas = span.Count(',');
        return commas >= 3 && f.Words <= (commas + 1) * 3;
    }

    private double Score(ReadOnlySpan<char> span, in BlockFeatures f, out ChromeKind? vocabularyKind)
    {
        double score = 0;
        if (f.EndsSentence)
        {
            score += 1;
        }
        if (f.Words >= 8)
        {
            score += 1;
        }
        if (f.Words >= 20)
        {
            score += 1;
        }
        if (f.Words >= 4 && f.Capitalised * 2 <= f.Words)
        {
            score += 0.5;
        }
        if (!f.EndsSentence && f.Words >= 2 && f.Capitalised * 10 >= f.Words * 6)
        {
            score -= 1;
        }
        if (!f.EndsSentence && f.Words <= 2)
        {
            score -= 1;
        }
        if (f.LinkRatio >= 0.5)
        {
            score -= 3;
        }
        vocabularyKind = null;
        int best = 0;
        int hits = 0;
        if (!ChromeVocabulary.MayContainVocabulary(span))
        {
            return score + SpeechBonus(span, f);
        }
        CountHits(ChromeVocabulary.Appeal(), span, ChromeKind.Appeal, ref hits, ref best, ref vocabularyKind);
        CountHits(ChromeVocabulary.Social(), span, ChromeKind.SocialCall, ref hits, ref best, ref vocabularyKind);
        CountHits(ChromeVocabulary.Control(), span, ChromeKind.Control, ref hits, ref best, ref vocabularyKind);
        CountHits(ChromeVocabulary.Footer(), span, ChromeKind.Footer, ref hits, ref best, ref vocabularyKind);
        if (hits > 0)
        {
            bool shortBlock = f.Words < _options.LongBlockWords;
            score -= (shortBlock ? 2.5 : 1) * hits;
            if (shortBlock && ChromeVocabulary.ReaderAddress().IsMatch(span))
            {
                score -= 1.5;
            }
        }
        return score + SpeechBonus(span, f);
    }

    private static double SpeechBonus(ReadOnlySpan<char> span, in BlockFeatures f) =>
        f.HasQuote && ChromeVocabulary.ReportingVerb().IsMatch(span) ? 1.5 : 0;

    private static void CountHits(Regex regex, ReadOnlySpan<char> span, ChromeKind kind, ref int hits, ref int best, ref ChromeKind? bestKind)
    {
        int count = regex.Count(span);
        hits += count;
        if (count > best)
        {
            best = count;
            bestKind = kind;
        }
    }

    private static ChromeKind DefaultKind(in BlockFeatures f) =>
        f.LinkRatio >= 0.5 ? ChromeKind.LinkList : f.EndsSentence ? ChromeKind.Other : ChromeKind.Heading;

    /// <summary>Decides weak blocks from their position relative to the prose core and their neighbours.</summary>
    private void ResolveWeak(ChromeKind?[] result, double[] scores, BlockFeatures[] features, bool[] decided, ChromeKind?[] vocabulary)
    {
        int n = result.Length;
        int first = -1;
        int last = -1;
        for (int i = 0; i < n; i++)
        {
            if (result[i] is null && decided[i] && scores[i] >= _options.StrongThreshold)
            {
                if (first < 0)
                {
                    first = i;
                }
                last = i;
            }
        }
        for (int i = 0; i < n; i++)
        {
            if (decided[i])
            {
                continue;
            }
            bool insideCore = first >= 0 && i > first && i < last;
            if (insideCore)
            {
                continue;
            }
            bool nearCredit = (i > 0 && result[i - 1] is ChromeKind.GalleryCounter or ChromeKind.Credit)
                || (i + 1 < n && result[i + 1] is ChromeKind.GalleryCounter or ChromeKind.Credit);
            result[i] = nearCredit && !features[i].EndsSentence ? ChromeKind.Credit : vocabulary[i] ?? DefaultKind(features[i]);
        }
        MarkLinkRuns(result, features, decided);
        for (int i = 0; i < n; i++)
        {
            bool nearCredit = (i > 0 && result[i - 1] is ChromeKind.GalleryCounter or ChromeKind.Credit)
                || (i + 1 < n && result[i + 1] is ChromeKind.GalleryCounter or ChromeKind.Credit);
            if (nearCredit && result[i] == ChromeKind.Heading)
            {
                result[i] = ChromeKind.Credit;
            }
        }
    }

    /// <summary>Three or more consecutive undecided (weak) unpunctuated blocks outside the core are a link list.</summary>
    private static void MarkLinkRuns(ChromeKind?[] result, BlockFeatures[] features, bool[] decided)
    {
        int runStart = -1;
        for (int i = 0; i <= result.Length; i++)
        {
            bool inRun = i < result.Length && !decided[i] && result[i] == ChromeKind.Heading && !features[i].EndsSentence && features[i].Words >= 3;
            if (inRun)
            {
                if (runStart < 0)
                {
                    runStart = i;
                }
                continue;
            }
            if (runStart >= 0 && i - runStart >= 3)
            {
                for (int j = runStart; j < i; j++)
                {
                    result[j] = ChromeKind.LinkList;
                }
            }
            runStart = -1;
        }
    }
}
