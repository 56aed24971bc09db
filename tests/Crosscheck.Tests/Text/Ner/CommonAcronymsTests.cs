using Crosscheck.Text.Ner;

namespace Crosscheck.Tests.Text.Ner;

public sealed class CommonAcronymsTests
{
    [Theory]
    [InlineData("The carmaker unveiled an electric SUV on Monday. Two SUVs were shown.", "SUV")]
    [InlineData("It starts at 0100 GMT on Friday.", "GMT")]
    [InlineData("The firm blamed its cancelled IPO for the loss.", "IPO")]
    [InlineData("EVs are selling; the maker said demand was high.", "EV")]
    public void An_acronym_written_as_a_common_noun_is_found(string text, string acronym) =>
        Assert.Contains(acronym, CommonAcronyms.UsedAsCommonNouns(text));

    [Theory]
    [InlineData("The resolution was denounced, state-run KBTV said. KBTV is the only channel.", "KBTV")]
    [InlineData("Voters backed the NDP, and the NDP leader spoke.", "NDP")]
    [InlineData("KBTVS is a longer word; KBTV2 too.", "KBTV")]
    public void An_acronym_used_as_a_name_is_not(string text, string acronym) =>
        Assert.DoesNotContain(acronym, CommonAcronyms.UsedAsCommonNouns(text));

    [Theory]
    [InlineData("Patients had chronic lung fibrosis, or CLF, for years.", "CLF", true)]
    [InlineData("The gross domestic product (GDP) rose.", "GDP", true)]
    [InlineData("Heating and ventilation (HV) failed.", "HV", false)]
    [InlineData("The Kelm Lung Foundation (KLF) and the KLF board met.", "KLF", false)]
    [InlineData("Officials of the KLF said.", "KLF", false)]
    public void An_acronym_spelled_out_in_lower_case_words_is_found(string text, string acronym, bool found) =>
        Assert.Equal(found, CommonAcronyms.SpelledOutInLowerCase(text).Contains(acronym));
}
