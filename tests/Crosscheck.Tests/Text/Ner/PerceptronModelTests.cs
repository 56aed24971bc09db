using Crosscheck.Model;
using Crosscheck.Text;
using Crosscheck.Text.Ner;

namespace Crosscheck.Tests.Text.Ner;

/// <summary>
/// Trains tiny models on hand-made sentences (never the shipped model): learning, document
/// consistency, the model file round trip, and the tagger's mentions and titles.
/// </summary>
public sealed class PerceptronModelTests
{
    private static readonly string[] People = ["Ana Duro", "Piotr Malak", "Marta Lind", "Elena Varga", "Tomas Brandt", "Ivo Stern"];
    private static readonly string[] Places = ["Valmora", "Dorvik", "Kelm", "Sorland", "Ostravia", "Brevia"];

    /// <summary>Sentences "[Deputy Minister] X said on Monday that troops left Y ." in documents of three sentences.</summary>
    private static List<ConllSentence> Corpus()
    {
        var sentences = new List<ConllSentence>();
        for (var k = 0; k < 36; k++)
        {
            var person = People[k % People.Length].Split(' ');
            var place = Places[(k / 2) % Places.Length];
            string[] words = [person[0], person[1], "said", "on", "Monday", "that", "troops", "left", place, "."];
            int[] tags = [NerTags.Begin(0), NerTags.Inside(0), 0, 0, 0, 0, 0, 0, NerTags.Begin(2), 0];
            if (k % 4 == 3)
            {
                // Titles are not part of names.
                words = ["Deputy", "Minister", .. words];
                tags = [0, 0, .. tags];
            }

            sentences.Add(new ConllSentence(words, tags, k / 3));
        }

        return sentences;
    }

    private static PerceptronModel Train(bool secondPass = true) =>
        new PerceptronTrainer(new PerceptronTrainingOptions { Epochs = 4, MinFeatureCount = 1, SecondPass = secondPass })
            .Train([new WeightedCorpus("made-up", Corpus(), 1f)]);

    private static string Tag(PerceptronModel model, params string[] words)
    {
        var tags = new int[words.Length];
        model.Predict(words, tags);
        return string.Join(' ', tags.Select(NerTags.Name));
    }

    [Fact]
    public void Learns_names_from_context()
    {
        var model = Train();
        Assert.NotNull(model.SecondPass);
        Assert.Equal("B-PER I-PER O O O O O O B-LOC O", Tag(model, "Jonas", "Reed", "said", "on", "Monday", "that", "troops", "left", "Harlow", "."));
    }

    [Fact]
    public void Training_is_reproducible()
    {
        var a = Train(secondPass: false);
        var b = Train(secondPass: false);
        Assert.Equal(a.FeatureCount, b.FeatureCount);
        Assert.True(a.Weights.SequenceEqual(b.Weights));
    }

    [Fact]
    public void Parameter_mixing_averages_runs_in_different_orders()
    {
        var options = new PerceptronTrainingOptions { Epochs = 4, MinFeatureCount = 1, SecondPass = false };
        var corpus = new[] { new WeightedCorpus("made-up", Corpus(), 1f) };
        var one = new PerceptronTrainer(options).Train(corpus);
        var other = new PerceptronTrainer(options with { Seed = options.Seed + 7919 }).Train(corpus);
        var mixed = new PerceptronTrainer(options with { Mixes = 2 }).Train(corpus);

        // Each feature's weights are the mean of the two runs' (zero where a run lacks the feature).
        Assert.Equal(one.FeatureRows.Keys.Union(other.FeatureRows.Keys).Count(), mixed.FeatureCount);
        var checkedRows = 0;
        foreach (var (key, row) in mixed.FeatureRows)
        {
            for (var t = 0; t < NerTags.Count; t++)
            {
                var expected = (WeightOf(one, key, t) + WeightOf(other, key, t)) / 2;
                Assert.Equal(expected, mixed.Weights[(row * NerTags.Count) + t], 4);
            }

            checkedRows++;
        }

        Assert.True(checkedRows > 50);
        Assert.Equal("B-PER I-PER O O O O O O B-LOC O", Tag(mixed, "Jonas", "Reed", "said", "on", "Monday", "that", "troops", "left", "Harlow", "."));

        static float WeightOf(PerceptronModel model, ulong key, int tag) =>
            model.FeatureRows.TryGetValue(key, out var row) ? model.Weights[(row * NerTags.Count) + tag] : 0f;
    }

    [Fact]
    public void Model_file_round_trips_and_refuses_other_formats()
    {
        var model = Train().WithCommonWords(new CommonWords(["troops", "left"]))
            .WithNames(new KnownNames(new Dictionary<string, EntityKind>(StringComparer.Ordinal) { ["Kelm"] = EntityKind.Place, ["Ana Duro"] = EntityKind.Person }));
        var folder = Directory.CreateTempSubdirectory("crosscheck-ner-test-");
        try
        {
            var meta = new NerModelMeta
            {
                Name = "test", Version = "0", FormatVersion = NerModelFile.FormatVersion, Labels = ["O"],
                TrainingDataHash = "none", TrainingCorpora = ["made-up"], Features = model.FeatureCount,
            };
            NerModelFile.Save(model, meta, folder.FullName);
            var (loaded, loadedMeta) = NerModelFile.Load(folder.FullName);
            Assert.Equal(model.FeatureCount, loaded.FeatureCount);
            Assert.Equal(["left", "troops"], loaded.Common.Sorted);
            Assert.Equal([new("Ana Duro", EntityKind.Person), new KeyValuePair<string, EntityKind>("Kelm", EntityKind.Place)], loaded.Names.Sorted);
            Assert.Equal("made-up", Assert.Single(loadedMeta.TrainingCorpora));
            string[] sentence = ["Ana", "Duro", "said", "on", "Monday", "that", "troops", "left", "Kelm", "."];
            Assert.Equal(Tag(model, sentence), Tag(loaded, sentence));

            var metaPath = Path.Combine(folder.FullName, NerModelFile.MetaFile);
            File.WriteAllText(metaPath, File.ReadAllText(metaPath).Replace($"\"formatVersion\": {NerModelFile.FormatVersion}", "\"formatVersion\": 99", StringComparison.Ordinal));
            var error = Assert.Throws<InvalidDataException>(() => NerModelFile.Load(folder.FullName));
            Assert.Contains("format 99", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }

        Assert.Throws<InvalidDataException>(() => NerModelFile.Load(folder.FullName));
    }

    [Fact]
    public void Tagger_turns_tags_into_mentions_with_titles_and_without_possessives()
    {
        var tagger = new PerceptronEntityTagger(Train(), new BaselineEntityTagger());
        var analyzer = new TextAnalyzer(TextAnalyzerOptions.Default with { EntityTagger = tagger });
        var annotated = analyzer.Analyze(TextFixtures.Article("Foreign Minister Ana Duro said on Monday that troops left Kelm's port."));
        var described = string.Join(" || ", annotated.Entities.Select(e => $"{e.Span.Of(annotated.Text)}:{e.Kind}{(e.Title is null ? "" : " [" + e.Title + "]")}"));
        Assert.Equal("Ana Duro:Person [Foreign Minister] || Kelm:Place", described);
        Assert.Equal(PerceptronEntityTagger.Id, analyzer.EntityTagger.StageId);
    }

    [Fact]
    public void Document_evidence_sees_lower_case_and_mid_sentence_capitals()
    {
        var evidence = new DocumentEvidence([["Officials", "met", "Kelm"], ["officials", "said", "so"]]);
        Assert.Equal(DocumentEvidence.SeenLowercase, evidence.Flags(TokenTable.LowerKey("OFFICIALS")));
        Assert.Equal(DocumentEvidence.SeenCapitalizedInside, evidence.Flags(TokenTable.LowerKey("kelm")));
        Assert.False(evidence.HasFirstPass);
        var refined = evidence.WithFirstPass([["Officials", "met", "Kelm"]], [[0, 0, NerTags.Begin(2)]]);
        Assert.Equal(3, refined.FirstPassType(TokenTable.LowerKey("Kelm")));
        Assert.Equal(5, refined.FirstPassType(TokenTable.LowerKey("Officials")));
    }

    [Fact]
    public void The_model_knows_the_words_of_its_training_text_whatever_their_tags()
    {
        var model = Train();
        // The first sentence's names are missed before any update, so their word features are learned.
        Assert.True(model.KnowsWord("Ana"));
        Assert.True(model.KnowsWord("Valmora"));
        Assert.False(model.KnowsWord("Zorvath"));
    }

    [Fact]
    public void An_acronym_the_training_text_writes_untagged_is_not_added_from_the_baseline()
    {
        var corpus = Corpus();
        for (var k = 0; k < 4; k++)
        {
            // Mostly untagged, once tagged: too few tagged occurrences for a learned class, but a learned word.
            corpus.Add(new ConllSentence(["The", "QRX", "test", "was", "ready", "."], k == 0 ? [0, NerTags.Begin(1), 0, 0, 0, 0] : new int[6], 100 + k));
        }

        var model = new PerceptronTrainer(new PerceptronTrainingOptions { Epochs = 4, MinFeatureCount = 1, SecondPass = false })
            .Train([new WeightedCorpus("made-up", corpus, 1f)]);
        var analyzer = new TextAnalyzer(TextAnalyzerOptions.Default with { EntityTagger = new PerceptronEntityTagger(model, new BaselineEntityTagger()) });
        var annotated = analyzer.Analyze(TextFixtures.Article("Officials said ZMV met QRX on Monday."));
        var found = annotated.Entities.Select(e => e.Span.Of(annotated.Text)).ToList();
        Assert.True(model.KnowsWord("QRX"));
        Assert.False(model.KnowsWord("ZMV"));
        Assert.Contains("ZMV", found);
        Assert.DoesNotContain("QRX", found);
    }
}
