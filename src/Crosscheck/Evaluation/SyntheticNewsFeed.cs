using System.Globalization;
using System.Text;
using Crosscheck.Model;

namespace Crosscheck.Evaluation;

/// <summary>
/// A seedable generator of realistic pre-analysed news for benchmarks: stories with their own
/// topic words and entity pools (people, places, organisations; some famous names recur across
/// stories), heavy-tailed story sizes, bursty arrival (most articles of a story within a day or
/// two of its start), background vocabulary drawn from a Zipf law, and a share of wire copies:
/// recent articles reprinted with a new headline, a paragraph added or cut and words changed.
/// Entity mentions are placed directly, so no text analysis is needed. Yields in time order.
/// </summary>
public sealed class SyntheticNewsFeed(int seed, int articlesPerDay = 5_000, double copyShare = 0.2)
{
    private const int BackgroundWords = 20_000;
    private const int FamousNames = 400;
    private static readonly string[] Syllables =
        ["ka", "lo", "ran", "mi", "to", "vel", "sa", "dor", "en", "bri", "mar", "tu", "zen", "pa", "li", "gor", "ha", "nek",
         "os", "ti", "ber", "qua", "ist", "mon", "da", "rel", "fu", "sko", "vin", "ta", "ur", "pe"];
    private static readonly string[] Function =
        ["the", "of", "and", "to", "in", "a", "for", "on", "with", "that", "by", "at", "from", "as", "is", "was", "has", "will"];

    private readonly Random _random = new(seed);
    private readonly string[] _background = new string[BackgroundWords];
    private readonly double[] _zipf = new double[BackgroundWords];

    /// <summary>Yields <paramref name="count"/> articles in arrival (time) order.</summary>
    public IEnumerable<SyntheticArticle> Generate(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        BuildVocabulary();
        var famous = new string[FamousNames];
        for (var i = 0; i < famous.Length; i++)
        {
            famous[i] = Name(2) + " " + Name(3);
        }

        var pending = new PriorityQueue<Topic, double>();
        var recent = new Queue<(Plan Plan, int Family)>();
        var start = new DateOnly(2024, 1, 1);
        var storiesPerDay = articlesPerDay * (1 - copyShare) / 5.0;
        var day = -1;
        var stories = 0;
        for (var n = 0; n < count;)
        {
            if (pending.Count == 0 || pending.TryPeek(out _, out var next) && next >= day + 1)
            {
                day++;
                var created = (int)Math.Round(storiesPerDay * (0.8 + 0.4 * _random.NextDouble()));
                for (var s = 0; s < created; s++)
                {
                    var topic = NewTopic(stories++, famous);
                    var size = StorySize();
                    for (var k = 0; k < size; k++)
                    {
                        // Bursty: most articles come in the first day, a tail over the following week.
                        var offset = Math.Min(7.0, -Math.Log(1 - _random.NextDouble()) * 0.6);
                        pending.Enqueue(topic, day + _random.NextDouble() * 0.3 + offset);
                    }
                }

                continue;
            }

            if (!pending.TryDequeue(out var story, out var time))
            {
                continue;
            }

            var date = start.AddDays((int)time);
            n++;
            if (recent.Count > 0 && _random.NextDouble() < copyShare)
            {
                var (source, family) = recent.ElementAt(_random.Next(recent.Count));
                yield return new SyntheticArticle(Render(n, Edit(source), date), source.Story, family);
                continue;
            }

            var plan = Original(story);
            recent.Enqueue((plan, n));
            if (recent.Count > 64)
            {
                recent.Dequeue();
            }

            yield return new SyntheticArticle(Render(n, plan, date), story.Id, n);
        }
    }

    private void BuildVocabulary()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var total = 0.0;
        for (var i = 0; i < BackgroundWords; i++)
        {
            string word;
            do
            {
                word = Word(2 + _random.Next(2));
            }
            while (!seen.Add(word));
            _background[i] = word;
            total += 1.0 / (i + 1);
            _zipf[i] = total;
        }

        for (var i = 0; i < BackgroundWords; i++)
        {
            _zipf[i] /= total;
        }
    }

    private string Word(int syllables)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < syllables; i++)
        {
            builder.Append(Syllables[_random.Next(Syllables.Length)]);
        }

        return builder.ToString();
    }

    private string Name(int syllables)
    {
        var word = Word(syllables);
        return char.ToUpperInvariant(word[0]) + word[1..];
    }

    /// <summary>Heavy-tailed: many stories of one or two articles, a few of hundreds (Pareto, mean about 5).</summary>
    private int StorySize() => (int)Math.Min(1500, Math.Floor(1 / Math.Pow(1 - _random.NextDouble(), 1 / 1.3)));

    private Topic NewTopic(int id, string[] famous)
    {
        var keywords = new string[8];
        for (var i = 0; i < keywords.Length; i++)
        {
            // Topic words come from the mid-frequency band: distinctive but shared with some other stories.
            keywords[i] = _background[200 + _random.Next(BackgroundWords - 200)];
        }

        var names = new (string, EntityKind)[6];
        for (var i = 0; i < names.Length; i++)
        {
            var kind = i < 3 ? EntityKind.Person : i < 5 ? EntityKind.Place : EntityKind.Organization;
            var name = kind == EntityKind.Person && _random.NextDouble() < 0.3
                ? famous[_random.Next(famous.Length)]
                : kind == EntityKind.Person ? Name(2) + " " + Name(3) : kind == EntityKind.Place ? Name(3) : Name(2) + " " + Name(2);
            names[i] = (name, kind);
        }

        return new Topic(id, keywords, names);
    }

    private Plan Original(Topic topic)
    {
        var paragraphs = new List<List<Piece>>();
        var count = 3 + _random.Next(4);
        for (var p = 0; p < count; p++)
        {
            var paragraph = new List<Piece>();
            var sentences = 2 + _random.Next(3);
            for (var s = 0; s < sentences; s++)
            {
                Sentence(topic, paragraph, 12 + _random.Next(10));
            }

            paragraphs.Add(paragraph);
        }

        return new Plan(topic.Id, topic, Title(topic), paragraphs);
    }

    private List<Piece> Title(Topic topic)
    {
        var title = new List<Piece>();
        Sentence(topic, title, 6 + _random.Next(5));
        return title;
    }

    /// <summary>Appends one sentence: topic words, entity names and Zipf background words, ending with a full stop.</summary>
    private void Sentence(Topic topic, List<Piece> output, int words)
    {
        for (var w = 0; w < words; w++)
        {
            var roll = _random.NextDouble();
            if (roll < 0.12)
            {
                var (name, kind) = topic.Names[_random.Next(topic.Names.Length)];
                output.Add(new Piece(name, kind));
            }
            else if (roll < 0.35)
            {
                output.Add(new Piece(topic.Keywords[_random.Next(topic.Keywords.Length)], null));
            }
            else if (roll < 0.6)
            {
                output.Add(new Piece(Function[_random.Next(Function.Length)], null));
            }
            else
            {
                var index = Array.BinarySearch(_zipf, _random.NextDouble());
                output.Add(new Piece(_background[index < 0 ? Math.Min(~index, BackgroundWords - 1) : index], null));
            }
        }

        output.Add(Piece.Stop);
    }

    /// <summary>A wire copy: new headline; maybe an intro paragraph added, the last paragraph cut; a few words changed.</summary>
    private Plan Edit(Plan source)
    {
        var paragraphs = new List<List<Piece>>(source.Paragraphs.Count + 1);
        if (_random.NextDouble() < 0.5)
        {
            var intro = new List<Piece>();
            Sentence(source.Topic, intro, 14);
            paragraphs.Add(intro);
        }

        var keep = source.Paragraphs.Count - (_random.NextDouble() < 0.5 && source.Paragraphs.Count > 2 ? 1 : 0);
        for (var p = 0; p < keep; p++)
        {
            var copy = new List<Piece>(source.Paragraphs[p]);
            if (_random.NextDouble() < 0.5)
            {
                var at = _random.Next(copy.Count);
                if (copy[at].Kind is null && copy[at] != Piece.Stop)
                {
                    copy[at] = new Piece(_background[_random.Next(1000)], null);
                }
            }

            paragraphs.Add(copy);
        }

        return new Plan(source.Story, source.Topic, Title(source.Topic), paragraphs);
    }

    private static AnnotatedArticle Render(int number, Plan plan, DateOnly date)
    {
        var text = new StringBuilder();
        var entities = new List<EntityMention>();
        Write(plan.Title, text, entities);
        var titleEnd = text.Length;
        var body = new List<TextSpan>(plan.Paragraphs.Count);
        foreach (var paragraph in plan.Paragraphs)
        {
            text.Append("\n\n");
            var start = text.Length;
            Write(paragraph, text, entities);
            body.Add(new TextSpan(start, text.Length));
        }

        var id = new ArticleId("a-" + number.ToString("x12", CultureInfo.InvariantCulture));
        var article = new Article
        {
            Id = id,
            SourcePath = "synthetic",
            Format = SourceFormat.Text,
            ContentHash = id.Value,
            Text = text.ToString(),
            Body = body,
            Metadata = new ArticleMetadata
            {
                Title = text.ToString(0, titleEnd),
                TitleSpan = new TextSpan(0, titleEnd),
                Published = date,
                PublishedEvidence = MetadataEvidence.Stated,
            },
        };
        return new AnnotatedArticle(article) { Entities = entities };
    }

    private static void Write(List<Piece> pieces, StringBuilder text, List<EntityMention> entities)
    {
        var sentenceStart = true;
        foreach (var piece in pieces)
        {
            if (piece == Piece.Stop)
            {
                text.Append('.');
                sentenceStart = true;
                continue;
            }

            if (text.Length > 0 && text[^1] is not '\n')
            {
                text.Append(' ');
            }

            var start = text.Length;
            text.Append(piece.Text);
            if (sentenceStart)
            {
                text[start] = char.ToUpperInvariant(text[start]);
                sentenceStart = false;
            }

            if (piece.Kind is { } kind)
            {
                entities.Add(new EntityMention(new TextSpan(start, text.Length), kind, 1f));
            }
        }
    }

    private sealed record Topic(int Id, string[] Keywords, (string Name, EntityKind Kind)[] Names);

    private sealed record Plan(int Story, Topic Topic, List<Piece> Title, List<List<Piece>> Paragraphs);

    private sealed record Piece(string Text, EntityKind? Kind)
    {
        public static readonly Piece Stop = new(".", null);
    }
}
