using Crosscheck.Model;

namespace Crosscheck.Text;

/// <summary>
/// Gazetteer-free entity tagger for English news text, built from capitalisation, closed-class
/// word lists and evidence gathered from the same article.
/// </summary>
/// <remarks>
/// <para><b>Candidates.</b> Runs of capitalised words, allowing lower-case connectors inside
/// ("of", "for", "the", "de", ...: "National League for Democracy"), title abbreviations with
/// their period ("Gen. X"), dotted and plain acronyms. A possessive "'s" ends a run and is left
/// out of the span. Month and weekday names are never names (they are dates).</para>
/// <para><b>Sentence-initial words</b> (also after an opening quote or a colon) are dropped when
/// they are function words, when the same word appears in lower case elsewhere in the article,
/// or when a one-word run has never been seen capitalised inside a sentence. In headline-case
/// sentences every word needs that mid-sentence evidence.</para>
/// <para><b>Titles.</b> "Telandic Defence Minister Bo Lind": capitalised title words up to the
/// last title head (Minister, General, President, ...) go to <see cref="EntityMention.Title"/>
/// and the rest is a person. A lower-case role noun before a name ("junta chief X", "an embassy
/// spokesperson X") also makes a person and becomes the title.</para>
/// <para><b>Types.</b> Organisation: a head word (Council, Ministry, League, News, ...), a
/// lower-case cue before ("news agency X") or an all-caps acronym. Person: a title, a role cue, or
/// a 2–3-word name followed by a reporting verb (said, told, met, ...). Place: a preposition
/// before (in, to, from, at, across, ...), a place noun before ("the capital X"), a known country
/// abbreviation, or "X, Y" after a place. Lone nationality adjectives are not tagged.</para>
/// <para><b>Propagation.</b> Mentions with no direct evidence take the type of a typed mention
/// with the same text, or of a person whose name contains all their words (a later
/// surname-only mention). Remaining mentions are <see cref="EntityKind.Other"/>.</para>
/// Thread-safe: tables are built in the constructor; per-article evidence lives in locals.
/// </remarks>
public sealed class BaselineEntityTagger : IEntityTagger
{
    public const string Id = "text.ner.baseline/1";

    private const float TitleScore = 0.9f;
    private const float HeadScore = 0.85f;
    private const float CueScore = 0.8f;
    private const float AcronymScore = 0.7f;
    private const float PrepositionScore = 0.7f;
    private const float PropagatedScore = 0.7f;
    private const float OtherScore = 0.5f;

    private readonly WordSet _functionWords;
    private readonly WordSet _connectors;
    private readonly WordSet _organizationHeads;
    private readonly WordSet _titleWords;
    private readonly WordSet _titleHeads;
    private readonly WordSet _titleAbbreviations;
    private readonly WordSet _personCues;
    private readonly WordSet _organizationCues;
    private readonly WordSet _speechVerbs;
    private readonly WordSet _placePrepositions;
    private readonly WordSet _placeCues;
    private readonly WordSet _placeAcronyms;
    private readonly WordSet _demonyms;
    private readonly WordSet _calendarWords;

    public BaselineEntityTagger()
    {
        _functionWords = new WordSet(EnglishVocabulary.FunctionWords);
        _connectors = new WordSet(EnglishVocabulary.NameConnectors.Where(w => w is not ("and" or "on")));
        _organizationHeads = new WordSet(EnglishVocabulary.OrganizationHeads);
        _titleWords = new WordSet(EnglishVocabulary.TitleWords);
        _titleHeads = new WordSet(EnglishVocabulary.TitleHeads);
        _titleAbbreviations = new WordSet(EnglishVocabulary.TitleAbbreviations);
        _personCues = new WordSet(EnglishVocabulary.PersonCueWords);
        _organizationCues = new WordSet(EnglishVocabulary.OrganizationCueWords);
        _speechVerbs = new WordSet(EnglishVocabulary.SpeechVerbs);
        _placePrepositions = new WordSet(EnglishVocabulary.PlacePrepositions);
        _placeCues = new WordSet(EnglishVocabulary.PlaceCueWords);
        _placeAcronyms = new WordSet(EnglishVocabulary.PlaceAcronyms);
        _demonyms = new WordSet(EnglishVocabulary.IrregularDemonyms);
        _calendarWords = new WordSet(
        [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        ]);
    }

    /// <inheritdoc />
    public string StageId => Id;

    /// <inheritdoc />
    public IReadOnlyList<EntityMention> Tag(string text, IReadOnlyList<Sentence> sentences, IReadOnlyList<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(tokens);
        var view = new TokenView(text, tokens);
        var ranges = TokenView.TokenRanges(sentences, tokens);
        var evidence = ArticleEvidence.Gather(view, ranges, _functionWords);
        var candidates = new List<Candidate>();
        foreach (var (first, end) in ranges)
        {
            var headline = evidence.IsHeadline(first, end);
            var k = first;
            while (k < end)
            {
                if (!IsNameToken(view, k, first, headline, evidence))
                {
                    k++;
                    continue;
                }

                var last = ExtendRun(view, k, end, first, headline, evidence);
                if (TryClassify(view, k, last, first, end, evidence, out var candidate))
                {
                    candidates.Add(candidate);
                }

                k = last + 1;
            }
        }

        Propagate(view, candidates);
        var result = new List<EntityMention>(candidates.Count);
        foreach (var c in candidates)
        {
            result.Add(new EntityMention(c.Span, c.Kind, c.Score, c.Title));
        }

        return result;
    }

    /// <summary>Per-article evidence: which words appear in lower case, which capitalised inside sentences.</summary>
    private sealed class ArticleEvidence
    {
        private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lowercase;
        private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _capitalizedInside;
        private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _mixedCase;
        private readonly TokenView _view;
        private readonly WordSet _functionWords;

        private ArticleEvidence(TokenView view, WordSet functionWords)
        {
            _view = view;
            _functionWords = functionWords;
            _lowercase = new HashSet<string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
            _capitalizedInside = new HashSet<string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
            _mixedCase = new HashSet<string>(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        }

        public static ArticleEvidence Gather(TokenView view, (int First, int End)[] ranges, WordSet functionWords)
        {
            var evidence = new ArticleEvidence(view, functionWords);
            foreach (var (first, end) in ranges)
            {
                var headline = evidence.IsHeadline(first, end);
                for (var k = first; k < end; k++)
                {
                    if (view.Kind(k) != TokenKind.Word)
                    {
                        continue;
                    }

                    var word = view.WithoutPossessive(k);
                    if (char.IsLower(word[0]))
                    {
                        evidence._lowercase.Add(word);
                    }
                    else if (char.IsUpper(word[0]) && !headline && !IsInitial(view, k, first))
                    {
                        evidence._capitalizedInside.Add(word);
                        if (word.Length > 1 && HasLower(word))
                        {
                            evidence._mixedCase.Add(word);
                        }
                    }
                }
            }

            return evidence;
        }

        /// <summary>True when the word (any case) is written in lower case somewhere in the article.</summary>
        public bool SeenLowercase(ReadOnlySpan<char> word)
        {
            if (word.Length > 64)
            {
                return false;
            }

            Span<char> lower = stackalloc char[word.Length];
            word.ToLowerInvariant(lower);
            return _lowercase.Contains(lower);
        }

        public bool SeenCapitalizedInside(ReadOnlySpan<char> word) => _capitalizedInside.Contains(word);

        public bool SeenMixedCase(ReadOnlySpan<char> word) => _mixedCase.Contains(word);

        /// <summary>Headline case: most longer words capitalised ("Junta Leader Arrives in City").</summary>
        public bool IsHeadline(int first, int end)
        {
            // Headlines do not end with a full stop; body sentences in a row of names do.
            if (end <= first || _view[end - 1] is "." or "?" or "!" or "”" or "\"")
            {
                return false;
            }

            var words = 0;
            for (var k = first; k < end; k++)
            {
                if (_view.Kind(k) == TokenKind.Word && _view[k].Length > 3 && !_functionWords.Contains(_view[k]))
                {
                    if (!char.IsUpper(_view[k][0]))
                    {
                        return false;
                    }

                    words++;
                }
            }

            return words >= 3;
        }

        private static bool HasLower(ReadOnlySpan<char> word)
        {
            foreach (var ch in word)
            {
                if (char.IsLower(ch))
                {
                    return true;
                }
            }

            return false;
        }
    }

    private sealed record Candidate(TextSpan Span, EntityKind Kind, float Score, string? Title, int FirstToken, int LastToken, bool SpeechHint);

    /// <summary>True for the first word of a sentence, or a word after an opening quote, colon or bullet.</summary>
    private static bool IsInitial(TokenView view, int k, int first)
    {
        var p = k - 1;
        while (p >= first && view.Kind(p) != TokenKind.Word && view.Kind(p) != TokenKind.Number)
        {
            var t = view[p];
            if (t is "“" or "‘" or ":" or "*" or "**" or "•" or "(" or "[" || (t is "\"" && (p == first || !view.Touches(p - 1))))
            {
                return true;
            }

            if (t is not ("-" or "–" or "—" or "#" or ">"))
            {
                return false;
            }

            p--;
        }

        return p < first;
    }

    private static bool IsCapitalizedWord(TokenView view, int k)
    {
        if (view.Kind(k) != TokenKind.Word)
        {
            return false;
        }

        var word = view[k];
        if (char.IsUpper(word[0]))
        {
            return true;
        }

        // "al-Assad", "el-Sisi", "bin-X"
        var hyphen = word.IndexOf('-');
        return hyphen is >= 2 and <= 3 && hyphen + 1 < word.Length && char.IsUpper(word[hyphen + 1]);
    }

    private bool IsNameToken(TokenView view, int k, int first, bool headline, ArticleEvidence evidence)
    {
        if (!IsCapitalizedWord(view, k))
        {
            return false;
        }

        var word = view.WithoutPossessive(k);
        if (_calendarWords.Contains(word) || word is "I")
        {
            return false;
        }

        if (headline)
        {
            return (evidence.SeenCapitalizedInside(word) || IsAcronym(word)) && !evidence.SeenLowercase(word) && !_functionWords.Contains(word);
        }

        if (IsInitial(view, k, first))
        {
            return !_functionWords.Contains(word) && !evidence.SeenLowercase(word);
        }

        return !(word.Length <= 4 && _functionWords.Contains(word) && !IsAcronym(word) && char.IsLower(word[^1]) && word is not ("May" or "Will"));
    }

    private int ExtendRun(TokenView view, int k, int end, int first, bool headline, ArticleEvidence evidence)
    {
        var last = k;
        while (last + 1 < end && !TokenView.HasPossessive(view[last]))
        {
            var next = last + 1;
            if (view[next] is "." && view.Touches(last) && (_titleAbbreviations.Contains(view[last]) || IsInitialLetter(view[last])) && next + 1 < end && IsNameToken(view, next + 1, first, headline, evidence))
            {
                last = next + 1; // "Gen. X"
                continue;
            }

            if (IsNameToken(view, next, first, headline, evidence) && !IsInitial(view, next, first))
            {
                last = next;
                continue;
            }

            // Connectors: "League for Democracy", "Bank of the West".
            var c = next;
            while (c < end && view.Kind(c) == TokenKind.Word && char.IsLower(view[c][0]) && _connectors.Contains(view[c]) && c - next < 2)
            {
                c++;
            }

            if (c > next && c < end && IsNameToken(view, c, first, headline, evidence))
            {
                last = c;
                continue;
            }

            break;
        }

        return last;
    }

    private static bool IsInitialLetter(ReadOnlySpan<char> word) => word.Length == 1 && char.IsUpper(word[0]);

    private static bool IsAcronym(ReadOnlySpan<char> word)
    {
        var letters = 0;
        foreach (var ch in word)
        {
            if (char.IsLetter(ch))
            {
                if (!char.IsUpper(ch))
                {
                    return false;
                }

                letters++;
            }
            else if (ch != '.' && ch != '&')
            {
                return false;
            }
        }

        return letters is >= 2 and <= 6;
    }

    private bool TryClassify(TokenView view, int a, int b, int first, int end, ArticleEvidence evidence, out Candidate candidate)
    {
        candidate = null!;
        var text = view.Text;

        // Title split: "Telandic Defence Minister | Bo Lind".
        string? title = null;
        var nameFirst = a;
        var split = FindTitleEnd(view, a, b);
        if (split >= 0)
        {
            var after = split + 1;
            if (view.IsLowerWord(after))
            {
                // "President of the United States": a role of something, not a name; keep the thing.
                while (after <= b && view.IsLowerWord(after))
                {
                    after++;
                }

                if (after > b)
                {
                    return false;
                }

                a = after;
                nameFirst = after;
                split = -1;
            }
            else if (!ContainsOrganizationHead(view, after, b))
            {
                title = TextOf(view, a, split);
                nameFirst = after;
            }
            else
            {
                // "Secretary of Security Council": the title is only up to its head; the rest is an organisation.
                var head = a;
                while (head < split && !_titleHeads.Contains(view[head]))
                {
                    head++;
                }

                if (head + 1 < b && view.IsLowerWord(head + 1))
                {
                    nameFirst = head + 1;
                    while (nameFirst < b && view.IsLowerWord(nameFirst))
                    {
                        nameFirst++;
                    }

                    a = nameFirst;
                }
            }
        }
        else if (AllTitleWords(view, a, b))
        {
            return false; // "Defense Minister", "Senior General": a role without a name
        }

        // A trailing "of Russian" belongs to what follows, not to this name.
        if (b - 1 > nameFirst && view.IsLowerWord(b - 1) && IsDemonym(view[b]))
        {
            b -= 2;
        }

        var spanStart = view.Span(nameFirst).Start;
        var spanEnd = view.Span(b).End - (TokenView.HasPossessive(view[b]) ? 2 : 0);
        var span = new TextSpan(spanStart, spanEnd);
        var single = nameFirst == b;
        var word = view.WithoutPossessive(b);
        var before = nameFirst - 1 >= first ? nameFirst - 1 : -1;
        var afterName = b + 1 < end ? b + 1 : -1;

        if (title is not null)
        {
            candidate = new Candidate(span, EntityKind.Person, TitleScore, title, nameFirst, b, false);
            return true;
        }

        if (single && view.Kind(b) == TokenKind.Word && IsDemonym(word) && (afterName < 0 || view.Kind(afterName) == TokenKind.Word))
        {
            return false; // "Russian troops", "the British"
        }

        if (single && _organizationHeads.Contains(word) && !IsAcronym(word))
        {
            return false; // "the Council", "Embassy" alone
        }

        if (single && IsInitial(view, nameFirst, first) && !evidence.SeenCapitalizedInside(word) && !IsAcronym(word))
        {
            return false; // "Meanwhile", "Currently": capitalised only because they start a sentence
        }

        if (before >= 0 && view[before] is "." && before - 1 >= first && _titleAbbreviations.Contains(view[before - 1]) && view.Touches(before - 1))
        {
            candidate = new Candidate(span, EntityKind.Person, TitleScore, TextOf(view, before - 1, before), nameFirst, b, false);
            return true;
        }

        if (before >= 0 && view.IsLowerWord(before) && _personCues.Contains(view[before]) && !ContainsOrganizationHead(view, nameFirst, b))
        {
            var titleStart = before - 1 >= first && view.Kind(before - 1) == TokenKind.Word && !_functionWords.Contains(view[before - 1]) && !_personCues.Contains(view[before - 1])
                ? before - 1
                : before;
            candidate = new Candidate(span, EntityKind.Person, CueScore, TextOf(view, titleStart, before), nameFirst, b, false);
            return true;
        }

        if (ContainsOrganizationHead(view, nameFirst, b))
        {
            candidate = new Candidate(span, EntityKind.Organization, HeadScore, null, nameFirst, b, false);
            return true;
        }

        if (before >= 0 && view.IsLowerWord(before) && _organizationCues.Contains(view[before]))
        {
            candidate = new Candidate(span, EntityKind.Organization, CueScore, null, nameFirst, b, false);
            return true;
        }

        if (single && _placeAcronyms.Contains(view[b]))
        {
            candidate = new Candidate(span, EntityKind.Place, CueScore, null, nameFirst, b, false);
            return true;
        }

        if (single && IsAcronym(word) && !evidence.SeenMixedCase(word))
        {
            candidate = new Candidate(span, EntityKind.Organization, AcronymScore, null, nameFirst, b, false);
            return true;
        }

        if (!single && HasInnerInitial(view, nameFirst, b) && AllNameShaped(view, nameFirst, b))
        {
            candidate = new Candidate(span, EntityKind.Person, CueScore, null, nameFirst, b, false);
            return true; // "John F. Kennedy"
        }

        if (afterName >= 0 && view[afterName] is "," && afterName + 1 < end && view.Is(afterName + 1, "who"))
        {
            afterName++;
        }

        var speech = afterName >= 0 && view.Kind(afterName) == TokenKind.Word && _speechVerbs.Contains(view[afterName])
            && !(afterName + 1 < end && view.Is(afterName, "said") && view.Is(afterName + 1, "in"));
        var words = b - nameFirst + 1;
        if (speech && words is >= 2 and <= 4 && AllNameShaped(view, nameFirst, b))
        {
            candidate = new Candidate(span, EntityKind.Person, CueScore, null, nameFirst, b, false);
            return true;
        }

        if (before >= 0 && IsPlaceContext(view, before, first))
        {
            candidate = new Candidate(span, EntityKind.Place, PrepositionScore, null, nameFirst, b, false);
            return true;
        }

        candidate = new Candidate(span, EntityKind.Other, OtherScore, null, nameFirst, b, speech);
        return true;
    }

    private bool IsPlaceContext(TokenView view, int before, int first)
    {
        if (view.IsLowerWord(before) && (_placePrepositions.Contains(view[before]) || _placeCues.Contains(view[before])))
        {
            return true;
        }

        // "one country, X"
        if (view[before] is "," && before - 1 >= first && view.IsLowerWord(before - 1) && _placeCues.Contains(view[before - 1]))
        {
            return true;
        }

        // "the city of X"
        return view.Is(before, "of") && before - 1 >= first && view.IsLowerWord(before - 1) && _placeCues.Contains(view[before - 1]);
    }

    private bool IsDemonym(ReadOnlySpan<char> word) =>
        _demonyms.Contains(word)
        || (word.Length > 5 && (word.EndsWith("ian", StringComparison.Ordinal) || word.EndsWith("ean", StringComparison.Ordinal)
            || word.EndsWith("ese", StringComparison.Ordinal) || word.EndsWith("ish", StringComparison.Ordinal)))
        || word is "American" or "African" or "Asian" or "European" or "Mexican" or "Korean" or "Cuban" or "Russian" or "Iranian" or "German";

    private static bool HasInnerInitial(TokenView view, int a, int b)
    {
        for (var k = a + 1; k < b; k++)
        {
            if (view[k] is "." && IsInitialLetter(view[k - 1]))
            {
                return true;
            }
        }

        return false;
    }

    private bool AllNameShaped(TokenView view, int a, int b)
    {
        for (var k = a; k <= b; k++)
        {
            var word = view.WithoutPossessive(k);
            if (view.Kind(k) != TokenKind.Word)
            {
                continue;
            }

            if ((IsAcronym(word) && word.Length > 1) || _organizationHeads.Contains(word) || IsDemonym(word))
            {
                return false;
            }
        }

        return true;
    }

    private bool ContainsOrganizationHead(TokenView view, int a, int b)
    {
        for (var k = a; k <= b; k++)
        {
            if (view.Kind(k) == TokenKind.Word && !view.IsLowerWord(k) && _organizationHeads.Contains(view.WithoutPossessive(k)))
            {
                return true;
            }
        }

        return false;
    }

    private bool AllTitleWords(TokenView view, int a, int b)
    {
        for (var k = a; k <= b; k++)
        {
            if (view.Kind(k) == TokenKind.Word && !_titleWords.Contains(view.WithoutPossessive(k)) && !view.IsLowerWord(k) && !IsDemonym(view[k]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The last token of a title prefix of run [a, b]: the last title head followed by a name,
    /// extended over title words and connectors ("Secretary of State"). −1 when there is none.
    /// </summary>
    private int FindTitleEnd(TokenView view, int a, int b)
    {
        var end = -1;
        for (var k = a; k < b; k++)
        {
            var word = view[k];
            if (view.Kind(k) == TokenKind.Word && !view.IsLowerWord(k) && _titleHeads.Contains(word))
            {
                end = k;
            }
            else if (word is "." && end == k - 1)
            {
                end = k;
            }
        }

        if (end < 0)
        {
            return -1;
        }

        var extended = end;
        for (var k = end + 1; k < b; k++)
        {
            if (view.Kind(k) != TokenKind.Word)
            {
                break;
            }

            if (view.IsLowerWord(k) && _connectors.Contains(view[k]))
            {
                continue;
            }

            if (_titleWords.Contains(view[k]))
            {
                extended = k;
                continue;
            }

            break;
        }

        return extended;
    }

    private static string TextOf(TokenView view, int a, int b) => view.Text[view.Span(a).Start..view.Span(b).End];

    /// <summary>Gives untyped mentions the type of a typed mention with the same name or, for people, a shared surname.</summary>
    private static void Propagate(TokenView view, List<Candidate> candidates)
    {
        if (candidates.Count == 0)
        {
            return;
        }

        PropagateAcrossCoordination(view, candidates);
        var byName = new Dictionary<string, (EntityKind Kind, float Score)>(StringComparer.OrdinalIgnoreCase);
        var personWords = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in candidates)
        {
            if (c.Kind == EntityKind.Other)
            {
                continue;
            }

            var name = c.Span.Of(view.Text);
            if (!byName.TryGetValue(name, out var known) || known.Score < c.Score)
            {
                byName[name] = (c.Kind, c.Score);
            }

            if (c.Kind == EntityKind.Person)
            {
                for (var k = c.FirstToken; k <= c.LastToken; k++)
                {
                    personWords.Add(view.WithoutPossessive(k).ToString());
                }
            }
        }

        var personLookup = personWords.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            var name = c.Span.Of(view.Text);
            if (byName.TryGetValue(name, out var known) && known.Kind != c.Kind && known.Score > c.Score)
            {
                candidates[i] = c with { Kind = known.Kind, Score = Math.Min(known.Score, PropagatedScore) };
                continue;
            }

            if (c.Kind != EntityKind.Other)
            {
                continue;
            }

            var allPerson = true;
            for (var k = c.FirstToken; k <= c.LastToken && allPerson; k++)
            {
                allPerson = view.IsLowerWord(k) || personLookup.Contains(view.WithoutPossessive(k));
            }

            if (allPerson)
            {
                candidates[i] = c with { Kind = EntityKind.Person, Score = PropagatedScore };
            }
            else if (c.SpeechHint && c.FirstToken == c.LastToken)
            {
                candidates[i] = c with { Score = 0.55f };
            }
        }

        PropagateAcrossCoordination(view, candidates);
    }

    /// <summary>Coordination and apposition: "X and Y", "X, Y" where one side is a place.</summary>
    private static void PropagateAcrossCoordination(TokenView view, List<Candidate> candidates)
    {
        for (var pass = 0; pass < 2; pass++)
        {
            for (var i = 1; i < candidates.Count; i++)
            {
                var left = candidates[i - 1];
                var right = candidates[i];
                if (right.FirstToken - left.LastToken != 2 || left.Kind == right.Kind)
                {
                    continue;
                }

                var between = view[left.LastToken + 1];
                if (!(between is "," || between.Equals("and", StringComparison.Ordinal) || between.Equals("or", StringComparison.Ordinal)))
                {
                    continue;
                }

                if (left.Kind == EntityKind.Place && right.Kind == EntityKind.Other)
                {
                    candidates[i] = right with { Kind = EntityKind.Place, Score = 0.6f };
                }
                else if (right.Kind == EntityKind.Place && left.Kind == EntityKind.Other)
                {
                    candidates[i - 1] = left with { Kind = EntityKind.Place, Score = 0.6f };
                }
            }
        }
    }
}
