using Crosscheck.Model;
using Crosscheck.Text;
using Crosscheck.Text.Ner;

namespace Crosscheck.Tests.Text.Ner;

/// <summary>CoNLL reading, exact-span scoring, corpus cleaning and the text view used to score any tagger.</summary>
public sealed class NerDataTests
{
    private static List<ConllSentence> Read(string conll) => ConllReader.Read(new StringReader(conll), "test.conll");

    private static string Tags(ConllSentence sentence) => string.Join(' ', sentence.Tags.Select(NerTags.Name));

    [Fact]
    public void Iob1_input_becomes_bio()
    {
        var sentences = Read("-DOCSTART- O\n\nJohn I-PER\nSmith I-PER\nmet O\nI-ORG-free O\nAcme I-ORG\nB-Corp B-ORG\n\nParis I-LOC\n");
        Assert.Equal(2, sentences.Count);
        Assert.Equal("B-PER I-PER O O B-ORG B-ORG", Tags(sentences[0]));
        Assert.Equal("B-LOC", Tags(sentences[1]));
        Assert.Equal(0, sentences[1].Document);
    }

    [Fact]
    public void Bio_input_is_kept_and_documents_are_counted()
    {
        var sentences = Read("-DOCSTART- O\n\nNew B-LOC\nYork I-LOC\n\n-DOCSTART- O\n\nin O\nRome B-LOC\n");
        Assert.Equal("B-LOC I-LOC", Tags(sentences[0]));
        Assert.Equal([0, 1], sentences.Select(s => s.Document));
    }

    [Fact]
    public void Sentences_before_the_first_docstart_are_a_document_of_their_own()
    {
        var sentences = Read("Kelm I-LOC\n\nwon O\n\n-DOCSTART- O\n\nin O\nRome I-LOC\n\n-DOCSTART- O\n\nDorvik I-LOC\n");
        Assert.Equal([0, 0, 1, 2], sentences.Select(s => s.Document));
    }

    [Fact]
    public void Bad_tag_names_the_line()
    {
        var error = Assert.Throws<FormatException>(() => Read("word X-PER\n"));
        Assert.Contains("line 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Scorer_counts_exact_spans_only()
    {
        var gold = Read("New B-LOC\nYork I-LOC\nmet O\nAnn B-PER\nLee I-PER\nand O\nAcme B-ORG\n")[0].Tags;
        var predicted = Read("New B-LOC\nYork I-LOC\nmet O\nAnn B-PER\nLee B-PER\nand O\nAcme B-LOC\n")[0].Tags;
        var scorer = new NerScorer();
        scorer.Add(gold, predicted);
        Assert.Equal((1, 1, 0), (scorer.Type(2).Tp, scorer.Type(2).Fp, scorer.Type(2).Fn)); // LOC: New York right, Acme wrongly typed
        Assert.Equal((0, 2, 1), (scorer.Type(0).Tp, scorer.Type(0).Fp, scorer.Type(0).Fn)); // PER: split into two
        Assert.Equal((0, 0, 1), (scorer.Type(1).Tp, scorer.Type(1).Fp, scorer.Type(1).Fn)); // ORG: Acme missed
        Assert.Equal((1, 3, 2), (scorer.Micro.Tp, scorer.Micro.Fp, scorer.Micro.Fn));
        Assert.Equal(2.0 * (1.0 / 4) * (1.0 / 3) / ((1.0 / 4) + (1.0 / 3)), scorer.Micro.F1, 10);
    }

    [Fact]
    public void Missed_names_are_filled_from_how_the_training_data_usually_tags_them()
    {
        var tagged = "They B-ORG\nflew O\nto O\nUnited B-LOC\nStates I-LOC\n\n";
        var untagged = "Then O\nthe O\nUnited O\nStates O\nsaid O\n";
        var sentences = Read(tagged + tagged + tagged + untagged);
        var corpus = new WeightedCorpus("c", sentences, 1f);
        var cleaned = MissedNameFiller.Fill([corpus], minCount: 3, out var filled);
        Assert.Equal(1, filled);
        Assert.Equal("O O B-LOC I-LOC O", Tags(cleaned[0].Sentences[3]));
        Assert.Same(sentences[0], cleaned[0].Sentences[0]);
        MissedNameFiller.Fill([corpus], minCount: 4, out var none);
        Assert.Equal(0, none);
    }

    [Fact]
    public void Conll_words_become_text_and_mentions_map_back_to_tags()
    {
        var document = new ConllDocumentText([["Ann", "Lee", "went", "to", "New", "York"], ["Acme", "grew"]]);
        Assert.Equal("Ann Lee went to New York\nAcme grew\n", document.Text);
        Assert.Equal(8, document.Tokens.Count);
        var mentions = new List<EntityMention>
        {
            new(new TextSpan(0, 7), EntityKind.Person, 1f),
            new(new TextSpan(16, 24), EntityKind.Place, 1f),
            new(new TextSpan(25, 29), EntityKind.Other, 1f),
        };
        int[][] tags = [new int[6], new int[2]];
        document.ToTags(mentions, tags);
        Assert.Equal("B-PER I-PER O O B-LOC I-LOC", string.Join(' ', tags[0].Select(NerTags.Name)));
        Assert.Equal("B-MISC O", string.Join(' ', tags[1].Select(NerTags.Name)));
    }

    [Fact]
    public void Any_tagger_is_scored_through_the_same_scorer()
    {
        var sentences = Read("-DOCSTART- O\n\nForeign O\nMinister O\nElena B-PER\nVarga I-PER\nmet O\nofficials O\nin O\nValmora B-LOC\n. O\n");
        var evaluation = NerEvaluation.Run(new BaselineEntityTagger(), sentences);
        Assert.Equal(9, evaluation.Tokens);
        Assert.Equal(2, evaluation.Scorer.Micro.Tp);
        Assert.Equal(0, evaluation.Scorer.Micro.Fp);
    }
}
