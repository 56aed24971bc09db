using System.Buffers;
using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Crosscheck.Model;
using Crosscheck.Text;

namespace Crosscheck.Facts;

/// <summary>
/// Reads descriptive attributes of people: their age and their role. Only attributes that sit
/// right next to a resolved person are read; an age or title that cannot be attached safely is
/// left out (a wrong age on the wrong person is worse than none).
/// <list type="bullet">
/// <item>Ages: "the 75-year-old ousted leader and Nobel laureate X" (the phrase, then at most
/// <see cref="MaxAgeGapWords"/> descriptive words ending in a role noun, then the person),
/// "X, the 75-year-old leader", "X, 58," / "X (58)", "X, aged 58".</item>
/// <item>Roles: capitalised or lower-case title words ending in a title head directly before the
/// person ("Defence Minister X"), or an apposition "X, the defence minister of Y,". Courtesy
/// titles (Mr, Dr, Sir) are not roles.</item>
/// </list>
/// Keys are <c>age:&lt;entity id&gt;</c> and <c>role:&lt;entity id&gt;</c>; values are the age in
/// years and the role in lower case ("defence minister").
/// </summary>
internal sealed partial class AttributeReader
{
    public const string AgeKeyPrefix = "age:";
    public const string RoleKeyPrefix = "role:";

    /// <summary>Descriptive words allowed between "75-year-old" and the person it describes.</summary>
    private const int MaxAgeGapWords = 8;

    /// <summary>Title words allowed in one role ("first deputy prime minister").</summary>
    private const int MaxRoleWords = 5;

    /// <summary>Capitalised qualifiers passed over between an article and a role ("a Toldovan journalist").</summary>
    private const int MaxQualifierWords = 2;

    /// <summary>Words after "of" in a role after a name ("president of the SKV union").</summary>
    private const int MaxOwnerWords = 4;

    private const int MinAge = 1;
    private const int MaxAge = 120;

    private readonly FrozenSet<string> _titleWords;
    private readonly FrozenSet<string> _titleHeads;
    private readonly FrozenSet<string> _roleNouns;

    /// <summary>Title words and lower-case role nouns: the words of a role after a name ("a Toldovan journalist").</summary>
    private readonly FrozenSet<string> _roleWords;

    /// <summary>Title heads and lower-case role nouns: the words that can end a role after a name.</summary>
    private readonly FrozenSet<string> _roleHeads;

    /// <summary>Words that end a noun phrase: an age phrase never reaches a name across them.</summary>
    private static readonly FrozenSet<string> GapBreakers = FrozenSet.ToFrozenSet(
        ("is are was were be been has have had will would who which that whose when while after before with by to from for in on at " +
         "as but or than said says told tells met meets according").Split(' '),
        StringComparer.Ordinal);

    /// <summary>Courtesy titles: before a name, but not a role.</summary>
    private static readonly FrozenSet<string> CourtesyTitles = FrozenSet.ToFrozenSet(
        "mr mrs ms miss dr prof sir dame lord lady rev father sister brother".Split(' '), StringComparer.Ordinal);

    public AttributeReader()
    {
        _titleWords = Lower(EnglishVocabulary.TitleWords);
        _titleHeads = Lower(EnglishVocabulary.TitleHeads);
        _roleWords = Lower([.. EnglishVocabulary.TitleWords, .. EnglishVocabulary.PersonCueWords]);
        _roleHeads = Lower([.. EnglishVocabulary.TitleHeads, .. EnglishVocabulary.PersonCueWords]);
        _roleNouns = Lower([.. EnglishVocabulary.PersonCueWords, .. EnglishVocabulary.TitleHeads,
            "laureate", "man", "woman", "boy", "girl", "veteran", "politician", "ruler", "figure", "icon", "resident", "student", "owner"]);
    }

    public void Read(SentenceView sentence, List<Claim> output)
    {
        if (sentence.Entities.Count == 0)
        {
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        ReadYearOld(sentence, output, seen);
        for (var i = 0; i < sentence.Entities.Count; i++)
        {
            var mention = sentence.Entities[i];
            if (mention.Entity.Kind != EntityKind.Person)
            {
                continue;
            }

            ReadAgeAfter(sentence, mention, output, seen);
            ReadRoleBefore(sentence, mention, output, seen);
            ReadOwnedRoleBefore(sentence, mention, output, seen);
            ReadRoleAfter(sentence, i, output, seen);
            ReadRoleInside(sentence, mention, output, seen);
        }
    }

    /// <summary>"the 75-year-old … X" and "X, the 75-year-old …".</summary>
    private void ReadYearOld(SentenceView sentence, List<Claim> output, HashSet<string> seen)
    {
        var text = sentence.Text;
        foreach (var match in YearOldPattern().EnumerateMatches(sentence.Span.In(text)))
        {
            var phrase = new TextSpan(sentence.Span.Start + match.Index, sentence.Span.Start + match.Index + match.Length);
            if (!TryAge(text.AsSpan(phrase.Start, DigitCount(text, phrase.Start)), out var age))
            {
                continue;
            }

            var person = PersonBeforeAppositive(sentence, phrase) ?? PersonAfterDescription(sentence, phrase);
            if (person is { } p)
            {
                AddAge(sentence, p, age, phrase, output, seen);
            }
        }
    }

    /// <summary>"X, the 75-year-old leader": the person, a comma and an article, then the phrase.</summary>
    private static ResolvedMention? PersonBeforeAppositive(SentenceView sentence, TextSpan phrase)
    {
        foreach (var mention in sentence.Entities)
        {
            if (mention.Span.End > phrase.Start)
            {
                break;
            }

            if (mention.Entity.Kind == EntityKind.Person && AppositiveGapPattern().IsMatch(new TextSpan(mention.Span.End, phrase.Start).In(sentence.Text)))
            {
                return mention;
            }
        }

        return null;
    }

    /// <summary>
    /// "the 75-year-old ousted leader and Nobel laureate X": the first person after the phrase,
    /// reached over a few descriptive words with no punctuation, verb or preposition, the last of
    /// them a role noun. Any other entity on the way (a place as a qualifier) is allowed; another
    /// person is not reached past.
    /// </summary>
    private ResolvedMention? PersonAfterDescription(SentenceView sentence, TextSpan phrase)
    {
        ResolvedMention? person = null;
        foreach (var mention in sentence.Entities)
        {
            if (mention.Span.Start >= phrase.End && mention.Entity.Kind == EntityKind.Person)
            {
                person = mention;
                break;
            }
        }

        if (person is not { } p)
        {
            return null;
        }

        var gap = new TextSpan(phrase.End, p.Span.Start);
        if (gap.In(sentence.Text).IndexOfAny(ClauseMarks) >= 0)
        {
            return null;
        }

        var first = sentence.WordIndexAt(gap.Start);
        var end = sentence.WordIndexAt(gap.End);
        if (end - first > MaxAgeGapWords)
        {
            return null;
        }

        for (var i = first; i < end; i++)
        {
            if (GapBreakers.Contains(sentence.Words[i].Lower))
            {
                return null;
            }
        }

        return end == first || _roleNouns.Contains(sentence.Words[end - 1].Lower) ? p : null;
    }

    /// <summary>"X, 58," / "X (58)" / "X, aged 58".</summary>
    private static void ReadAgeAfter(SentenceView sentence, ResolvedMention mention, List<Claim> output, HashSet<string> seen)
    {
        // Match(input, beginning, length) treats the range as the whole input: no substring, and ^ anchors at the name's end.
        var match = AgeAfterNamePattern().Match(sentence.Text, mention.Span.End, sentence.Span.End - mention.Span.End);
        if (!match.Success)
        {
            return;
        }

        var number = match.Groups["n"];
        if (!TryAge(number.ValueSpan, out var age))
        {
            return;
        }

        var start = match.Groups["aged"].Success ? match.Groups["aged"].Index : number.Index;
        AddAge(sentence, mention, age, new TextSpan(start, number.Index + number.Length), output, seen);
    }

    /// <summary>"Defence Minister X", "junta chief X": title words ending in a title head right before the name.</summary>
    private void ReadRoleBefore(SentenceView sentence, ResolvedMention mention, List<Claim> output, HashSet<string> seen)
    {
        var words = sentence.Words;
        var last = sentence.WordIndexAt(mention.Span.Start) - 1;
        if (last < 0 || !_titleHeads.Contains(words[last].Lower) || CourtesyTitles.Contains(words[last].Lower) ||
            !IsBlank(sentence.Text, words[last].Span.End, mention.Span.Start) || InsideOtherEntity(sentence, words[last].Span))
        {
            return;
        }

        var first = last;
        while (first > 0 && last - first + 1 < MaxRoleWords && _titleWords.Contains(words[first - 1].Lower) &&
               !CourtesyTitles.Contains(words[first - 1].Lower) && IsBlank(sentence.Text, words[first - 1].Span.End, words[first].Span.Start) &&
               !InsideOtherEntity(sentence, words[first - 1].Span))
        {
            first--;
        }

        AddRole(sentence, mention, words, first, last, output, seen);
    }

    /// <summary>
    /// "Serevia's transport minister, X,": an owner's possessive, role words ending in a role head,
    /// a comma, then the name, closing the apposition.
    /// </summary>
    private void ReadOwnedRoleBefore(SentenceView sentence, ResolvedMention mention, List<Claim> output, HashSet<string> seen)
    {
        var words = sentence.Words;
        var text = sentence.Text;
        var last = sentence.WordIndexAt(mention.Span.Start) - 1;
        if (last < 2 || !CommaOnly(text, words[last].Span.End, mention.Span.Start) || !_roleHeads.Contains(words[last].Lower) ||
            CourtesyTitles.Contains(words[last].Lower) || !EndsApposition(sentence, mention.Span.End))
        {
            return;
        }

        var first = last;
        while (first > 0 && last - first + 1 < MaxRoleWords && _roleWords.Contains(words[first - 1].Lower) &&
               IsBlank(text, words[first - 1].Span.End, words[first].Span.Start))
        {
            first--;
        }

        if (first < 2 || words[first - 1].Lower != "s" || !IsApostrophe(text, words[first - 2].Span.End, words[first - 1].Span.Start) ||
            !char.IsUpper(text[words[first - 2].Span.Start]) || InsideOtherEntity(sentence, new TextSpan(words[first].Span.Start, words[last].Span.End)))
        {
            return;
        }

        AddRole(sentence, mention, words, first, last, output, seen);
    }

    /// <summary>
    /// The index of the word after an owner's possessive opening at words[at] ("Velmora's", "South
    /// Karesh's": up to <see cref="MaxQualifierWords"/> capitalised words, an apostrophe and "s"); null if none.
    /// </summary>
    private static int? PossessiveOwnerEnd(string text, List<Word> words, int at)
    {
        for (var k = at; k < at + MaxQualifierWords && k + 2 < words.Count && char.IsUpper(text[words[k].Span.Start]); k++)
        {
            if (words[k + 1].Lower == "s" && IsApostrophe(text, words[k].Span.End, words[k + 1].Span.Start))
            {
                return k + 2;
            }

            if (!IsBlank(text, words[k].Span.End, words[k + 1].Span.Start))
            {
                return null;
            }
        }

        return null;
    }

    private static bool IsApostrophe(string text, int start, int end) => end - start == 1 && text[start] is '\'' or '\u2019';

    /// <summary>
    /// "X, the defence minister of Y,", "X, president of the Y union.", "X, a Toldovan journalist
    /// sentenced in …": after a comma, an optional article (after which up to
    /// <see cref="MaxQualifierWords"/> capitalised qualifiers such as a demonym are passed over),
    /// role words ending in a role noun, then the end of the apposition, "of" and a few words
    /// before it, or a relative or participle clause.
    /// </summary>
    private void ReadRoleAfter(SentenceView sentence, int mentionIndex, List<Claim> output, HashSet<string> seen)
    {
        var mention = sentence.Entities[mentionIndex];
        var words = sentence.Words;
        var text = sentence.Text;
        var at = sentence.WordIndexAt(mention.Span.End);
        if (at >= words.Count || !CommaOnly(text, mention.Span.End, words[at].Span.Start))
        {
            return;
        }

        var first = at;
        if (PossessiveOwnerEnd(text, words, at) is { } afterOwner)
        {
            // "X, Velmora's foreign minister,": the owner's name and "'s" open the role.
            first = afterOwner;
        }
        else if (words[first].Lower is "the" or "a" or "an")
        {
            first++;
            for (var skipped = 0; skipped < MaxQualifierWords && first + 1 < words.Count && char.IsUpper(text[words[first].Span.Start]) &&
                 !_roleWords.Contains(words[first].Lower) && IsBlank(text, words[first].Span.End, words[first + 1].Span.Start); skipped++)
            {
                first++;
            }
        }

        var last = first - 1;
        while (last + 1 < words.Count && last + 1 - first < MaxRoleWords && _roleWords.Contains(words[last + 1].Lower) &&
               (last < first || IsBlank(text, words[last].Span.End, words[last + 1].Span.Start)))
        {
            last++;
        }

        if (last < first || !_roleHeads.Contains(words[last].Lower) || CourtesyTitles.Contains(words[last].Lower) ||
            (first != at && !IsBlank(text, words[first - 1].Span.End, words[first].Span.Start)) ||
            InsideOtherEntity(sentence, new TextSpan(words[first].Span.Start, words[last].Span.End)))
        {
            // The next mention may itself have taken the role words ("CEO of Ardent Media" tagged as one name).
            return;
        }

        var after = words[last].Span.End;
        if (last + 1 < words.Count && words[last + 1].Lower == "of" && IsBlank(text, after, words[last + 1].Span.Start))
        {
            // "of Y" or "of the dockers' union": a few words without clause punctuation, then the end of the apposition.
            var k = last + 2;
            while (k < words.Count && k - (last + 2) < MaxOwnerWords &&
                   new TextSpan(words[k - 1].Span.End, words[k].Span.Start).In(text).IndexOfAny(ClauseMarks) < 0)
            {
                k++;
            }

            after = words[k - 1].Span.End;
            var owner = mentionIndex + 1 < sentence.Entities.Count ? sentence.Entities[mentionIndex + 1] : (ResolvedMention?)null;
            if (owner is { } o && o.Span.Start >= words[last + 1].Span.End && o.Span.End > after)
            {
                // The owner's name runs past the last word read: it ends the phrase.
                after = o.Span.End;
            }
        }

        if (!EndsApposition(sentence, after) && !OpensClause(words, sentence.WordIndexAt(after)))
        {
            return;
        }

        AddRole(sentence, mention, words, first, last, output, seen);
    }

    /// <summary>A relative or participle clause opens at words[i]: "who", "whose", "sentenced in 2023".</summary>
    private static bool OpensClause(List<Word> words, int i) =>
        i < words.Count && (words[i].Lower is "who" or "whose" ||
            (words[i].Lower.Length > 4 && words[i].Lower.EndsWith("ed", StringComparison.Ordinal)));

    /// <summary>
    /// "Journalist X Y" tagged as one name: a capitalised role noun opening a person mention of three
    /// or more words is the person's role, not part of the name.
    /// </summary>
    private void ReadRoleInside(SentenceView sentence, ResolvedMention mention, List<Claim> output, HashSet<string> seen)
    {
        var words = sentence.Words;
        var first = sentence.WordIndexAt(mention.Span.Start);
        var end = sentence.WordIndexAt(mention.Span.End);
        if (end - first < 3 || !_roleHeads.Contains(words[first].Lower) || CourtesyTitles.Contains(words[first].Lower))
        {
            return;
        }

        for (var k = first + 1; k < end; k++)
        {
            if (!char.IsUpper(sentence.Text[words[k].Span.Start]) || _roleWords.Contains(words[k].Lower))
            {
                return;
            }
        }

        AddRole(sentence, mention, words, first, first, output, seen);
    }

    private static bool EndsApposition(SentenceView sentence, int charOffset)
    {
        var rest = new TextSpan(charOffset, sentence.Span.End).In(sentence.Text).TrimStart(' ');
        return rest.IsEmpty || rest[0] is ',' or '.' or ';' or ')' or '\u2014';
    }

    /// <summary>
    /// The word is part of an entity mention, unless that mention is made of title words only
    /// ("Labour" in "Labour Minister X", tagged as the party): a title word before a title head is
    /// a portfolio, not a name.
    /// </summary>
    private bool InsideOtherEntity(SentenceView sentence, TextSpan word)
    {
        foreach (var mention in sentence.Entities)
        {
            if (mention.Span.Overlaps(word) && !IsTitleOnly(sentence, mention.Span))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsTitleOnly(SentenceView sentence, TextSpan span)
    {
        var words = sentence.Words;
        for (var k = sentence.WordIndexAt(span.Start); k < words.Count && words[k].Span.Start < span.End; k++)
        {
            if (!_titleWords.Contains(words[k].Lower))
            {
                return false;
            }
        }

        return true;
    }

    private static void AddAge(SentenceView sentence, ResolvedMention person, int age, TextSpan phrase, List<Claim> output, HashSet<string> seen)
    {
        var key = AgeKeyPrefix + person.Entity.Id;
        if (!seen.Add(key))
        {
            return;
        }

        output.Add(new Claim(ClaimKind.Attribute, key, age.ToString(CultureInfo.InvariantCulture), phrase.Of(sentence.Text), sentence.ArticleId, sentence.Span, phrase)
        {
            Subject = "age of " + person.Entity.Name,
            Anchor = person.Entity.Id,
            Participants = [person.Participant],
            Number = age,
        });
    }

    private static void AddRole(SentenceView sentence, ResolvedMention person, List<Word> words, int first, int last, List<Claim> output, HashSet<string> seen)
    {
        var key = RoleKeyPrefix + person.Entity.Id;
        if (!seen.Add(key))
        {
            return;
        }

        var role = new StringBuilder();
        for (var i = first; i <= last; i++)
        {
            role.Append(i == first ? "" : " ").Append(words[i].Lower == "defense" ? "defence" : words[i].Lower);
        }

        var span = new TextSpan(words[first].Span.Start, words[last].Span.End);
        output.Add(new Claim(ClaimKind.Attribute, key, role.ToString(), span.Of(sentence.Text), sentence.ArticleId, sentence.Span, span)
        {
            Subject = "role of " + person.Entity.Name,
            Anchor = person.Entity.Id,
            Participants = [person.Participant],
        });
    }

    private static bool TryAge(ReadOnlySpan<char> digits, out int age) =>
        int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out age) && age is >= MinAge and <= MaxAge;

    private static int DigitCount(string text, int start)
    {
        var i = start;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        return i - start;
    }

    private static bool IsBlank(string text, int start, int end) => end >= start && text.AsSpan(start, end - start).IsWhiteSpace();

    private static bool CommaOnly(string text, int start, int end) => end >= start && text.AsSpan(start, end - start).Trim() is [','];

    private static FrozenSet<string> Lower(string[] words)
    {
        var lower = new string[words.Length];
        for (var i = 0; i < words.Length; i++)
        {
            lower[i] = words[i].ToLowerInvariant();
        }

        return lower.ToFrozenSet(StringComparer.Ordinal);
    }

    private static readonly SearchValues<char> ClauseMarks = SearchValues.Create(",;:.()[]\"\u201C\u201D\u2014");

    [GeneratedRegex(@"\b\d{1,3}[-\u2010\u2011\u2013]year[-\u2010\u2011\u2013]old\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex YearOldPattern();

    /// <summary>Between a person and "75-year-old": ", the " or ", a ".</summary>
    [GeneratedRegex(@"^\s*,\s*(the|a|an)\s+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AppositiveGapPattern();

    /// <summary>Right after a name: ", 58," / ", 58." / " (58)" / ", aged 58".</summary>
    [GeneratedRegex(@"^(?:\s*,\s*(?<n>\d{1,3})\s*(?:[,.;)\u2014]|$)|\s*\(\s*(?<n>\d{1,3})\s*\)|\s*,?\s*(?<aged>aged)\s+(?<n>\d{1,3})\b)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex AgeAfterNamePattern();
}
