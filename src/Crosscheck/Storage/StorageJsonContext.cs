using System.Text.Json.Serialization;
using Crosscheck.Model;

namespace Crosscheck.Storage;

/// <summary>
/// Source-generated JSON for the columns <see cref="SqliteStore"/> stores as JSON: ids as plain
/// strings, spans as <c>[start,end]</c>, tokens as <c>[start,end,"Kind"]</c>, dates as <c>yyyy-MM-dd</c>, enums as names.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    Converters =
    [
        typeof(ArticleIdJsonConverter),
        typeof(StoryIdJsonConverter),
        typeof(FamilyIdJsonConverter),
        typeof(TextSpanJsonConverter),
        typeof(DateOnlyJsonConverter),
        typeof(TokenJsonConverter),
    ])]
[JsonSerializable(typeof(ArticleMetadata))]
[JsonSerializable(typeof(IReadOnlyList<TextSpan>))]
[JsonSerializable(typeof(IReadOnlyList<RemovedBlock>))]
[JsonSerializable(typeof(IReadOnlyList<Sentence>))]
[JsonSerializable(typeof(IReadOnlyList<Token>))]
[JsonSerializable(typeof(IReadOnlyList<EntityMention>))]
[JsonSerializable(typeof(IReadOnlyList<DateMention>))]
[JsonSerializable(typeof(IReadOnlyList<QuantityMention>))]
[JsonSerializable(typeof(IReadOnlyList<ArticleId>))]
[JsonSerializable(typeof(IReadOnlyList<StoryId>))]
[JsonSerializable(typeof(StoryFindings))]
internal sealed partial class StorageJsonContext : JsonSerializerContext;
