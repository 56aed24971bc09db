using System.Globalization;
using Crosscheck.Model;

namespace Crosscheck.Facts;

/// <summary>
/// Turns the quantity mentions of a sentence into claims about counted outcomes. The question key
/// is the outcome class found next to the number (killed, injured, arrested, ...) plus the counted
/// noun, with human nouns (people, civilians, protesters, ...) folded into "people":
/// "at least 870 civilians were killed" → <c>killed:people</c> = "at least 870".
/// Numbers with no outcome word nearby are not claims (they are ages, sizes, years).
/// </summary>
internal sealed class QuantityClaimReader(CrossCheckOptions options)
{
    /// <summary>Counted nouns that, in a vote sentence, are the voters themselves.</summary>
    /// <summary>Key prefix of money claims.</summary>
    public const string MoneyKeyPrefix = "money:";

    /// <summary>How far after a money amount the word saying what it pays for may stand ("a $2.5 billion port agreement").</summary>
    private const int MoneyWindowWords = 3;

    private static readonly HashSet<string> VoterNouns = new(StringComparer.Ordinal) { "countries", "country", "states", "nations", "members", "votes", "vote" };

    public void Read(SentenceView sentence, bool isVoteSentence, List<TextSpan> consumed, List<Claim> output)
    {
        foreach (var quantity in sentence.Quantities)
        {
            if (Overlaps(consumed, quantity.Span) || IsAttribute(sentence.Text, quantity))
            {
                continue;
            }

            if (IsCurrency(quantity.Unit))
            {
                if (!IsConversion(sentence, quantity))
                {
                    ReadMoney(sentence, quantity, output);
                }

                continue;
            }

            var unitWord = LastWord(quantity.Unit);
            if (unitWord == "percent" && IsWorkforceShare(sentence, quantity.Span))
            {
                // "about 8 percent of its workforce": the share of the staff a cut takes.
                AddQuantity(sentence, quantity, "share", "workforce", "workforce share", output);
                continue;
            }

            if (MeasurementReader.TryRead(sentence, quantity, out var measurement))
            {
                // "inflation rose to 7.4 percent", "temperatures hit 46.2 degrees": a level, not a count.
                if (measurement.Head is { } measured)
                {
                    AddQuantity(sentence, quantity, measurement.Outcome, measured, measurement.Subject, output);
                }

                continue;
            }

            var subgroup = IsSubgroup(sentence, quantity.Span);
            if ((unitWord is "voters" or "electors" || (unitWord is null && IsVotersAfter(sentence, quantity.Span))) && IsElectorate(sentence, quantity.Span))
            {
                // "the country's 3.1 million registered voters", "the 3.1 million voters on the rolls": the electorate.
                AddQuantity(sentence, quantity, "registered", "voters", "registered voters", output);
                continue;
            }

            if (isVoteSentence && unitWord is not null && VoterNouns.Contains(unitWord))
            {
                continue;
            }

            if (unitWord is not null && EventVocabulary.AreaUnits.Contains(unitWord))
            {
                // "burned more than 8,000 hectares", "7,500 hectares of forest destroyed": land a fire took.
                if (AnyNear(sentence, quantity.Span, EventVocabulary.BurningWords))
                {
                    var area = Singular(unitWord);
                    AddQuantity(sentence, quantity, "burned", area, area + " burned", output);
                }

                continue;
            }

            if (IsCarried(sentence, quantity.Span))
            {
                // "a boat carrying about 90 migrants": the load, whatever befell the boat.
                var load = unitWord is null || EventVocabulary.HumanNouns.Contains(unitWord) ? "people" : Singular(unitWord);
                AddQuantity(sentence, quantity, "aboard", load, load + " aboard", output);
                continue;
            }

            if (IsCrowd(sentence, quantity.Span, unitWord) && NearestOutcome(sentence, quantity.Span, beforeOnly: false) is null)
            {
                // "in front of 64,000 fans", "before a crowd of 46,000": the size of the crowd.
                AddQuantity(sentence, quantity, "attendance", "people", "crowd attendance", output);
                continue;
            }

            string? outcome = null;
            var outcomeIsUnit = false;
            if (unitWord is not null && EventVocabulary.QuantityWords.TryGetValue(unitWord, out var fromUnit))
            {
                outcome = fromUnit;
                outcomeIsUnit = true;
                unitWord = null;
                if (fromUnit == "arrested" && NearestOutcome(sentence, quantity.Span, beforeOnly: false) == "released")
                {
                    // "102 detainees were handed over": the people held are counted as they go free.
                    outcome = "released";
                }
            }

            outcome ??= NearestOutcome(sentence, quantity.Span, subgroup);
            if (outcome is null || (unitWord is not null && EventVocabulary.TimeUnits.Contains(unitWord) && outcome != "sentenced"))
            {
                // A duration ("for three days") is a count of people or things only as a prison term.
                continue;
            }

            if (unitWord is not null && EventVocabulary.HumanOutcomes.Contains(outcome) && EventVocabulary.ThingNouns.Contains(unitWord))
            {
                // "a dozen cars … killing 11 people": the cars are not the toll.
                continue;
            }

            string head;
            if (outcomeIsUnit && !EventVocabulary.HumanOutcomes.Contains(outcome))
            {
                // "cut 2,400 jobs": the counted noun is the outcome itself.
                AddQuantity(sentence, quantity, outcome, outcome, outcome, output);
                continue;
            }

            if (subgroup && unitWord is not null && unitWord is not ("people" or "persons") && EventVocabulary.HumanNouns.Contains(unitWord))
            {
                // "killed 46 people, including 11 children": a part of the toll, counted apart.
                head = Singular(unitWord);
            }
            else if (unitWord is null || EventVocabulary.HumanNouns.Contains(unitWord))
            {
                if (unitWord is null && !EventVocabulary.HumanOutcomes.Contains(outcome))
                {
                    continue;
                }

                head = "people";
            }
            else if (EventVocabulary.HouseholdNouns.Contains(unitWord))
            {
                // "250,000 households", "180,000 homes": one count of homes.
                head = "household";
            }
            else
            {
                if (EventVocabulary.HumanOnlyOutcomes.Contains(outcome))
                {
                    // "released 3 percent", "the exchange rose 40 points": only people are freed or infected.
                    continue;
                }

                head = Singular(unitWord);
            }

            AddQuantity(sentence, quantity, outcome, head, head + " " + outcome, output);
        }
    }

    private static void AddQuantity(SentenceView sentence, QuantityMention quantity, string outcome, string head, string subject, List<Claim> output) =>
        output.Add(new Claim(
            ClaimKind.Quantity,
            outcome + ":" + head,
            Describe(quantity.Value, quantity.Modifier),
            quantity.Span.Of(sentence.Text),
            sentence.ArticleId,
            sentence.Span,
            quantity.Span)
        {
            Subject = subject,
            Number = quantity.Value,
            Modifier = quantity.Modifier,
            Date = sentence.FirstDate(),
            Participants = sentence.Participants(),
        });

    /// <summary>Most words between "among"/"including" and the number of a part ("Among the dead were 11 children").</summary>
    private const int SubgroupWindowWords = 4;

    /// <summary>The number counts a part of an earlier count: "including 11 children", "among them 11 children", "Among the dead were 11 children".</summary>
    private static bool IsSubgroup(SentenceView sentence, TextSpan quantity)
    {
        var words = sentence.Words;
        var first = sentence.WordIndexAt(quantity.Start);
        for (var k = first - 1; k >= Math.Max(0, first - SubgroupWindowWords); k--)
        {
            if (EventVocabulary.SubgroupWords.Contains(words[k].Lower))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many words around an area a burning word may stand ("the fires have burned more than 8,000 hectares").</summary>
    private const int AreaWindowWords = 6;

    /// <summary>A burning word near the area, before or after it.</summary>
    private static bool AnyNear(SentenceView sentence, TextSpan quantity, System.Collections.Frozen.FrozenSet<string> set)
    {
        var words = sentence.Words;
        var first = sentence.WordIndexAt(quantity.Start);
        var last = sentence.WordIndexAt(quantity.End) - 1;
        for (var k = Math.Max(0, first - AreaWindowWords); k < Math.Min(words.Count, last + 1 + AreaWindowWords); k++)
        {
            if ((k < first || k > last) && set.Contains(words[k].Lower))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The number follows a carrying verb ("a boat carrying about 90 migrants") or its noun is
    /// followed by "on board"/"aboard" ("a coach with 46 people on board").
    /// </summary>
    private static bool IsCarried(SentenceView sentence, TextSpan quantity)
    {
        var words = sentence.Words;
        var first = sentence.WordIndexAt(quantity.Start);
        if (first > 0 && EventVocabulary.CarryingWords.Contains(words[first - 1].Lower))
        {
            return true;
        }

        var next = sentence.WordIndexAt(quantity.End);
        if (next < words.Count && words[next].Lower is not ("on" or "aboard"))
        {
            // The counted noun when the quantity's span stops at the number.
            next++;
        }

        return next >= 0 && next < words.Count
            && (words[next].Lower == "aboard" || (words[next].Lower == "on" && next + 1 < words.Count && words[next + 1].Lower == "board"));
    }

    /// <summary>The number counts fans or spectators, or follows "a crowd of" ("a sell-out crowd of more than 60,000").</summary>
    private static bool IsCrowd(SentenceView sentence, TextSpan quantity, string? unitWord)
    {
        if (unitWord is not null && EventVocabulary.SpectatorNouns.Contains(unitWord))
        {
            return true;
        }

        var words = sentence.Words;
        var first = sentence.WordIndexAt(quantity.Start);
        return unitWord is null && first > 1 && words[first - 1].Lower == "of" && EventVocabulary.CrowdNouns.Contains(words[first - 2].Lower);
    }

    /// <summary>"8 percent of its workforce", "10 percent of the staff".</summary>
    private static bool IsWorkforceShare(SentenceView sentence, TextSpan quantity)
    {
        var words = sentence.Words;
        var k = sentence.WordIndexAt(quantity.End);
        if (k >= words.Count || words[k].Lower != "of")
        {
            return false;
        }

        k++;
        if (k < words.Count && words[k].Lower is "its" or "the" or "their" or "his" or "her")
        {
            k++;
        }

        return k < words.Count && EventVocabulary.WorkforceNouns.Contains(words[k].Lower);
    }

    /// <summary>A money amount in brackets right after another one is its conversion ("4.5 million euros ($5.1 million)").</summary>
    private static bool IsConversion(SentenceView sentence, QuantityMention quantity)
    {
        var text = sentence.Text;
        var k = quantity.Span.Start - 1;
        while (k > sentence.Span.Start && char.IsWhiteSpace(text[k]))
        {
            k--;
        }

        if (k <= sentence.Span.Start || text[k] != '(')
        {
            return false;
        }

        foreach (var other in sentence.Quantities)
        {
            if (other.Span.End <= k && IsCurrency(other.Unit) && text.AsSpan(other.Span.End, k - other.Span.End).IsWhiteSpace())
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Words in or right after a count of voters that make it the electorate, not a turnout.</summary>
    private static readonly HashSet<string> ElectorateWords = new(StringComparer.Ordinal) { "registered", "eligible", "rolls", "roll", "register", "registers" };

    /// <summary>How many words after a count of voters an electoral roll may be named ("voters on the electoral roll").</summary>
    private const int ElectorateWindowWords = 4;

    /// <summary>"3.1 million registered voters" read without its noun: an adjective and "voters" follow the number.</summary>
    private static bool IsVotersAfter(SentenceView sentence, TextSpan span)
    {
        var next = sentence.WordIndexAt(span.End);
        return next + 1 < sentence.Words.Count && ElectorateWords.Contains(sentence.Words[next].Lower) && sentence.Words[next + 1].Lower is "voters" or "electors";
    }

    /// <summary>The voters counted are those entitled to vote: "3.1 million registered voters", "voters on the rolls".</summary>
    private static bool IsElectorate(SentenceView sentence, TextSpan span)
    {
        var words = sentence.Words;
        var first = sentence.WordIndexAt(span.Start);
        var end = Math.Min(words.Count, sentence.WordIndexAt(span.End) + ElectorateWindowWords);
        for (var k = first; k < end; k++)
        {
            if (ElectorateWords.Contains(words[k].Lower))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A money amount is a claim when a word right after it says what it pays for ("a $2.5 billion
    /// agreement", "a 2 million kroner fine"): key <c>money:&lt;currency&gt;:&lt;what&gt;</c>.
    /// </summary>
    private static void ReadMoney(SentenceView sentence, QuantityMention quantity, List<Claim> output)
    {
        var words = sentence.Words;
        var after = sentence.WordIndexAt(quantity.Span.End);
        string? what = null;
        for (var i = after; i < Math.Min(words.Count, after + MoneyWindowWords) && what is null; i++)
        {
            EventVocabulary.MoneyWords.TryGetValue(words[i].Lower, out what);
        }

        // "a fine of 4.5 million euros", "was fined 4.2 million euros".
        var first = sentence.WordIndexAt(quantity.Span.Start);
        var before = first > 0 && words[first - 1].Lower == "of" ? first - 2 : first - 1;
        if (what is null && before >= 0)
        {
            EventVocabulary.MoneyWords.TryGetValue(words[before].Lower, out what);
            if (what is null && EventVocabulary.LossVerbs.Contains(words[before].Lower) && sentence.HasAny(EventVocabulary.TheftWords))
            {
                // "lost $41 million when hackers breached its systems": a loss to thieves is what they stole.
                what = "stolen";
            }
        }

        if (what is null && after + 2 < words.Count && words[after].Lower == "for" && EventVocabulary.FreedomNouns.Contains(words[after + 2].Lower))
        {
            // "paid $2 million for their release": the price of a captive's freedom.
            what = "ransom";
        }

        if (what is null)
        {
            return;
        }

        output.Add(new Claim(
            ClaimKind.Quantity,
            MoneyKeyPrefix + quantity.Unit + ":" + what,
            DescribeMoney(quantity.Value, quantity.Modifier, quantity.Unit!),
            quantity.Span.Of(sentence.Text),
            sentence.ArticleId,
            sentence.Span,
            quantity.Span)
        {
            Subject = what + " amount",
            Number = quantity.Value,
            Modifier = quantity.Modifier,
            Date = sentence.FirstDate(),
            Participants = sentence.Participants(),
        });
    }

    /// <summary>"2.5 billion USD", "at least 40 million EUR", "12,500 GBP".</summary>
    internal static string DescribeMoney(decimal value, QuantityModifier modifier, string currency)
    {
        var (scaled, scale) = value >= 1_000_000_000m ? (value / 1_000_000_000m, " billion")
            : value >= 1_000_000m ? (value / 1_000_000m, " million")
            : (value, "");
        var text = Describe(scaled, modifier);
        return scale.Length == 0 && scaled >= 1000
            ? text.Replace(scaled.ToString("0.##", CultureInfo.InvariantCulture), scaled.ToString("#,0.##", CultureInfo.InvariantCulture), StringComparison.Ordinal) + " " + currency
            : text + scale + " " + currency;
    }

    /// <summary>A currency code unit ("USD", "EUR"), as the quantity reader writes money.</summary>
    private static bool IsCurrency(string? unit) =>
        unit is { Length: 3 } && char.IsUpper(unit[0]) && char.IsUpper(unit[1]) && char.IsUpper(unit[2]);

    /// <summary>
    /// A number that describes rather than counts: a compound adjective ("the 75-year-old leader",
    /// "a three-year prison sentence", "a 10-day trip") or an age ("aged 75", "75 years old").
    /// </summary>
    internal static bool IsAttribute(string text, QuantityMention quantity)
    {
        var end = quantity.NumberSpan.End;
        if (end + 1 < text.Length && text[end] is '-' or '‑' && char.IsLetter(text[end + 1]))
        {
            return true;
        }

        var number = quantity.NumberSpan.In(text);
        var lastHyphen = number.LastIndexOf('-');
        if (lastHyphen > 0 && lastHyphen + 1 < number.Length && char.IsLetter(number[lastHyphen + 1]) &&
            !EventVocabulary.NumberWords.ContainsKey(number[(lastHyphen + 1)..].ToString().ToLowerInvariant()))
        {
            // "three-year" read as one token: a number word joined to its unit.
            return true;
        }

        if (quantity.Unit is { } unit && (unit.Contains('-', StringComparison.Ordinal) || unit.EndsWith("old", StringComparison.Ordinal)))
        {
            return true;
        }

        var afterUnit = quantity.Span.End;
        var tail = text.AsSpan(afterUnit, Math.Min(6, text.Length - afterUnit)).TrimStart();
        if (tail.StartsWith("old", StringComparison.OrdinalIgnoreCase) && (quantity.Unit is null || EventVocabulary.TimeUnits.Contains(LastWord(quantity.Unit)!)))
        {
            return true;
        }

        var before = Math.Max(0, quantity.Span.Start - 6);
        return text.AsSpan(before, quantity.Span.Start - before).TrimEnd().EndsWith("aged", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Normalised reading of a bounded number: "at least 870", "about 1200", "45".</summary>
    public static string Describe(decimal value, QuantityModifier modifier)
    {
        var number = value.ToString("0.##", CultureInfo.InvariantCulture);
        return modifier switch
        {
            QuantityModifier.AtLeast => "at least " + number,
            QuantityModifier.MoreThan => "more than " + number,
            QuantityModifier.About => "about " + number,
            QuantityModifier.AtMost => "at most " + number,
            QuantityModifier.LessThan => "less than " + number,
            QuantityModifier.UpTo => "up to " + number,
            _ => number,
        };
    }

    /// <param name="beforeOnly">Only outcomes before the number: a part ("including 11 children") shares its whole's outcome.</param>
    private string? NearestOutcome(SentenceView sentence, TextSpan quantity, bool beforeOnly)
    {
        var words = sentence.Words;
        var first = sentence.WordIndexAt(quantity.Start);
        var last = sentence.WordIndexAt(quantity.End) - 1;
        string? best = null;
        var bestDistance = int.MaxValue;
        var bestBefore = false;

        // "an infection, four of whom have died": the relative clause after the number says what it counts.
        var relative = last + 2 < words.Count && words[last + 1].Lower == "of" && words[last + 2].Lower is "whom" or "which";
        var end = beforeOnly && !relative ? first : Math.Min(words.Count, last + 1 + options.QuantityWindowWords);
        for (var i = relative ? last + 1 : Math.Max(0, first - options.QuantityWindowWords); i < end; i++)
        {
            if (i >= first && i <= last)
            {
                continue;
            }

            if (!TryOutcomeAt(words, i, out var outcome))
            {
                continue;
            }

            var distance = i < first ? first - i : i - last;
            if (CrossesConjunction(words, i < first ? i + 1 : last + 1, i < first ? first : i))
            {
                // "Four miners died and 17 were injured": the 17 belongs to its own clause.
                distance++;
            }

            // On a tie the word after the number wins: "17 were injured" over "died and 17".
            if (distance < bestDistance || (distance == bestDistance && i > last && bestBefore))
            {
                bestDistance = distance;
                best = outcome;
                bestBefore = i < first;
            }
        }

        return best;
    }

    /// <summary>The outcome class of words[i], alone or as the first word of a two-word verb ("handed over").</summary>
    private static bool TryOutcomeAt(List<Word> words, int i, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? outcome)
    {
        if (EventVocabulary.QuantityWords.TryGetValue(words[i].Lower, out outcome))
        {
            return true;
        }

        if (EventVocabulary.QuantityPhrases.TryGetValue(words[i].Lower, out var phrase) && i + 1 < words.Count && words[i + 1].Lower == phrase.Next)
        {
            outcome = phrase.Class;
            return true;
        }

        if (words[i].Lower == "forced" && i + 2 < words.Count && words[i + 1].Lower is "to" or "from" &&
            (EventVocabulary.LeavingWords.Contains(words[i + 2].Lower) || (i + 3 < words.Count && EventVocabulary.LeavingWords.Contains(words[i + 3].Lower))))
        {
            // "forced to leave their homes", "forced from their homes".
            outcome = "displaced";
            return true;
        }

        if (EventVocabulary.PowerLossWords.Contains(words[i].Lower) && i + 1 < words.Count && EventVocabulary.PowerWords.Contains(words[i + 1].Lower))
        {
            // "left without power", "cutting electricity to 180,000 homes".
            outcome = EventVocabulary.WithoutPower;
            return true;
        }

        outcome = null;
        return false;
    }

    /// <summary>A clause-joining conjunction among words[start..end).</summary>
    private static bool CrossesConjunction(List<Word> words, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (words[k].Lower is "and" or "but" or "while" or "whereas")
            {
                return true;
            }
        }

        return false;
    }

    private static bool Overlaps(List<TextSpan> spans, TextSpan span)
    {
        foreach (var s in spans)
        {
            if (s.Overlaps(span))
            {
                return true;
            }
        }

        return false;
    }

    private static string? LastWord(string? unit)
    {
        if (string.IsNullOrWhiteSpace(unit))
        {
            return null;
        }

        var trimmed = unit.Trim().ToLowerInvariant();
        var space = trimmed.LastIndexOf(' ');
        return space < 0 ? trimmed : trimmed[(space + 1)..];
    }

    internal static string Singular(string noun)
    {
        if (noun.EndsWith("ies", StringComparison.Ordinal) && noun.Length > 4)
        {
            return noun[..^3] + "y";
        }

        if (noun.EndsWith("sses", StringComparison.Ordinal) || noun.EndsWith("ches", StringComparison.Ordinal) || noun.EndsWith("shes", StringComparison.Ordinal))
        {
            return noun[..^2];
        }

        if (noun.EndsWith('s') && !noun.EndsWith("ss", StringComparison.Ordinal) && noun.Length > 3)
        {
            return noun[..^1];
        }

        return noun;
    }
}
