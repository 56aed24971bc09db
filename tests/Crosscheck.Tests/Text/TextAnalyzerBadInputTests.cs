using System.Text;

namespace Crosscheck.Tests.Text;

/// <summary>
/// Hostile or unusual text reaching the text stage: it completes without exceptions and every
/// layer stays inside the text. (Speed is measured in benchmarks, not asserted here.)
/// </summary>
public sealed class TextAnalyzerBadInputTests
{
    private const int OneMegabyte = 1 << 20;

    public static TheoryData<string, string> NoLetters => new()
    {
        { "digits and signs", "1234 5678 !!! ??? --- 3.14 ... $$$ 42% 10:30 1,000,000 (9) [8] {7} #" },
        { "punctuation only", "... ,,, ;;; ::: \"\" '' «» — – … ¿¡ ¶ § †" },
        { "whitespace and controls", "  \t \u00a0 \u2003 \u200b \u200d \u0001 \u0007 \u2028 \u2029 \ufeff " },
        { "symbols and emoji", "€ £ ¥ ₽ © ® ™ ✓ ★ 😀 👍🏽 🇲🇲 ∑ ∞ ≠ → ⟨⟩" },
        { "lone surrogates", "\ud800 12 \udc00 \ud83d 34" },
    };

    [Theory]
    [MemberData(nameof(NoLetters))]
    public void Text_with_no_letters_yields_no_names(string name, string text)
    {
        Assert.NotEmpty(name);
        var annotated = TextFixtures.Analyze(text, TextFixtures.Day("2021-06-21"));

        TextFixtures.AssertInvariants(annotated);
        Assert.Empty(annotated.Entities);
    }

    public static TheoryData<string, string> MegabyteSentences => new()
    {
        { "words and numbers without a full stop", Repeat("the council of Harlow met 12 delegates, and ", OneMegabyte) },
        { "one unbroken token", new string('x', OneMegabyte) },
        { "one unbroken number", new string('7', OneMegabyte) },
        { "capitalised words only", Repeat("Grand Harbour Council Of Velmark ", OneMegabyte) },
        { "nested brackets and quotes", Repeat("(\"[«", OneMegabyte / 2) + Repeat("»]\")", OneMegabyte / 2) },
        { "abbreviations without sentence ends", Repeat("Gen. U.N. No. Feb. Lt. Col. ", OneMegabyte) },
    };

    [Theory]
    [MemberData(nameof(MegabyteSentences))]
    public void A_one_megabyte_sentence_completes_with_spans_inside_the_text(string name, string text)
    {
        Assert.NotEmpty(name);
        var annotated = TextFixtures.Analyze(text, TextFixtures.Day("2021-06-21"));

        TextFixtures.AssertInvariants(annotated);
        Assert.NotEmpty(annotated.Tokens);
    }

    public static TheoryData<string, string> MixedScripts => new()
    {
        { "Cyrillic", "Министр обороны Сергей Петров встретился с делегацией в Москве 22 июня. The minister Ana Duro met him in Harlow on Sunday." },
        { "Burmese", "မြန်မာနိုင်ငံ ရန်ကုန်မြို့တွင် လူ ၁၂ ဦး ဖမ်းဆီးခံရသည်။ Police in Harlow arrested 12 people on Sunday." },
        { "CJK", "中国外交部发言人表示，双方将于6月22日会谈。日本の首相は東京で記者会見した。서울에서 회담이 열렸다. The talks in Harlow drew 40 delegates." },
        { "Arabic and Hebrew", "قال الوزير إن ١٢ شخصا قتلوا. השר אמר כי 12 בני אדם נהרגו. Minister Ana Duro said 12 people were killed." },
        { "scripts inside one word", "Harlowмосква東京ရန်ကုန် met Петров-Duro at 10-країн summit on Sunday." },
        { "combining marks and surrogates", "Ana Duro\u0301\u0301\u0301 met 𠀋𠀌 delegates and 😀 12 people in Ha\u0308rlow." },
    };

    [Theory]
    [MemberData(nameof(MixedScripts))]
    public void Mixed_scripts_complete_with_spans_inside_the_text(string name, string text)
    {
        Assert.NotEmpty(name);
        var annotated = TextFixtures.Analyze(text, TextFixtures.Day("2021-06-21"));

        TextFixtures.AssertInvariants(annotated);
        Assert.NotEmpty(annotated.Sentences);
    }

    [Fact]
    public void Mixed_script_text_keeps_the_english_reading()
    {
        var annotated = TextFixtures.Analyze(
            "Министр обороны Сергей Петров прибыл. 中国外交部发言人表示。 Police in Harlow arrested 12 people on Sunday.",
            TextFixtures.Day("2021-06-21"));

        var quantity = Assert.Single(annotated.Quantities, q => q.Value == 12m);
        Assert.Equal("people", quantity.Unit);
        Assert.Contains(annotated.Dates, d => d.Span.Of(annotated.Text) == "on Sunday");
    }

    private static string Repeat(string unit, int length)
    {
        var builder = new StringBuilder(length + unit.Length);
        while (builder.Length < length)
        {
            builder.Append(unit);
        }

        return builder.ToString(0, length);
    }
}
