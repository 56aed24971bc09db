using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Crosscheck.Model;

namespace Crosscheck.Storage;

/// <summary>Writes an <see cref="ArticleId"/> as its plain string.</summary>
internal sealed class ArticleIdJsonConverter : JsonConverter<ArticleId>
{
    public override ArticleId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        new(JsonReading.RequireString(ref reader, "article id"));

    public override void Write(Utf8JsonWriter writer, ArticleId value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Value);
}

/// <summary>Writes a <see cref="StoryId"/> as its plain string.</summary>
internal sealed class StoryIdJsonConverter : JsonConverter<StoryId>
{
    public override StoryId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        new(JsonReading.RequireString(ref reader, "story id"));

    public override void Write(Utf8JsonWriter writer, StoryId value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Value);
}

/// <summary>Writes a <see cref="FamilyId"/> as its plain string.</summary>
internal sealed class FamilyIdJsonConverter : JsonConverter<FamilyId>
{
    public override FamilyId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        new(JsonReading.RequireString(ref reader, "family id"));

    public override void Write(Utf8JsonWriter writer, FamilyId value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Value);
}

/// <summary>Writes a <see cref="DateOnly"/> as <c>yyyy-MM-dd</c>.</summary>
internal sealed class DateOnlyJsonConverter : JsonConverter<DateOnly>
{
    public const string Format = "yyyy-MM-dd";

    public override DateOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = JsonReading.RequireString(ref reader, "date");
        return DateOnly.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new JsonException($"Expected a date as yyyy-MM-dd, found \"{text}\".");
    }

    public override void Write(Utf8JsonWriter writer, DateOnly value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString(Format, CultureInfo.InvariantCulture));
}

/// <summary>
/// Writes a <see cref="TextSpan"/> compactly as <c>[start,end]</c>; reads that form or
/// <c>{"start":s,"end":e}</c>.
/// </summary>
internal sealed class TextSpanJsonConverter : JsonConverter<TextSpan>
{
    public override TextSpan Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.StartArray)
        {
            var start = ReadInt(ref reader);
            var end = ReadInt(ref reader);
            if (!reader.Read() || reader.TokenType != JsonTokenType.EndArray)
            {
                throw new JsonException("A span array must hold exactly [start, end].");
            }

            return new TextSpan(start, end);
        }

        if (reader.TokenType == JsonTokenType.StartObject)
        {
            int? start = null;
            int? end = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString();
                var value = ReadInt(ref reader);
                if (string.Equals(name, "start", StringComparison.OrdinalIgnoreCase))
                {
                    start = value;
                }
                else if (string.Equals(name, "end", StringComparison.OrdinalIgnoreCase))
                {
                    end = value;
                }
            }

            return start is { } s && end is { } e
                ? new TextSpan(s, e)
                : throw new JsonException("A span object needs both \"start\" and \"end\".");
        }

        throw new JsonException($"Expected a span as [start, end] or {{start, end}}, found {reader.TokenType}.");
    }

    public override void Write(Utf8JsonWriter writer, TextSpan value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        writer.WriteNumberValue(value.Start);
        writer.WriteNumberValue(value.End);
        writer.WriteEndArray();
    }

    private static int ReadInt(ref Utf8JsonReader reader)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.Number)
        {
            throw new JsonException("A span offset must be an integer.");
        }

        return reader.GetInt32();
    }
}

/// <summary>Shared reader checks for the converters above.</summary>
internal static class JsonReading
{
    public static string RequireString(ref Utf8JsonReader reader, string what) =>
        reader.TokenType == JsonTokenType.String
            ? reader.GetString()!
            : throw new JsonException($"Expected {what} as a string, found {reader.TokenType}.");
}

/// <summary>
/// Writes a <see cref="Token"/> compactly as <c>[start,end,"Kind"]</c>: tokens are the largest
/// layer (hundreds per article), and the object form would triple their size on disk.
/// </summary>
internal sealed class TokenJsonConverter : JsonConverter<Token>
{
    public override Token Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"Expected a token as [start, end, kind], found {reader.TokenType}.");
        }

        var start = ReadInt(ref reader);
        var end = ReadInt(ref reader);
        if (!reader.Read() || reader.TokenType != JsonTokenType.String ||
            !Enum.TryParse<TokenKind>(reader.GetString(), ignoreCase: false, out var kind) ||
            !reader.Read() || reader.TokenType != JsonTokenType.EndArray)
        {
            throw new JsonException("A token array must hold exactly [start, end, kind name].");
        }

        return new Token(new TextSpan(start, end), kind);
    }

    public override void Write(Utf8JsonWriter writer, Token value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        writer.WriteNumberValue(value.Span.Start);
        writer.WriteNumberValue(value.Span.End);
        writer.WriteStringValue(value.Kind.ToString());
        writer.WriteEndArray();
    }

    private static int ReadInt(ref Utf8JsonReader reader) =>
        reader.Read() && reader.TokenType == JsonTokenType.Number
            ? reader.GetInt32()
            : throw new JsonException("A token offset must be an integer.");
}
