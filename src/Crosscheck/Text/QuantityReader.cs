using System.Globalization;
using Crosscheck.Model;

namespace Crosscheck.Text;

/// <summary>
/// Reads quantities: numbers in digits ("870", "1,000", "3.5") or words ("twenty-five", "two
/// hundred", "1.2 billion"), with a modifier before them ("at least", "more than", "about", "up
/// to", ...), a counted noun or unit after them ("civilians", "percent", "USD") and the event they
/// count, from the same clause ("killed", "abstention"; see <see cref="QuantityEventFinder"/>).
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Vague plurals ("hundreds of", "thousands") take the word's value with <see cref="QuantityModifier.AtLeast"/>.</item>
/// <item>Money: a currency sign before ($, €, £, ¥) or a currency word after ("dollars") gives a
/// code unit ("USD"); "$5bn"/"$5m" scale suffixes are read only next to a currency.</item>
/// <item>The unit is the next word when it is a lower-case content word (not a function word, not
/// an -ing/-ed verb form); "three-day" and "10-country" give unit "day"/"country".</item>
/// <item>Not quantities: numbers inside date mentions, years (1900–2100 after a temporal
/// preposition or without a counted noun), clock times, ordinals ("second", "22nd"), and number
/// words with nothing counted ("one of them").</item>
/// </list>
/// Thread-safe; all tables are built in the constructor.
/// </remarks>
public sealed class QuantityReader
{
    public const string StageId = "text.quantities/5";

    private const decimal MaxValue = 1e24m;

    /// <summary>Capitalised words allowed between a number and its counted noun ("350 Belvair flights").</summary>
    private const int MaxNameWordsBeforeUnit = 2;

    /// <summary>Participles that hedge a counted noun rather than name an event ("two suspected smugglers").</summary>
    private readonly WordSet _hedgeWords = new(["suspected", "alleged", "presumed", "purported", "reported"]);

    /// <summary>Plural nouns without a plural ending, heads of a compound like plural ones ("three railway staff").</summary>
    private readonly WordSet _invariantPlurals = new(["staff", "personnel", "people", "crew", "police"]);

    private readonly WordMap<int> _numberWords;
    private readonly WordMap<long> _scales;
    private readonly WordMap<long> _vaguePlurals;
    private readonly WordMap<string> _currencySigns;
    private readonly WordMap<string> _currencyWords;
    private readonly WordSet _functionWords;
    private readonly WordSet _temporalPrepositions;
    private readonly (string[] Words, QuantityModifier Modifier)[] _modifiers;
    private readonly QuantityEventFinder _events = new();

    /// <summary>Verbs after a bare number word that make it the counted subject: "six were missing", "two have died".</summary>
    private readonly WordSet _countedSubjectVerbs = new(["were", "was", "are", "is", "have", "has", "had", "remain", "remained", "remains", "died", "survived"]);

    public QuantityReader()
    {
        string[] units =
        [
            "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
        ];
        string[] tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
        var numberWords = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var n = 0; n < units.Length; n++)
        {
            numberWords[units[n]] = n;
        }

        for (var t = 0; t < tens.Length; t++)
        {
            numberWords[tens[t]] = 20 + (10 * t);
            for (var u = 1; u < 10; u++)
            {
                numberWords[tens[t] + "-" + units[u]] = 20 + (10 * t) + u;
            }
        }

        numberWords["dozen"] = 12;
        _numberWords = new WordMap<int>(numberWords);
        _scales = new WordMap<long>(new Dictionary<string, long>(StringComparer.OrdinalIgnoreCase)
        {
            ["hundred"] = 100, ["thousand"] = 1_000, ["million"] = 1_000_000, ["billion"] = 1_000_000_000,
            ["trillion"] = 1_000_000_000_000, ["bn"] = 1_000_000_000, ["mn"] = 1_000_000, ["tn"] = 1_000_000_000_000,
        });
        _vaguePlurals = new WordMap<long>(new Dictionary<string, long>(StringComparer.OrdinalIgnoreCase)
        {
            ["dozens"] = 12, ["scores"] = 20, ["hundreds"] = 100, ["thousands"] = 1_000, ["millions"] = 1_000_000,
            ["billions"] = 1_000_000_000, ["tens"] = 10,
        });
        _currencySigns = new WordMap<string>(new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["$"] = "USD", ["US$"] = "USD", ["€"] = "EUR", ["£"] = "GBP", ["¥"] = "JPY", ["₹"] = "INR", ["₽"] = "RUB",
            ["₩"] = "KRW", ["₺"] = "TRY", ["₪"] = "ILS", ["₦"] = "NGN",
        });
        _currencyWords = new WordMap<string>(new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["dollar"] = "USD", ["dollars"] = "USD", ["euro"] = "EUR", ["euros"] = "EUR", ["yuan"] = "CNY",
            ["renminbi"] = "CNY", ["yen"] = "JPY", ["ruble"] = "RUB", ["rubles"] = "RUB", ["rouble"] = "RUB",
            ["roubles"] = "RUB", ["usd"] = "USD", ["eur"] = "EUR", ["gbp"] = "GBP", ["sterling"] = "GBP",
            ["kyat"] = "MMK", ["kyats"] = "MMK", ["baht"] = "THB", ["won"] = "KRW", ["rupees"] = "rupees",
        });
        _functionWords = new WordSet(EnglishVocabulary.FunctionWords);
        _temporalPrepositions = new WordSet(["in", "since", "by", "until", "till", "from", "to", "of", "during", "before", "after", "through", "early", "late", "mid", "year", "the", "and"]);
        _modifiers =
        [
            (["no", "more", "than"], QuantityModifier.AtMost),
            (["no", "fewer", "than"], QuantityModifier.AtLeast),
            (["no", "less", "than"], QuantityModifier.AtLeast),
            (["as", "many", "as"], QuantityModifier.UpTo),
            (["as", "much", "as"], QuantityModifier.UpTo),
            (["at", "least"], QuantityModifier.AtLeast),
            (["at", "most"], QuantityModifier.AtMost),
            (["more", "than"], QuantityModifier.MoreThan),
            (["greater", "than"], QuantityModifier.MoreThan),
            (["fewer", "than"], QuantityModifier.LessThan),
            (["less", "than"], QuantityModifier.LessThan),
            (["up", "to"], QuantityModifier.UpTo),
            (["close", "to"], QuantityModifier.About),
            (["just", "over"], QuantityModifier.MoreThan),
            (["just", "under"], QuantityModifier.LessThan),
            (["upwards", "of"], QuantityModifier.MoreThan),
            (["an", "estimated"], QuantityModifier.About),
            (["over"], QuantityModifier.MoreThan),
            (["above"], QuantityModifier.MoreThan),
            (["exceeding"], QuantityModifier.MoreThan),
            (["about"], QuantityModifier.About),
            (["around"], QuantityModifier.About),
            (["approximately"], QuantityModifier.About),
            (["roughly"], QuantityModifier.About),
            (["nearly"], QuantityModifier.About),
            (["almost"], QuantityModifier.About),
            (["some"], QuantityModifier.About),
            (["estimated"], QuantityModifier.About),
            (["under"], QuantityModifier.LessThan),
            (["below"], QuantityModifier.LessThan),
            (["minimum"], QuantityModifier.AtLeast),
            (["maximum"], QuantityModifier.AtMost),
        ];
    }

    /// <summary>Reads the quantities in <paramref name="sentences"/>, skipping numbers inside <paramref name="dates"/>.</summary>
    /// <param name="text">The article text all spans point into.</param>
    /// <param name="sentences">Sentences, sorted.</param>
    /// <param name="tokens">Tokens of those sentences, sorted.</param>
    /// <param name="dates">Date mentions, sorted; numbers inside them are not quantities.</param>
    public IReadOnlyList<QuantityMention> Read(string text, IReadOnlyList<Sentence> sentences, IReadOnlyList<Token> tokens, IReadOnlyList<DateMention> dates)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(dates);
        var view = new TokenView(text, tokens);
        var result = new List<QuantityMention>();
        var d = 0;
        foreach (var (first, end) in TokenView.TokenRanges(sentences, tokens))
        {
            var floor = first;
            var i = first;
            while (i < end)
            {
                var span = view.Span(i);
                while (d < dates.Count && dates[d].Span.End <= span.Start)
                {
                    d++;
                }

                if (d < dates.Count && dates[d].Span.Overlaps(span))
                {
                    i++;
                    floor = i;
                    continue;
                }

                if (TryRead(view, floor, end, i, out var mention, out var mentionFirst, out var next))
                {
                    var dateClash = false;
                    for (var k = d; k < dates.Count && dates[k].Span.Start < mention.Span.End; k++)
                    {
                        dateClash |= dates[k].Span.Overlaps(mention.NumberSpan);
                    }

                    if (!dateClash)
                    {
                        result.Add(mention with { Event = _events.Find(view, first, end, mentionFirst, next - 1) });
                        floor = next;
                        i = next;
                        continue;
                    }
                }

                i++;
            }
        }

        return result;
    }

    private bool TryRead(TokenView v, int floor, int end, int i, out QuantityMention mention, out int mentionFirst, out int next)
    {
        mention = null!;
        mentionFirst = i;
        next = i + 1;
        decimal value;
        int numberLast;
        var modifier = QuantityModifier.Exact;
        string? unit = null;
        var unitLast = -1;
        var isWordNumber = false;

        if (v.Kind(i) == TokenKind.Number)
        {
            if (!TryParseDigits(v[i], out value) || IsClockOrPart(v, i, end) || IsYear(v, floor, end, i))
            {
                return false;
            }

            numberLast = i;
        }
        else if (v.Kind(i) == TokenKind.Word && TryReadWordNumber(v, i, end, out value, out numberLast, out var compoundUnit))
        {
            isWordNumber = true;
            if (compoundUnit is not null)
            {
                unit = compoundUnit;
                unitLast = numberLast;
            }
        }
        else if (v.Kind(i) == TokenKind.Word && _vaguePlurals.TryGetValue(v[i], out var vague))
        {
            // "hundreds of", "tens of thousands"
            value = vague;
            numberLast = i;
            if (i + 2 < end && v.Is(i + 1, "of") && _vaguePlurals.TryGetValue(v[i + 2], out var inner) && inner > vague)
            {
                value = vague * inner;
                numberLast = i + 2;
            }

            if (!(numberLast + 1 < end && v.Is(numberLast + 1, "of")) && !(i > floor && IsModifierWord(v, i - 1)))
            {
                return false;
            }

            modifier = QuantityModifier.AtLeast;
            if (numberLast + 2 < end && v.Is(numberLast + 1, "of") && IsUnitWord(v, numberLast + 2))
            {
                unit = LowerUnit(v, numberLast + 2);
                unitLast = numberLast + 2;
            }
        }
        else
        {
            return false;
        }

        // Scale words: "1.2 billion", "5bn" (touching, only "bn"/"mn" or next to a currency).
        var currencyFirst = FindCurrencySign(v, floor, i, out var currency);
        while (unitLast < 0 && numberLast + 1 < end && v.Kind(numberLast + 1) == TokenKind.Word && _scales.TryGetValue(v[numberLast + 1], out var scale) && v.IsLowerWord(numberLast + 1))
        {
            if (value >= MaxValue / scale)
            {
                return false;
            }

            value *= scale;
            numberLast++;
        }

        if (unitLast < 0 && currency is not null && numberLast + 1 < end && v.Touches(numberLast) && v.Kind(numberLast + 1) == TokenKind.Word
            && (v.Is(numberLast + 1, "m") || v.Is(numberLast + 1, "k") || v.Is(numberLast + 1, "b")) && value < MaxValue / 1_000_000_000)
        {
            value *= v.Is(numberLast + 1, "m") ? 1_000_000 : v.Is(numberLast + 1, "k") ? 1_000 : 1_000_000_000;
            numberLast++;
        }

        var first = currencyFirst >= 0 ? currencyFirst : i;
        if (currency is not null)
        {
            unit = currency;
        }

        // Unit after the number.
        if (unitLast < 0 && currency is null)
        {
            var u = numberLast + 1;
            if (u < end)
            {
                var word = v[u];
                if (word is "%" || v.Is(u, "percent") || v.Is(u, "pct"))
                {
                    unit = "percent";
                    unitLast = u;
                }
                else if (v.Is(u, "per") && u + 1 < end && v.Is(u + 1, "cent"))
                {
                    unit = "percent";
                    unitLast = u + 1;
                }
                else if (v.Kind(u) == TokenKind.Word && _currencyWords.TryGetValue(word, out var code) && v.IsLowerWord(u))
                {
                    unit = code;
                    unitLast = u;
                }
                else if (IsHyphenToken(word) && v.Touches(numberLast) && u + 1 < end && v.Touches(u) && v.IsLowerWord(u + 1))
                {
                    unit = LowerUnit(v, u + 1);
                    unitLast = u + 1;
                }
                else if (IsUnitWord(v, u))
                {
                    // "two defence officials": a singular noun before a plural one qualifies it.
                    var head = CompoundHead(v, u, end);
                    unit = LowerUnit(v, head);
                    unitLast = head;
                }
                else if (v.Kind(u) == TokenKind.Word && v.IsLowerWord(u) && _hedgeWords.Contains(v[u]) && u + 1 < end && IsUnitWord(v, u + 1))
                {
                    // "two suspected smugglers", "12 alleged members": the hedge qualifies the counted noun.
                    unit = LowerUnit(v, u + 1);
                    unitLast = u + 1;
                }
                else if (NameThenPluralUnit(v, u, end) is var plural and > 0)
                {
                    // "350 Belvair flights", "the 27 EU countries": a name qualifies the counted noun.
                    unit = LowerUnit(v, plural);
                    unitLast = plural;
                }
            }
        }

        if (isWordNumber && unit is null && currency is null && numberLast == i && !(numberLast + 1 < end && _countedSubjectVerbs.Contains(v[numberLast + 1])))
        {
            // A bare number word counts nothing we can name ("one of them", "the two met").
            return false;
        }

        // Modifiers before the number (or the currency sign).
        var modifierFirst = first;
        if (modifier == QuantityModifier.Exact)
        {
            foreach (var (words, kind) in _modifiers)
            {
                var start = first - words.Length;
                if (start < floor)
                {
                    continue;
                }

                var matches = true;
                for (var k = 0; k < words.Length && matches; k++)
                {
                    matches = v.Is(start + k, words[k]);
                }

                if (matches)
                {
                    modifier = kind;
                    modifierFirst = start;
                    break;
                }
            }
        }

        var last = Math.Max(numberLast, unitLast);
        mentionFirst = modifierFirst;
        mention = new QuantityMention(
            new TextSpan(v.Span(modifierFirst).Start, v.Span(last).End),
            value / 1.000000000000000000000000000000000m, // drops trailing zeros: 1.2 × 10⁹ reads 1200000000
            
            modifier,
            unit,
            new TextSpan(v.Span(i).Start, v.Span(numberLast).End));
        next = last + 1;
        return true;
    }

    private static bool IsModifierWord(TokenView v, int i) =>
        v.Is(i, "least") || v.Is(i, "than") || v.Is(i, "to") || v.Is(i, "some") || v.Is(i, "about") || v.Is(i, "nearly");

    private static bool IsHyphenToken(ReadOnlySpan<char> token) => token is "-" or "‐" or "‑";

    private static string LowerUnit(TokenView v, int i) => v.WithoutPossessive(i).ToString().ToLowerInvariant();

    private int FindCurrencySign(TokenView v, int floor, int i, out string? currency)
    {
        currency = null;
        if (i > floor && (v.Kind(i - 1) == TokenKind.Symbol || v.Kind(i - 1) == TokenKind.Word) && v.Touches(i - 1)
            && _currencySigns.TryGetValue(v[i - 1], out var code))
        {
            currency = code;
            var first = i - 1;
            if (first > floor && v.Touches(first - 1) && v[first - 1] is "US" or "A" or "C" or "HK" or "NZ" or "S")
            {
                first--;
                currency = v[first] is "US" ? code : v[first].ToString() + code;
            }

            return first;
        }

        return -1;
    }

    /// <summary>
    /// The index of a plural counted noun after one or two capitalised words at <paramref name="u"/>
    /// ("Belvair flights", "EU member states" is not: "member" is not plural), or -1.
    /// </summary>
    private int NameThenPluralUnit(TokenView v, int u, int end)
    {
        for (var k = u; k < Math.Min(end, u + MaxNameWordsBeforeUnit); k++)
        {
            if (v.Kind(k) != TokenKind.Word || !v.IsCapitalized(k))
            {
                return -1;
            }

            var next = k + 1;
            if (next < end && IsUnitWord(v, next) && IsPlural(v[next]))
            {
                return next;
            }

            if (next < end && IsUnitWord(v, next) && CompoundHead(v, next, end) is var head && head > next)
            {
                // "two Velmoran defence officials": a name and a qualifying noun before the counted one.
                return head;
            }
        }

        return -1;
    }

    /// <summary>
    /// The head of a noun compound whose first word is the unit word at <paramref name="u"/>: the
    /// plural noun right after a singular one ("defence officials", "border guards"), else u.
    /// </summary>
    private int CompoundHead(TokenView v, int u, int end) =>
        v[u][^1] != 's' && u + 1 < end && IsUnitWord(v, u + 1) && (IsPlural(v[u + 1]) || _invariantPlurals.Contains(v[u + 1])) ? u + 1 : u;

    private static bool IsPlural(ReadOnlySpan<char> word) => word.Length > 3 && word[^1] == 's' && !word.EndsWith("ss", StringComparison.Ordinal);


    /// <summary>A lower-case content word that can be a counted noun or unit.</summary>
    private bool IsUnitWord(TokenView v, int i)
    {
        if (v.Kind(i) != TokenKind.Word || !v.IsLowerWord(i))
        {
            return false;
        }

        var word = v[i];
        if (_functionWords.Contains(word) || _scales.TryGetValue(word, out _) || _numberWords.TryGetValue(word, out _))
        {
            return false;
        }

        return !(word.Length > 4 && (word.EndsWith("ing", StringComparison.Ordinal) || word.EndsWith("ed", StringComparison.Ordinal))) || word.EndsWith("eed", StringComparison.Ordinal);
    }

    private static bool TryParseDigits(ReadOnlySpan<char> token, out decimal value)
    {
        value = 0;
        if (token.Length > 40)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[token.Length];
        var n = 0;
        foreach (var ch in token)
        {
            if (ch != ',')
            {
                buffer[n++] = ch;
            }
        }

        return decimal.TryParse(buffer[..n], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    private static bool IsClockOrPart(TokenView v, int i, int end)
    {
        // "10:30", "10 a.m.", "3-2" scores are fine; clock times are not quantities.
        if (i + 2 < end && v[i + 1] is ":" && v.Touches(i) && v.Kind(i + 2) == TokenKind.Number)
        {
            return true;
        }

        if (i >= 2 && v[i - 1] is ":" && v.Touches(i - 1) && v.Kind(i - 2) == TokenKind.Number)
        {
            return true;
        }

        return i + 1 < end && (v.Is(i + 1, "a.m.") || v.Is(i + 1, "p.m.") || v.Is(i + 1, "am") || v.Is(i + 1, "pm") || v.Is(i + 1, "GMT") || v.Is(i + 1, "UTC"));
    }

    private bool IsYear(TokenView v, int floor, int end, int i)
    {
        var token = v[i];
        if (token.Length != 4 || !int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1900 or > 2100)
        {
            return false;
        }

        if (i > floor && (_temporalPrepositions.Contains(v[i - 1]) || v[i - 1] is "–" or "-" or "/" or "("))
        {
            return true;
        }

        var countedNext = i + 1 < end && IsUnitWord(v, i + 1) && v[i + 1][^1] == 's';
        return !countedNext;
    }

    /// <summary>
    /// Reads a number written in words starting at <paramref name="i"/>: "twenty-five", "two
    /// hundred and fifty thousand", "a million", or a compound "three-day" (value plus unit).
    /// </summary>
    private bool TryReadWordNumber(TokenView v, int i, int end, out decimal value, out int last, out string? compoundUnit)
    {
        value = 0;
        last = i;
        compoundUnit = null;
        var word = v[i];
        if (!v.IsLowerWord(i) && !(v.IsCapitalized(i) && word.Length > 1 && char.IsLower(word[1])))
        {
            return false;
        }

        // Compound "three-day", "10-country" is handled by the digit path.
        var hyphen = word.IndexOf('-');
        if (hyphen > 0 && !_numberWords.TryGetValue(word, out _))
        {
            if (_numberWords.TryGetValue(word[..hyphen], out var head) && hyphen + 1 < word.Length && char.IsLower(word[hyphen + 1]))
            {
                value = head;
                compoundUnit = word[(hyphen + 1)..].ToString().ToLowerInvariant();
                return true;
            }

            return false;
        }

        decimal total = 0;
        decimal current = 0;
        var any = false;
        var k = i;
        if (v.Is(k, "a") || v.Is(k, "an"))
        {
            if (k + 1 < end && (_scales.TryGetValue(v[k + 1], out _) || v.Is(k + 1, "dozen")) && v.IsLowerWord(k + 1))
            {
                current = 1;
                k++;
                any = true;
            }
            else
            {
                return false;
            }
        }

        for (; k < end; k++)
        {
            if (v.Kind(k) != TokenKind.Word)
            {
                break;
            }

            var w = v[k];
            if (_numberWords.TryGetValue(w, out var n) && (k == i || v.IsLowerWord(k)))
            {
                if (w.Equals("dozen", StringComparison.OrdinalIgnoreCase))
                {
                    current = (current == 0 ? 1 : current) * 12;
                }
                else if (current % 100 != 0 && current > 0)
                {
                    break; // "two three" is not one number
                }
                else
                {
                    current += n;
                }
            }
            else if (any && _scales.TryGetValue(w, out var scale) && v.IsLowerWord(k) && !w.Equals("bn", StringComparison.OrdinalIgnoreCase))
            {
                if (scale == 100)
                {
                    current = (current == 0 ? 1 : current) * 100;
                }
                else
                {
                    total += (current == 0 ? 1 : current) * scale;
                    current = 0;
                }
            }
            else if (any && w.Equals("and", StringComparison.OrdinalIgnoreCase) && k + 1 < end && _numberWords.TryGetValue(v[k + 1], out _))
            {
                continue;
            }
            else
            {
                break;
            }

            any = true;
            last = k;
        }

        value = total + current;
        return any && (value > 0 || v.Is(i, "zero"));
    }
}
