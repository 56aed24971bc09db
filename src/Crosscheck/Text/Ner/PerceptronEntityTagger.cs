using Crosscheck.Model;

namespace Crosscheck.Text.Ner;

/// <summary>
/// The trained entity model behind <see cref="IEntityTagger"/>: tags each sentence's tokens
/// with <see cref="PerceptronModel"/> and turns BIO runs into mentions (MISC becomes
/// <see cref="EntityKind.Other"/>). The whole article is one document, so the model's second
/// pass keeps a name's type consistent across sentences.
/// </summary>
/// <remarks>
/// Titles and roles ("Telandic Defence Minister Bo Lind") are not part of the model's
/// names; when a <see cref="BaselineEntityTagger"/> is given, its title rules run over the same
/// text and a person it found with a title lends that title (and, when the model's span also
/// covered the title words, its name boundaries) to the model's mention.
/// </remarks>
public sealed class PerceptronEntityTagger : IEntityTagger
{
    public const string Id = "text.ner.perceptron/9";

    /// <summary>Weekday and month names: "Lunessa on Saturday" is a place and a date, never one name.</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> CalendarWords = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
         "may", "june", "july", "august", "september", "october", "november", "december"], StringComparer.OrdinalIgnoreCase);

    private static readonly WordSet TitleAbbreviations = new(EnglishVocabulary.TitleAbbreviations);

    private readonly PerceptronModel _model;
    private readonly BaselineEntityTagger? _titles;

    /// <param name="titles">Title detection for person mentions, or null for none.</param>
    public PerceptronEntityTagger(PerceptronModel model, BaselineEntityTagger? titles = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        _model = model;
        _titles = titles;
    }

    public string StageId => Id;

    /// <summary>Loads the model folder (weights.bin.gz + meta.json); titles come from the baseline's rules.</summary>
    /// <exception cref="InvalidDataException">The folder does not hold a compatible model.</exception>
    public static PerceptronEntityTagger Load(string folder) => new(NerModelFile.Load(folder).Model, new BaselineEntityTagger());

    public IReadOnlyList<EntityMention> Tag(string text, IReadOnlyList<Sentence> sentences, IReadOnlyList<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(tokens);
        // The whole article is one document: the second pass keeps a name's type consistent across sentences.
        var words = new List<string[]>(sentences.Count);
        var spans = new List<TextSpan[]>(sentences.Count);
        var sentenceWords = new List<string>();
        var sentenceSpans = new List<TextSpan>();
        var t = 0;
        foreach (var sentence in sentences)
        {
            sentenceWords.Clear();
            sentenceSpans.Clear();
            while (t < tokens.Count && tokens[t].Span.Start < sentence.Span.Start)
            {
                t++;
            }

            for (; t < tokens.Count && tokens[t].Span.End <= sentence.Span.End; t++)
            {
                // The training corpora split a possessive off its word ("Lind 's"); so does the model's input.
                var span = tokens[t].Span;
                if (TokenView.HasPossessive(text.AsSpan(span.Start, span.Length)))
                {
                    sentenceWords.Add(text[span.Start..(span.End - 2)]);
                    sentenceSpans.Add(new TextSpan(span.Start, span.End - 2));
                    sentenceWords.Add(text[(span.End - 2)..span.End]);
                    sentenceSpans.Add(new TextSpan(span.End - 2, span.End));
                    continue;
                }

                // So do they keep an abbreviation's or an initial's period ("Gen.", "A."), unless it ends the sentence.
                if (t + 2 < tokens.Count && tokens[t + 2].Span.End <= sentence.Span.End && IsAbbreviationPeriod(text, tokens[t].Span, tokens[t + 1].Span))
                {
                    span = new TextSpan(span.Start, tokens[t + 1].Span.End);
                    t++;
                }

                sentenceWords.Add(span.Of(text));
                sentenceSpans.Add(span);
            }

            if (sentenceWords.Count > 0)
            {
                words.Add([.. sentenceWords]);
                spans.Add([.. sentenceSpans]);
            }
        }

        var tags = new int[words.Count][];
        for (var s = 0; s < tags.Length; s++)
        {
            tags[s] = new int[words[s].Length];
        }

        _model.PredictDocument(words, tags);
        var mentions = new List<EntityMention>();
        for (var s = 0; s < tags.Length; s++)
        {
            AddMentions(text, tags[s], spans[s], _model.Classes, mentions);
        }

        TypeCompoundsByHead(text, mentions, _model.Classes);
        var reconciled = _titles is null ? mentions : Reconcile(text, mentions, WithoutCapitalsSentences(_titles.Tag(text, sentences, tokens), words, spans), _model);
        var spelledOut = CommonAcronyms.SpelledOutInLowerCase(text);
        var kept = reconciled.Where(m => !IsWeekday(m.Span.In(text)) && (spelledOut.Count == 0 || !spelledOut.Contains(m.Span.Of(text)))).ToList();
        HeadlineSlugs.Apply(text, spans, kept);
        ArticleTypeRules.Demonyms(text, kept, _model.Classes);
        ArticleTypeRules.LonePersonWords(text, kept, _model.Classes);
        NameTitles.BareTitles(text, kept, _model.Classes);
        NameTitles.TitlesOutsideNames(text, kept);
        TeamRoles.RolesOutsideNames(text, kept);
        ArticleTypeRules.BusinessDescriptorsAtStart(text, spans, kept);
        NameTitles.TitlesInsidePlaces(text, kept);
        ArticleTypeRules.HeadWords(text, kept);
        ArticleTypeRules.PluralHeads(text, kept, _model.Classes);
        ArticleTypeRules.ModelCodes(text, kept);
        RepeatedNames.AddMissed(text, spans, kept, _model.Classes, _model.Common);
        HeadedOrganizations.Apply(text, spans, kept);
        _model.Names.Retype(text, kept);
        ArticleTypeRules.CompanyShortNames(text, kept);
        ArticleTypeRules.PlaceAndFamilyCues(text, kept);
        // After the known names: a club is named after its town ("Leeds 0 Newcastle 2").
        ResultsLines.Apply(text, spans, kept, _model.Classes);
        Scoreboards.Apply(text, spans, kept);
        ArticleTypeRules.BracketedCountries(text, kept, _model.Classes);
        TeamRoles.Apply(text, kept, _model.Classes);
        return Harmonize(text, kept);
    }

    /// <summary>"Sunday" or "Sunday's": a date, never a name, whichever rule proposed it.</summary>
    private static bool IsWeekday(ReadOnlySpan<char> name)
    {
        if (name.EndsWith("'s", StringComparison.Ordinal) || name.EndsWith("’s", StringComparison.Ordinal))
        {
            name = name[..^2];
        }

        return Enum.TryParse<DayOfWeek>(name, ignoreCase: true, out _);
    }

    /// <summary>A period right after a title abbreviation ("Gen", "Dr") or a one-letter initial ("A").</summary>
    private static bool IsAbbreviationPeriod(string text, TextSpan word, TextSpan next)
    {
        if (next.Length != 1 || text[next.Start] != '.' || next.Start != word.End)
        {
            return false;
        }

        var letters = text.AsSpan(word.Start, word.Length);
        return (letters.Length == 1 && char.IsUpper(letters[0])) || TitleAbbreviations.Contains(letters);
    }

    /// <summary>One word of two to six capital letters ("MRTV") that the training data never saw.</summary>
    private static bool IsUnknownAcronym(ReadOnlySpan<char> name, WordClasses classes)
    {
        if (name.Length is < 2 or > 6)
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return classes.Of(name) == 0;
    }

    /// <summary>A lower-case word of four or more letters that is not a name word of the learned classes (a common or an unknown word: "clears").</summary>
    private static bool IsLowerCaseWord(ReadOnlySpan<char> word, WordClasses classes) =>
        IsLongLowerCase(word) && classes.Of(word) is 0 or 5 or 6;

    private static bool IsCommonLowerCase(ReadOnlySpan<char> word, WordClasses classes) =>
        IsLongLowerCase(word) && classes.Of(word) is 5 or 6;

    /// <summary>A capitalised word that the learned classes do not know as a common word ("Reuters"; not "Save").</summary>
    private static bool IsNameWord(ReadOnlySpan<char> word, WordClasses classes) =>
        char.IsUpper(word[0]) && classes.Of(word) is not (5 or 6);

    /// <summary>Four or more letters, all lower case.</summary>
    private static bool IsLongLowerCase(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsLower(c))
            {
                return false;
            }
        }

        return word.Length > 3;
    }

    /// <summary>
    /// A hyphenated one-word name whose head (its last part) the training data knows as a MISC
    /// word, a demonym such as "German", is an adjective like its head ("Franco-German talks"),
    /// not a place or an organisation.
    /// </summary>
    private static void TypeCompoundsByHead(string text, List<EntityMention> mentions, WordClasses classes)
    {
        for (var k = 0; k < mentions.Count; k++)
        {
            var mention = mentions[k];
            var name = mention.Span.In(text);
            var hyphen = name[..^1].LastIndexOf('-');
            if (mention.Kind != EntityKind.Other && hyphen > 0 && name.IndexOfAny(' ', '\u00A0') < 0 && classes.Of(name[(hyphen + 1)..]) == 4)
            {
                mentions[k] = mention with { Kind = EntityKind.Other };
            }
        }
    }

    /// <summary>
    /// The baseline's mentions outside sentences written in capitals: its rules read capitalisation,
    /// so in a headline they take every word for a name.
    /// </summary>
    private static IReadOnlyList<EntityMention> WithoutCapitalsSentences(IReadOnlyList<EntityMention> baseline, List<string[]> words, List<TextSpan[]> spans)
    {
        List<TextSpan>? capitals = null;
        for (var s = 0; s < words.Count; s++)
        {
            if (CaseNormalizer.IsShouting(words[s]))
            {
                (capitals ??= []).Add(new TextSpan(spans[s][0].Start, spans[s][^1].End));
            }
        }

        if (capitals is null)
        {
            return baseline;
        }

        var index = new SpanOverlapIndex(capitals);
        var kept = new List<EntityMention>(baseline.Count);
        foreach (var mention in baseline)
        {
            if (!index.Overlaps(mention.Span))
            {
                kept.Add(mention);
            }
        }

        return kept;
    }

    /// <summary>Where a mention over tokens [start, end) must stop: before "on/in/at" + a weekday or month, or before a closing weekday.</summary>
    private static int CalendarCut(TextSpan[] spans, string text, int start, int end)
    {
        for (var i = start + 1; i + 1 < end; i++)
        {
            var word = text.AsSpan(spans[i].Start, spans[i].Length);
            if (word is "on" or "in" or "at" && CalendarWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(spans[i + 1].Start, spans[i + 1].Length)))
            {
                return i;
            }
        }

        // "left Velmora Sunday": a weekday closing a longer name is the date of the sentence.
        var last = text.AsSpan(spans[end - 1].Start, spans[end - 1].Length);
        if (end - start > 1 && Enum.TryParse<DayOfWeek>(last, ignoreCase: false, out _) && char.IsUpper(last[0]))
        {
            return end - 1;
        }

        return end;
    }

    /// <summary>
    /// One name, one type per article: a one-word mention that is the last word of a longer person
    /// name ("Valeska Paris" ... "Paris said") is that person; other mentions with the same text
    /// take the type most of them have.
    /// </summary>
    private static List<EntityMention> Harmonize(string text, List<EntityMention> mentions)
    {
        var surnames = new HashSet<string>(StringComparer.Ordinal);
        var votes = KindVotes.Of(text, mentions);
        foreach (var mention in mentions)
        {
            var name = mention.Span.Of(text);
            var space = name.LastIndexOf(' ');
            if (mention.Kind == EntityKind.Person && space > 0 && space + 1 < name.Length)
            {
                surnames.Add(name[(space + 1)..]);
            }
        }

        for (var k = 0; k < mentions.Count; k++)
        {
            var mention = mentions[k];
            var name = mention.Span.Of(text);
            var kind = mention.Kind;
            if (surnames.Contains(name))
            {
                kind = EntityKind.Person;
            }
            else
            {
                var counts = votes[name];
                for (var t = 0; t < counts.Length; t++)
                {
                    if (counts[t] * 2 > counts.Sum())
                    {
                        kind = (EntityKind)t;
                    }
                }
            }

            if (kind != mention.Kind)
            {
                mentions[k] = mention with { Kind = kind };
            }
        }

        return mentions;
    }

    /// <summary>
    /// Reconciles the model's mentions with the baseline's (both sorted by start), group by group
    /// of overlapping mentions. The model decides what is a name and its type; the baseline lends
    /// titles and, where the model cut one capitalised name into pieces ("Aung" + "San Suu Kyi")
    /// or stopped short of it, the whole name's boundaries (typed by the baseline's title, head or
    /// cue evidence when it has some, else by the model's longest piece).
    /// </summary>
    private static List<EntityMention> Reconcile(string text, List<EntityMention> model, IReadOnlyList<EntityMention> baseline, PerceptronModel trained)
    {
        var classes = trained.Classes;
        var common = trained.Common;
        var result = new List<EntityMention>(model.Count);
        var pieces = new List<EntityMention>();
        int m = 0, b = 0;
        while (m < model.Count)
        {
            // One group: a model mention, every baseline mention overlapping the group, and every
            // model mention overlapping those, until the group stops growing.
            pieces.Clear();
            pieces.Add(model[m++]);
            var groupEnd = pieces[0].Span.End;
            while (b < baseline.Count && baseline[b].Span.End <= pieces[0].Span.Start)
            {
                b++;
            }

            var firstBase = b;
            var bases = 0;
            while (true)
            {
                if (b + bases < baseline.Count && baseline[b + bases].Span.Start < groupEnd)
                {
                    groupEnd = Math.Max(groupEnd, baseline[b + bases].Span.End);
                    bases++;
                }
                else if (m < model.Count && model[m].Span.Start < groupEnd)
                {
                    pieces.Add(model[m]);
                    groupEnd = Math.Max(groupEnd, model[m++].Span.End);
                }
                else
                {
                    break;
                }
            }

            b = firstBase + bases;
            if (bases != 1)
            {
                result.AddRange(pieces);
                continue;
            }

            var whole = baseline[firstBase];
            var covers = true;
            var longest = pieces[0];
            foreach (var piece in pieces)
            {
                covers &= whole.Span.Contains(piece.Span);
                longest = piece.Span.Length > longest.Span.Length ? piece : longest;
            }

            var titledPerson = whole.Kind == EntityKind.Person && whole.Title is not null;
            if (covers && pieces.Count > 1 && AreSeparateNames(text, pieces))
            {
                // "the Refugee Council Enver Solomon": two names of different types side by side.
                result.AddRange(pieces);
            }
            else if (covers && IsBaselineOverreach(text, whole, pieces, classes, common))
            {
                result.AddRange(pieces);
            }
            else if (covers && (pieces.Count > 1 || whole.Span != longest.Span))
            {
                // The model split the name or stopped short of it.
                result.Add(new EntityMention(whole.Span, whole.Kind != EntityKind.Other ? whole.Kind : longest.Kind, longest.Score, whole.Title));
            }
            else if (pieces.Count == 1 && titledPerson && (whole.Span == longest.Span || longest.Span.Contains(whole.Span)))
            {
                // Same name, or the model's span also took the title words: the name is a person with that title.
                result.Add(new EntityMention(whole.Span, EntityKind.Person, longest.Score, whole.Title));
            }
            else if (pieces.Count == 1 && whole.Span == longest.Span && longest.Kind == EntityKind.Person && whole.Kind == EntityKind.Organization)
            {
                // The same name read as a person by the model and as an organisation by the baseline's
                // head words or acronym rule ("Kelm Trading Company"): no person is named so.
                result.Add(longest with { Kind = EntityKind.Organization });
            }
            else
            {
                result.AddRange(pieces);
            }
        }

        // A titled person the model missed entirely ("King Aldric") or a place the baseline read from
        // a cue ("the capital Lunessa"): strong evidence. (Baseline organisations missed by the model
        // were tried too: they cost more precision on wikigold than they gained.) An acronym the
        // article also writes as a common noun ("the SUV", "EVs") is not a name, nor is one the
        // training text holds but the model left untagged here ("DNA", "IQ": seen, mostly untagged).
        var missed = false;
        var found = new SpanOverlapIndex(result.Select(static r => r.Span));
        HashSet<string>? commonAcronyms = null;
        TextSpan? lastAdded = null;
        foreach (var mention in baseline)
        {
            var strong = (mention.Kind == EntityKind.Person && mention.Title is not null) || mention.Kind == EntityKind.Place ||
                         (mention.Kind == EntityKind.Organization && IsUnknownAcronym(text.AsSpan(mention.Span.Start, mention.Span.Length), classes) &&
                          !trained.KnowsWord(text.AsSpan(mention.Span.Start, mention.Span.Length)) &&
                          !(commonAcronyms ??= CommonAcronyms.UsedAsCommonNouns(text)).Contains(mention.Span.Of(text)));
            if (strong && !found.Overlaps(mention.Span) && lastAdded?.Overlaps(mention.Span) != true)
            {
                result.Add(mention);
                lastAdded = mention.Span;
                missed = true;
            }
        }

        if (missed)
        {
            result.Sort((x, y) => x.Span.Start.CompareTo(y.Span.Start));
        }

        return result;
    }

    /// <summary>
    /// The baseline's capitalisation rules joined what the model keeps apart: names the model cut at
    /// a "the" after a name word ("Reuters" the "Senate", see <see cref="AddMentions"/>), a person and another
    /// name across a lower-case word ("Mara Tellin" of the "Varnby Gazette"), a name and a full
    /// person name across a role ("Varnby Sports" Insider "Mara Tellin"), or a capitalised
    /// common word and a lower-case word before the model's name ("Shares of" "Kelmco"; not "Min"
    /// before "Aung Hlaing", whatever "min" means in lower case). (Any two types across a
    /// lower-case word, or common words after the name, cost more than they gained: "Council for
    /// the Welfare of ...", "UK Government".)
    /// </summary>
    internal static bool IsBaselineOverreach(string text, EntityMention whole, List<EntityMention> pieces, WordClasses classes, CommonWords common)
    {
        for (var k = 1; k < pieces.Count; k++)
        {
            var previous = pieces[k - 1].Span.In(text);
            var gap = text.AsSpan(pieces[k - 1].Span.End, Math.Max(0, pieces[k].Span.Start - pieces[k - 1].Span.End));
            if (gap.Trim() is "the" && IsNameWord(previous[(previous.LastIndexOf(' ') + 1)..], classes))
            {
                return true;
            }

            if (pieces[k - 1].Kind == EntityKind.Person && pieces[k].Kind != EntityKind.Person && HasLowerCaseWord(gap))
            {
                return true;
            }

            if (pieces[k].Kind == EntityKind.Person && pieces[k - 1].Kind != EntityKind.Person && !gap.Trim().IsEmpty &&
                pieces[k].Span.In(text).Contains(' '))
            {
                return true;
            }
        }

        var before = text.AsSpan(whole.Span.Start, Math.Max(0, pieces[0].Span.Start - whole.Span.Start));
        return HasLowerCaseWord(before) && HasCommonWord(before, classes, common);
    }

    private static bool HasLowerCaseWord(ReadOnlySpan<char> text)
    {
        foreach (var range in text.Split(' '))
        {
            var word = text[range];
            if (!word.IsEmpty && char.IsLower(word[0]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A capitalised word the learned classes or the common-word lexicon know as a common word ("Shares").</summary>
    private static bool HasCommonWord(ReadOnlySpan<char> text, WordClasses classes, CommonWords common)
    {
        foreach (var range in text.Split(' '))
        {
            var word = text[range].Trim(",.;:");
            if (word.Length > 1 && char.IsUpper(word[0]) && CaseNormalizer.IsCommon(word.ToString().ToLowerInvariant(), classes, common))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The model's pieces are names of their own, not one name cut apart, when they are of
    /// different types, each has at least two words, and nothing but spaces stands between them
    /// ("Refugee Council" + "Enver Solomon"; not a one-word piece cut off a person name, and not
    /// "Warhol Foundation" + "Visual Arts" joined by "for the").
    /// </summary>
    internal static bool AreSeparateNames(string text, List<EntityMention> pieces)
    {
        var mixed = false;
        for (var k = 0; k < pieces.Count; k++)
        {
            var piece = pieces[k];
            if (piece.Span.In(text).IndexOfAny(' ', '\u00A0') < 0 ||
                (k > 0 && (pieces[k - 1].Span.End > piece.Span.Start || !text.AsSpan(pieces[k - 1].Span.End, piece.Span.Start - pieces[k - 1].Span.End).IsWhiteSpace())))
            {
                return false;
            }

            mixed |= piece.Kind != pieces[0].Kind;
        }

        return mixed;
    }

    /// <summary>
    /// Turns BIO runs into mentions. A run never opens with a common lower-case word (class 5 or 6
    /// of the learned <paramref name="classes"/>: "country" in "10-country Association of ...");
    /// particles of names ("de", "van") are not such words. Nor does it open with the sentence's
    /// first word "The": in GUM and wikigold gold no name does (a band's "The" counts only
    /// mid-sentence). A person, organisation or place run is cut at a number followed by a
    /// capitalised word, a score in a results line ("Leeds 1 Chelsea 1"); in the training corpora's
    /// gold, fewer than ten such names (road numbers, "March 8 Alliance") have one.
    /// </summary>
    /// <summary>Adds words [first, end) as a mention, unless it is only the sentence's first word and that word is a common one ("Budget").</summary>
    private static void AddPart(string text, TextSpan[] spans, int first, int end, EntityKind kind, WordClasses classes, List<EntityMention> mentions)
    {
        if (end <= first)
        {
            return;
        }

        if (first == 0 && end == 1 && IsCommonLowerCase(text.AsSpan(spans[0].Start, spans[0].Length).ToString().ToLowerInvariant(), classes))
        {
            return;
        }

        mentions.Add(new EntityMention(new TextSpan(spans[first].Start, spans[end - 1].End), kind, 1f));
    }

    internal static void AddMentions(string text, ReadOnlySpan<int> tags, TextSpan[] spans, WordClasses classes, List<EntityMention> mentions)
    {
        var start = -1;
        for (var i = 0; i <= tags.Length; i++)
        {
            var tag = i < tags.Length ? tags[i] : NerTags.Outside;
            var continues = start >= 0 && tag != NerTags.Outside && !NerTags.IsBegin(tag)
                && NerTags.TypeIndex(tag) == NerTags.TypeIndex(tags[start]);
            if (start >= 0 && !continues)
            {
                var end = CalendarCut(spans, text, start, i);
                var first = start;
                while (first + 1 < end && IsCommonLowerCase(text.AsSpan(spans[first].Start, spans[first].Length), classes))
                {
                    first++;
                }

                if (first == 0 && end > 1 && text.AsSpan(spans[0].Start, spans[0].Length).Equals("The", StringComparison.OrdinalIgnoreCase))
                {
                    // "The League was formed": the capital is the sentence's, not the name's.
                    first = 1;
                }

                var kind = NerTags.Kind(tags[start]);
                for (var k = first + 1; kind != EntityKind.Other && k + 1 < end; k++)
                {
                    var word = text.AsSpan(spans[k].Start, spans[k].Length);

                    // "Leeds 1 Chelsea 1": a score between two names separates them; so does a
                    // common lower-case word ("Budget clears Senate" in a headline): names hold
                    // particles ("of", "de"), not verbs and nouns. Nor does "the" continue a name
                    // right after a capitalised name word ("told Reuters the Senate"; "Bank of the
                    // West" and "Save the Children" keep theirs).
                    if ((WordShape.IsDigits(word) && char.IsUpper(text[spans[k + 1].Start])) || IsLowerCaseWord(word, classes) ||
                        (kind != EntityKind.Person && word is "the" && IsNameWord(text.AsSpan(spans[k - 1].Start, spans[k - 1].Length), classes)))
                    {
                        AddPart(text, spans, first, k, kind, classes, mentions);
                        first = k + 1;
                    }
                }

                AddPart(text, spans, first, end, kind, classes, mentions);
                start = -1;
            }

            if (tag != NerTags.Outside && !continues)
            {
                start = i;
            }
        }
    }
}
