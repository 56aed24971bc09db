using Crosscheck.Evaluation;
using Crosscheck.Model;

namespace Crosscheck.Tests.Stories;

public sealed class LabelledStreamReaderTests
{
    [Fact]
    public void Uci_rows_are_read_with_quotes_and_sorted_by_timestamp()
    {
        const string csv =
            "ID,TITLE,URL,PUBLISHER,CATEGORY,STORY,HOSTNAME,TIMESTAMP\n" +
            "1,\"Rates rise, \"\"again\"\"\",http://a.example/1,Paper A,b,s1,a.example,2000\n" +
            "2,Second headline,http://b.example/2,Paper B,b,s2,b.example,1000\n" +
            "3,broken row,http://c.example/3\n";

        var corpus = LabelledStreamReader.Parse(csv, "dev.csv", LabelledStreamFormat.Uci);

        Assert.Equal(["2", "1"], corpus.Items.Select(i => i.Id));
        Assert.Equal("Rates rise, \"again\"", corpus.Items[1].Title);
        Assert.Equal("s1", corpus.Items[1].Label);
        Assert.Equal("Paper A", corpus.Items[1].Outlet);
        Assert.Equal("http://a.example/1", corpus.Items[1].Url);
        Assert.Equal("b", corpus.Items[1].Category);
        var diagnostic = Assert.Single(corpus.Diagnostics);
        Assert.Equal(DiagnosticCodes.BadLabelledRecord, diagnostic.Code);
        Assert.Equal(4, diagnostic.Location.Record);
    }

    [Fact]
    public void Jsonl_without_dates_keeps_input_order_and_reports_bad_lines()
    {
        const string jsonl =
            "{\"id\": \"b\", \"title\": \"Second\", \"text\": \"Body.\", \"label\": \"x\"}\n" +
            "not json\n" +
            "{\"id\": 7, \"title\": \"First\", \"label\": \"y\", \"outlet\": \"Wire\", \"url\": \"https://w.example/first-story\"}\n";

        var corpus = LabelledStreamReader.Parse(jsonl, "s.jsonl", LabelledStreamFormat.Jsonl);

        Assert.Equal(["b", "7"], corpus.Items.Select(i => i.Id));
        Assert.Equal("Body.", corpus.Items[0].Text);
        Assert.Equal("", corpus.Items[1].Text);
        Assert.Null(corpus.Items[1].Published);
        Assert.Null(corpus.Items[0].Url);
        Assert.Equal("https://w.example/first-story", corpus.Items[1].Url);
        Assert.Equal(2, Assert.Single(corpus.Diagnostics).Location.Record);
    }

    [Fact]
    public void Jsonl_with_dates_is_sorted_by_time()
    {
        const string jsonl =
            "{\"id\": \"late\", \"title\": \"A\", \"label\": \"x\", \"published\": \"2024-05-02T10:00:00Z\"}\n" +
            "{\"id\": \"early\", \"title\": \"B\", \"label\": \"x\", \"published\": \"2024-05-01T10:00:00+02:00\"}\n";

        var corpus = LabelledStreamReader.Parse(jsonl, "s.jsonl", LabelledStreamFormat.Jsonl);

        Assert.Equal(["early", "late"], corpus.Items.Select(i => i.Id));
        Assert.Empty(corpus.Diagnostics);
    }

    [Fact]
    public void Articles_for_the_clusterer_carry_title_span_and_body()
    {
        var item = new LabelledItem("1", "Headline here", "Body text.", DateTimeOffset.FromUnixTimeSeconds(0), "Wire", "s", "https://w.example/headline-here");

        var article = ClusteringEvaluator.ToArticle(item, 0);

        Assert.Equal("Headline here", article.Metadata.TitleSpan!.Value.In(article.Text).ToString());
        Assert.Equal("Body text.", Assert.Single(article.Body).In(article.Text).ToString());
        Assert.Equal(new DateOnly(1970, 1, 1), article.Metadata.Published);
        Assert.Equal("https://w.example/headline-here", article.Metadata.Url);
    }
}
