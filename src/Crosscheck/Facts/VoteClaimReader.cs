using System.Globalization;
using System.Text.RegularExpressions;
using Crosscheck.Model;

namespace Crosscheck.Facts;

/// <summary>
/// Reads vote tallies ("approved by 119 countries, with 36 abstaining", "119 in favour to 1 against",
/// "by a vote of 119-1-36", "voted 61 to 39") and members' positions ("X abstained", "against (X)") from a sentence.
/// Each tally component becomes one <see cref="ClaimKind.Vote"/> claim keyed <c>vote:for</c>,
/// <c>vote:against</c> or <c>vote:abstain</c>, anchored on the voting body when one is named.
/// </summary>
internal static partial class VoteClaimReader
{
    public const string For = "for";
    public const string Against = "against";
    public const string Abstain = "abstain";

    private const string Num = @"(?<n>\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)";

    /// <summary>Reads the vote claims of one sentence; returns the spans it consumed so quantity reading can skip them.</summary>
    public static void Read(SentenceView sentence, string? bodyId, string? bodyName, List<Claim> output, List<TextSpan> consumed)
    {
        if (!sentence.HasAny(EventVocabulary.VoteWords))
        {
            return;
        }

        var text = sentence.Span.Of(sentence.Text);
        var offset = sentence.Span.Start;
        var seen = new HashSet<string>(StringComparer.Ordinal);

        foreach (Match m in TallyPattern().Matches(text))
        {
            AddComponent(sentence, For, m.Groups["a"], m, offset, bodyId, bodyName, seen, output, consumed);
            AddComponent(sentence, Against, m.Groups["b"], m, offset, bodyId, bodyName, seen, output, consumed);
            AddComponent(sentence, Abstain, m.Groups["c"], m, offset, bodyId, bodyName, seen, output, consumed);
        }

        foreach (Match m in VotesToPattern().Matches(text).Concat(VotedToPattern().Matches(text)))
        {
            AddComponent(sentence, For, m.Groups["n"], m, offset, bodyId, bodyName, seen, output, consumed);
            AddComponent(sentence, Against, m.Groups["m"], m, offset, bodyId, bodyName, seen, output, consumed);
        }

        ReadAll(ApprovedByPattern(), For);
        ReadAll(InFavourPattern(), For);
        ReadAll(VotedAgainstPattern(), Against);
        ReadAll(CountAgainstPattern(), Against);
        ReadAll(AbstainPattern(), Abstain);

        ReadPositions(sentence, bodyId, output);

        void ReadAll(Regex pattern, string component)
        {
            foreach (Match m in pattern.Matches(text))
            {
                AddComponent(sentence, component, m.Groups["n"], m, offset, bodyId, bodyName, seen, output, consumed);
            }
        }
    }

    private static void AddComponent(
        SentenceView sentence, string component, Group number, Match match, int offset, string? bodyId, string? bodyName,
        HashSet<string> seen, List<Claim> output, List<TextSpan> consumed)
    {
        if (!number.Success || !TryParseCount(number.Value, out var count))
        {
            return;
        }

        var span = new TextSpan(offset + match.Index, offset + match.Index + match.Length);
        foreach (var used in consumed)
        {
            if (used.Overlaps(span) && !used.Equals(span))
            {
                return;
            }
        }

        if (!seen.Add(component))
        {
            return;
        }

        consumed.Add(span);
        var value = count.ToString(CultureInfo.InvariantCulture);
        output.Add(new Claim(ClaimKind.Vote, "vote:" + component, value, span.Of(sentence.Text), sentence.ArticleId, sentence.Span, span)
        {
            Subject = ComponentSubject(component) + (bodyName is null ? "" : " (" + bodyName + ")"),
            Anchor = bodyId,
            Number = count,
            Modifier = QuantityModifier.Exact,
            Date = sentence.FirstDate(),
            Participants = sentence.Participants(),
        });
    }

    /// <summary>
    /// Members' positions: "X abstained", "against (X)", "36 abstaining including X", and members
    /// listed after one of those ("including X, Y's ally, and Z": Z abstained too; Y, a possessor
    /// inside an appositive, did not).
    /// </summary>
    private static void ReadPositions(SentenceView sentence, string? bodyId, List<Claim> output)
    {
        var text = sentence.Text;
        string? listPosition = null;
        int listStart = 0, listEnd = 0;
        foreach (var mention in sentence.Entities)
        {
            if (mention.Entity.Kind == EntityKind.Person)
            {
                continue;
            }

            string? position = null;
            TextSpan evidence = default;
            var afterEnd = Math.Min(sentence.Span.End, mention.Span.End + 40);
            var after = PositionAfterPattern().Match(text, mention.Span.End, afterEnd - mention.Span.End);
            var possessor = IsPossessor(text, mention.Span.End, sentence.Span.End);
            if (after.Success)
            {
                position = NormalisePosition(after.Groups["v"].Value);
                evidence = new TextSpan(mention.Span.Start, after.Index + after.Length);
            }
            else if (!possessor)
            {
                var beforeStart = Math.Max(sentence.Span.Start, mention.Span.Start - 40);
                var before = PositionBeforePattern().Match(text, beforeStart, mention.Span.Start - beforeStart);
                if (before.Success)
                {
                    position = NormalisePosition(before.Groups["v"].Value);
                    evidence = new TextSpan(before.Index, mention.Span.End);
                    listPosition = position;
                    listStart = before.Index;
                }
                else if (listPosition is not null && ListContinuationPattern().IsMatch(text.AsSpan(listEnd, mention.Span.Start - listEnd)))
                {
                    position = listPosition;
                    evidence = new TextSpan(listStart, mention.Span.End);
                }
            }

            if (position is null)
            {
                continue;
            }

            listEnd = mention.Span.End;
            output.Add(new Claim(ClaimKind.Vote, "vote:position|" + mention.Entity.Id, position, evidence.Of(text), sentence.ArticleId, sentence.Span, evidence)
            {
                Subject = mention.Entity.Name + "'s vote",
                Anchor = bodyId,
                Date = sentence.FirstDate(),
                Participants = [mention.Participant],
            });
        }
    }

    private static bool IsPossessor(string text, int end, int limit) =>
        end + 1 < limit && text[end] is '\'' or '’' && text[end + 1] == 's';

    private static string NormalisePosition(string verb)
    {
        var lower = verb.ToLowerInvariant();
        if (lower.Contains("abst", StringComparison.Ordinal))
        {
            return "abstained";
        }

        return lower.Contains("against", StringComparison.Ordinal) || lower.Contains("oppos", StringComparison.Ordinal) ? "against" : "in favour";
    }

    private static string ComponentSubject(string component) => component switch
    {
        For => "vote in favour",
        Against => "vote against",
        _ => "vote abstentions",
    };

    private static bool TryParseCount(string raw, out decimal count)
    {
        var digits = raw.Replace(",", "", StringComparison.Ordinal);
        if (EventVocabulary.NumberWords.TryGetValue(digits.ToLowerInvariant(), out var word))
        {
            count = word;
            return true;
        }

        return decimal.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out count);
    }

    [GeneratedRegex(@"(?:\b(?:vote|tally|margin|count)\s+of\s+)(?<a>\d+)\s*[-–—]\s*(?<b>\d+)(?:\s*[-–—]\s*(?<c>\d+))?|\b(?<a>\d+)\s*[-–—]\s*(?<b>\d+)(?:\s*[-–—]\s*(?<c>\d+))?\s+(?:vote|tally)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TallyPattern();

    [GeneratedRegex(@"\b(?<n>\d[\d,]*)\s+votes?\s+to\s+(?<m>\d[\d,]*)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VotesToPattern();

    /// <summary>"voted 61 to 39", "by 61 to 38" (not "by 3 to 5 percent").</summary>
    [GeneratedRegex(@"\b(?:voted|by)\s+(?<n>\d[\d,]*)\s+to\s+(?<m>\d[\d,]*)\b(?!\s*(?:%|percent|per\s+cent|votes?\b|[.,]\d))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VotedToPattern();

    [GeneratedRegex(@"\b(?:approved|adopted|passed|backed|supported|endorsed)\s+by\s+(?:a\s+vote\s+of\s+)?(?<n>\d[\d,]*)\b(?!\s*[-–—]\s*\d)(?!\s+votes?\s+to\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ApprovedByPattern();

    [GeneratedRegex(@"\b(?<n>\d[\d,]*)\s+(?:\p{L}+\s+){0,2}?(?:(?:voted|voting|votes?)\s+)?in\s+favou?r\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InFavourPattern();

    [GeneratedRegex(@"\b" + Num + @"\s+(?:\p{L}+,?\s+){0,3}?(?:voted|voting)\s+against\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VotedAgainstPattern();

    [GeneratedRegex(@"\b(?<n>\d[\d,]*)\s+(?:votes?\s+)?against\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CountAgainstPattern();

    [GeneratedRegex(@"\b(?<n>\d[\d,]*)\s+(?:\p{L}+\s+){0,2}?(?:abstaining|abstained|abstentions?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AbstainPattern();

    [GeneratedRegex(@"\G\s*,?\s*(?:(?:also|had|has|have|which|itself)\s+)*(?<v>abstained|voted\s+against|voted\s+for|voted\s+in\s+favou?r|opposed)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PositionAfterPattern();

    /// <summary>Between two members of one list: ", ", " and ", " or ", with at most one appositive (", Y's main ally, and ").</summary>
    [GeneratedRegex(@"^(?:\s*,\s*(?:[^,.;:()\d]{1,40},\s*)?(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$", RegexOptions.CultureInvariant)]
    private static partial Regex ListContinuationPattern();

    [GeneratedRegex(@"(?<v>abstaining|abstentions?|abstained|against|in\s+favou?r)\s*,?\s*(?:including\s+|\(\s*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PositionBeforePattern();
}
