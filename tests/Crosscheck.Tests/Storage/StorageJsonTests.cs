using System.Text.Json;
using Crosscheck.Model;
using Crosscheck.Storage;

namespace Crosscheck.Tests.Storage;

public sealed class StorageJsonTests
{
    [Theory]
    [InlineData("[3,9]")]
    [InlineData("{\"start\":3,\"end\":9}")]
    [InlineData("{\"End\":9,\"Start\":3}")]
    public void Spans_read_from_array_or_object(string json)
    {
        var spans = JsonSerializer.Deserialize("[" + json + "]", StorageJsonContext.Default.IReadOnlyListTextSpan);
        Assert.Equal([new TextSpan(3, 9)], spans);
    }

    [Theory]
    [InlineData("[3]")]
    [InlineData("[3,9,12]")]
    [InlineData("{\"start\":3}")]
    [InlineData("\"3-9\"")]
    public void Malformed_spans_are_rejected(string json) =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("[" + json + "]", StorageJsonContext.Default.IReadOnlyListTextSpan));

    [Fact]
    public void Ids_dates_and_enums_are_plain_strings()
    {
        var json = JsonSerializer.Serialize(TestCorpus.Story(), StorageJsonContext.Default.StoryFindings);
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;

        Assert.Equal(TestCorpus.Story().Story.Id.Value, root.GetProperty("story").GetProperty("id").GetString());
        Assert.Equal("AP", root.GetProperty("families")[1].GetProperty("origin").GetString());
        Assert.Equal("Conflicting", root.GetProperty("facts")[0].GetProperty("status").GetString());
        Assert.Equal("2026-03-10", root.GetProperty("timeline")[0].GetProperty("date").GetProperty("start").GetString());
        Assert.Equal(JsonValueKind.Array, root.GetProperty("summary")[0].GetProperty("source").GetProperty("span").ValueKind);
    }

    [Fact]
    public void Tokens_are_compact_triples()
    {
        IReadOnlyList<Token> tokens = [new Token(new TextSpan(0, 4), TokenKind.Word), new Token(new TextSpan(5, 7), TokenKind.Number)];

        var json = JsonSerializer.Serialize(tokens, StorageJsonContext.Default.IReadOnlyListToken);

        Assert.Equal("[[0,4,\"Word\"],[5,7,\"Number\"]]", json);
        Assert.Equal(tokens, JsonSerializer.Deserialize(json, StorageJsonContext.Default.IReadOnlyListToken));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("[[0,4,\"Noun\"]]", StorageJsonContext.Default.IReadOnlyListToken));
    }
}
