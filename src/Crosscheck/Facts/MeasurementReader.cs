using System.Collections.Frozen;
using Crosscheck.Model;

namespace Crosscheck.Facts;

/// <summary>
/// Reads numbers that measure rather than count: the level of an economic indicator ("inflation
/// rose to 7.4 percent" → <c>rate:inflation</c>; "up from 6.9 percent" → <c>rate:inflation:previous</c>)
/// the move of a share price or an index ("shares fell 6.2 percent" → <c>rate:shares</c>)
/// and a temperature reading ("temperatures hit 46.2 degrees Celsius" → <c>temperature:celsius</c>).
/// A forecast or a target ("analysts had expected 6.7 percent", "its 3 percent target"), a change
/// ("by 0.5 percent") and a temperature that is no reading ("the record of 45.4C", "above 40C") are
/// no measurement of their own.
/// </summary>
internal static class MeasurementReader
{
    /// <summary>How many words before a percentage its indicator may stand ("Consumer prices in X were 7.8 percent higher in October than a year earlier, up from 6.9 percent").</summary>
    private const int IndicatorWindowWords = 16;

    /// <summary>How many words around an indicator and after the number a forecast word is looked for.</summary>
    private const int ForecastWindowWords = 3;

    /// <summary>How many words before a temperature its reading verb may stand ("reached a high of 44C").</summary>
    private const int ReadingWindowWords = 3;

    /// <summary>Indicator words → indicator.</summary>
    private static readonly FrozenDictionary<string, string> Indicators = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["inflation"] = "inflation",
        ["prices"] = "inflation",
        ["unemployment"] = "unemployment",
        ["jobless"] = "unemployment",
        ["joblessness"] = "unemployment",
        ["growth"] = "growth",
        ["gdp"] = "growth",
        ["shares"] = "shares",
        ["stock"] = "shares",
        ["index"] = "index",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Words before "rate"/"rates" that make it a central bank's interest rate.</summary>
    private static readonly FrozenSet<string> InterestRateWords = Set("interest key policy benchmark lending base refinancing deposit");

    /// <summary>Words before an indicator that qualify nothing: "annual consumer price inflation" is inflation.</summary>
    private static readonly FrozenSet<string> GenericQualifiers = Set(
        "annual consumer price headline overall yearly monthly year-on-year national official economic economy's country's the a an its their and of in");

    /// <summary>Verbs that may stand right before an indicator and never narrow it ("data showed inflation at …").</summary>
    private static readonly FrozenSet<string> Verbs = Set("show shows saw see sees put puts keep keeps kept drive drives drove push pushes hit hits lift lifts boost boosts send sends sent");

    /// <summary>Words that make a figure a forecast or target, not a measurement.</summary>
    private static readonly FrozenSet<string> ForecastWords = Set(
        "expected expect expects expecting forecast forecasts forecasted forecasting predicted predict predicts projected projection projections estimate estimated target targets goal poll polled consensus");

    /// <summary>Words that, just before a temperature, make it a reading ("hit 46.2 degrees", "thermometers reached 46.8C").</summary>
    private static readonly FrozenSet<string> ReadingVerbs = Set("hit hits reached reach reaches peaked topped soared climbed rose recorded registered measured touched");

    /// <summary>Nouns that, before "of" and a temperature, make it a reading ("a reading of 46.2C", "a high of 44C").</summary>
    private static readonly FrozenSet<string> ReadingNouns = Set("reading high maximum temperature temperatures peak");

    /// <summary>What a measurement is: key outcome, head and the subject shown; a null head means the number is no claim.</summary>
    public readonly record struct Measurement(string Outcome, string? Head, string Subject);

    /// <summary>True when <paramref name="quantity"/> is a measurement (or a forecast, target or change of one, with a null head).</summary>
    public static bool TryRead(SentenceView sentence, QuantityMention quantity, out Measurement measurement)
    {
        var unit = quantity.Unit;
        if (string.Equals(unit, "percent", StringComparison.OrdinalIgnoreCase))
        {
            if (sentence.HasAny(BallotWords) && BallotSide(sentence, quantity) is { } side)
            {
                // "54.3 percent voting yes", "45.7 percent for the No side", "the No vote at 45.7 percent".
                measurement = new Measurement("share", side, side + " share");
                return true;
            }

            return TryReadRate(sentence, quantity, out measurement);
        }

        if (IsTemperature(sentence, quantity, unit))
        {
            measurement = IsReading(sentence, quantity)
                ? new Measurement("temperature", "celsius", "temperature")
                : new Measurement("temperature", null, "temperature");
            return true;
        }

        measurement = default;
        return false;
    }

    /// <summary>Words that make a sentence one about a vote or a referendum.</summary>
    private static readonly FrozenSet<string> BallotWords = Set("referendum referendums plebiscite vote votes voted voting ballot ballots poll polls");

    /// <summary>Nouns after a capitalised "Yes"/"No" that make it a side of a vote ("the No camp").</summary>
    private static readonly FrozenSet<string> SideNouns = Set("side camp campaign vote votes");

    /// <summary>How many words after a percentage the side it went to may be named ("45.7 percent for the No side").</summary>
    private const int SideAfterWords = 4;

    /// <summary>How many words before a percentage the side may be named ("the No vote at 45.7 percent").</summary>
    private const int SideBeforeWords = 3;

    /// <summary>
    /// The side of a vote ("yes"/"no") a percentage went to: named right after it ("voting yes", "for the
    /// No side", "against"), right before it ("the No vote at"), or as the subject
    /// of the clause when the figure is a share "of the vote" ("The Yes camp won … with 53.4 percent
    /// of the vote"); null when none is named.
    /// </summary>
    private static string? BallotSide(SentenceView sentence, QuantityMention quantity)
    {
        var words = sentence.Words;
        var first = sentence.WordIndexAt(quantity.Span.Start);
        var after = sentence.WordIndexAt(quantity.Span.End);
        if (after < words.Count && words[after].Lower == "against")
        {
            return "no";
        }

        for (var k = after; k < Math.Min(words.Count, after + SideAfterWords); k++)
        {
            if (SideAt(sentence, k) is { } side)
            {
                return side;
            }
        }

        var ofTheVote = after + 2 < words.Count && words[after].Lower == "of" && words[after + 2].Lower is "vote" or "votes" or "ballots";
        var from = ofTheVote ? 0 : Math.Max(0, first - SideBeforeWords);
        for (var k = first - 1; k >= from; k--)
        {
            if (SideAt(sentence, k) is { } side)
            {
                return side;
            }
        }

        return null;
    }

    /// <summary>words[k] names a side: "yes"/"no" after a voting verb ("voted no"), or a capitalised "Yes"/"No" before a side noun ("the Yes camp").</summary>
    private static string? SideAt(SentenceView sentence, int k)
    {
        var words = sentence.Words;
        var word = words[k].Lower;
        if (word is not ("yes" or "no"))
        {
            return null;
        }

        var afterVerb = k > 0 && words[k - 1].Lower is "voting" or "voted" or "vote" or "votes";
        var beforeSide = k > 0 && k + 1 < words.Count && char.IsUpper(sentence.Text[words[k].Span.Start]) && SideNouns.Contains(words[k + 1].Lower);
        return afterVerb || beforeSide ? word : null;
    }

    private static bool TryReadRate(SentenceView sentence, QuantityMention quantity, out Measurement measurement)
    {
        measurement = default;
        var words = sentence.Words;
        var first = sentence.WordIndexAt(quantity.Span.Start);
        var last = sentence.WordIndexAt(quantity.Span.End) - 1;
        if (!TryFindIndicator(words, first, out var at, out var indicator))
        {
            return false;
        }

        var qualifier = Qualifier(sentence, at, indicator);
        var name = qualifier is null ? indicator : indicator + ":" + qualifier;
        var shown = (qualifier is null ? "" : qualifier + " ") + indicator switch
        {
            "interest" => "interest rate",
            "shares" or "index" => indicator + " move",
            _ => indicator + " rate",
        };
        var before = first > 0 ? words[first - 1].Lower : "";
        var isMove = indicator is "shares" or "index";
        if ((before == "by" && !isMove) || IsForecast(words, at, last))
        {
            // "cut its key rate by 0.5 percent", "analysts had expected 6.7 percent": no level measured
            // (a share price's move is itself a change: "shares fell by 6.2 percent" is read).
            measurement = new Measurement("rate", null, shown);
            return true;
        }

        if (before == "from")
        {
            measurement = new Measurement("rate", name + ":previous", shown + " (previous)");
        }
        else if (IsPeak(words, first))
        {
            // "inflation, which peaked at 10.1 percent in October, has eased to 6.7 percent": the peak is another question.
            measurement = new Measurement("rate", name + ":peak", shown + " (peak)");
        }
        else
        {
            measurement = new Measurement("rate", name, shown);
        }

        return true;
    }

    /// <summary>"peaked at 10.1 percent", "a peak of 10.1 percent", "a high of 10.1 percent".</summary>
    private static bool IsPeak(List<Word> words, int first)
    {
        for (var k = first - 1; k >= Math.Max(0, first - 3); k--)
        {
            if (words[k].Lower is "peaked" or "peak" or "high" or "highs" or "record")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The nearest indicator word before words[first], in the sentence and within <see cref="IndicatorWindowWords"/>.</summary>
    private static bool TryFindIndicator(List<Word> words, int first, out int at, out string indicator)
    {
        for (var k = first - 1; k >= Math.Max(0, first - IndicatorWindowWords); k--)
        {
            var word = words[k].Lower;
            if (Indicators.TryGetValue(word, out var found))
            {
                at = k;
                indicator = found;
                return true;
            }

            if (word is "rate" or "rates" && k > 0 && InterestRateWords.Contains(words[k - 1].Lower))
            {
                at = k;
                indicator = "interest";
                return true;
            }
        }

        at = -1;
        indicator = "";
        return false;
    }

    /// <summary>A lower-case word right before the indicator that narrows it ("food prices", "core inflation", "youth unemployment").</summary>
    private static string? Qualifier(SentenceView sentence, int at, string indicator)
    {
        var words = sentence.Words;
        if (indicator == "interest" || at == 0)
        {
            return null;
        }

        var previous = words[at - 1];
        if (previous.Lower.Length < 3 || !char.IsLetter(previous.Lower[0]) || GenericQualifiers.Contains(previous.Lower) ||
            EventVocabulary.StopWords.Contains(previous.Lower) || Indicators.ContainsKey(previous.Lower) ||
            previous.Lower.EndsWith("ly", StringComparison.Ordinal) || previous.Lower.EndsWith("ed", StringComparison.Ordinal) ||
            previous.Lower.EndsWith("ing", StringComparison.Ordinal) || EventVocabulary.SpeechVerbs.Contains(previous.Lower) || Verbs.Contains(previous.Lower))
        {
            return null;
        }

        // A capitalised word inside the sentence, or a tagged name, is a place ("Kaldora inflation"), not a kind of the indicator.
        if (at - 1 > 0 && char.IsUpper(sentence.Text[previous.Span.Start]))
        {
            return null;
        }

        foreach (var mention in sentence.Entities)
        {
            if (mention.Span.Overlaps(previous.Span))
            {
                return null;
            }
        }

        return previous.Lower;
    }

    /// <summary>A forecast word just before the indicator ("had expected inflation to ease to 6.7 percent") or just after the number ("the 6.7 percent analysts had forecast", "its 3 percent target").</summary>
    private static bool IsForecast(List<Word> words, int at, int last)
    {
        for (var k = Math.Max(0, at - ForecastWindowWords); k < at; k++)
        {
            if (ForecastWords.Contains(words[k].Lower))
            {
                return true;
            }
        }

        for (var k = last + 1; k < Math.Min(words.Count, last + 1 + ForecastWindowWords); k++)
        {
            if (ForecastWords.Contains(words[k].Lower))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"46.2 degrees Celsius", "46.8C", "46.8°C"; a Fahrenheit figure (a conversion) is not read.</summary>
    private static bool IsTemperature(SentenceView sentence, QuantityMention quantity, string? unit)
    {
        var text = sentence.Text;
        if (string.Equals(unit, "degrees", StringComparison.OrdinalIgnoreCase) || string.Equals(unit, "degree", StringComparison.OrdinalIgnoreCase))
        {
            var k = sentence.WordIndexAt(quantity.Span.End);
            return k >= sentence.Words.Count || sentence.Words[k].Lower is not ("fahrenheit" or "f");
        }

        if (unit is not null)
        {
            return false;
        }

        var end = quantity.NumberSpan.End;
        if (end < sentence.Span.End && text[end] == '°')
        {
            end++;
        }

        return end < sentence.Span.End && text[end] == 'C' && (end + 1 >= sentence.Span.End || !char.IsLetterOrDigit(text[end + 1]));
    }

    /// <summary>A reading verb right before the temperature, or a reading noun and "of".</summary>
    private static bool IsReading(SentenceView sentence, QuantityMention quantity)
    {
        var words = sentence.Words;
        var first = sentence.WordIndexAt(quantity.Span.Start);
        for (var k = first - 1; k >= Math.Max(0, first - ReadingWindowWords); k--)
        {
            if (ReadingVerbs.Contains(words[k].Lower))
            {
                return true;
            }

            if (words[k].Lower == "of" && k > 0 && ReadingNouns.Contains(words[k - 1].Lower))
            {
                return true;
            }
        }

        return false;
    }

    private static FrozenSet<string> Set(string words) =>
        words.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);
}
