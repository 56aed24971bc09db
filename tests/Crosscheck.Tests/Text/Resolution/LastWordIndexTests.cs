using Crosscheck.Model;
using Crosscheck.Text.Resolution;
using CsCheck;

namespace Crosscheck.Tests.Text.Resolution;

public sealed class LastWordIndexTests
{
    private static readonly EntityResolverOptions Options = EntityResolverOptions.Default;
    private static readonly string[] LastWords = ["corporation", "corporatoin", "group", "groups", "ministry"];

    // Words with neighbours one and two edits away, short and long, so that matches are common.
    private static readonly string[] Words =
        ["arkin", "arkn", "arkim", "serat", "sera", "tesar", "kinetrasta", "kinetrsta", "kientrasat", "ni", "nie", "ste", "raksin", "raskin"];

    [Fact]
    public void Candidates_include_every_match_even_in_split_blocks()
    {
        // Few letters and few last words: blocks grow past the split size and near-misses abound.
        var word = Gen.OneOf(Gen.Int[0, Words.Length - 1].Select(i => Words[i]), Gen.String[Gen.Char["aeiknrst"], 2, 11]);
        var lastWord = Gen.Int[0, LastWords.Length - 1].Select(i => LastWords[i]);
        var form = Gen.Select(word.Array[0, 3], lastWord, Gen.Enum<EntityKind>(), (words, last, kind) => (Words: (string[])[.. words, last], Kind: kind));
        form.Array[20, 160].Sample(items =>
        {
            var forms = Forms(items);
            var matcher = new NameMatcher(Options);
            var index = new LastWordIndex(forms, Options.TwoEditWordLength, splitBlockSize: 3);
            foreach (var a in forms)
            {
                var same = index.SameLength(a).ToHashSet();
                var longer = index.Longer(a).ToHashSet();
                foreach (var b in forms)
                {
                    if (a != b && (matcher.IsSpellingVariant(a, b) || matcher.IsCrossKindVariant(a, b)))
                    {
                        Assert.Contains(b, same);
                    }

                    if (b.Words.Length > a.Words.Length && matcher.IsContainedIn(a, b, out _))
                    {
                        Assert.Contains(b, longer);
                    }
                }
            }
        }, iter: 60);
    }

    [Fact]
    public void Candidates_come_in_form_order_with_the_right_word_counts()
    {
        var forms = Forms(Enumerable.Range(0, 120).Select(i => (Words: new[] { "name" + (char)('a' + (i % 26)) + (char)('a' + (i / 26)), "corporation" }, Kind: EntityKind.Organization))
            .Append((Words: ["corporation"], Kind: EntityKind.Organization))
            .Append((Words: ["the", "namea", "corporation"], Kind: EntityKind.Organization)));
        var index = new LastWordIndex(forms, Options.TwoEditWordLength);

        var longer = index.Longer(forms[^2]).Select(f => f.Index).ToList();
        Assert.Equal(Enumerable.Range(0, 120).Append(121), longer);

        var same = index.SameLength(forms[0]).Select(f => f.Key).ToList();
        Assert.Contains("nameba corporation", same);
        Assert.DoesNotContain("nameqd corporation", same);
        Assert.All(same, key => Assert.Equal(2, key.Split(' ').Length));
    }

    private static List<NameForm> Forms(IEnumerable<(string[] Words, EntityKind Kind)> items)
    {
        var forms = new List<NameForm>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (words, kind) in items)
        {
            var key = string.Join(' ', words);
            if (!seen.Add(key))
            {
                continue;
            }

            var form = new NameForm(forms.Count, key, words);
            form.Add(new NameOccurrence(0, new EntityMention(new TextSpan(0, key.Length), kind, 1f), forms.Count), key);
            forms.Add(form);
        }

        return forms;
    }
}
