using System.Globalization;
using System.Text.Json;

namespace Crosscheck.Tests.Reports;

/// <summary>
/// A small JSON Schema (draft 2020-12) validator for the keywords docs/stories.schema.json uses:
/// <c>$ref</c> (local <c>#/$defs/...</c>), <c>type</c> (name or array of names), <c>required</c>,
/// <c>properties</c>, <c>additionalProperties</c> (bool or schema), <c>items</c>, <c>enum</c>,
/// <c>minimum</c> and <c>format: date</c>. Any other validation keyword fails loudly, so the schema
/// cannot grow a keyword this validator silently ignores.
/// </summary>
internal sealed class SchemaValidator(JsonElement root)
{
    private static readonly HashSet<string> Annotations = ["$schema", "$id", "$defs", "title", "description"];

    public List<string> Validate(JsonElement instance)
    {
        var errors = new List<string>();
        Check(root, instance, "$", errors);
        return errors;
    }

    private void Check(JsonElement schema, JsonElement value, string at, List<string> errors)
    {
        foreach (var keyword in schema.EnumerateObject())
        {
            switch (keyword.Name)
            {
                case "$ref":
                    Check(Resolve(keyword.Value.GetString()!), value, at, errors);
                    break;
                case "type":
                    var types = keyword.Value.ValueKind == JsonValueKind.Array
                        ? keyword.Value.EnumerateArray().Select(t => t.GetString()!).ToList()
                        : [keyword.Value.GetString()!];
                    if (!types.Any(t => HasType(value, t)))
                    {
                        errors.Add($"{at}: expected {string.Join("|", types)}, found {value.ValueKind}");
                    }

                    break;
                case "enum":
                    if (!keyword.Value.EnumerateArray().Any(option => JsonElement.DeepEquals(option, value)))
                    {
                        errors.Add($"{at}: {value.GetRawText()} is not one of {keyword.Value.GetRawText()}");
                    }

                    break;
                case "required":
                    if (value.ValueKind == JsonValueKind.Object)
                    {
                        foreach (var name in keyword.Value.EnumerateArray().Select(n => n.GetString()!))
                        {
                            if (!value.TryGetProperty(name, out _))
                            {
                                errors.Add($"{at}: missing required \"{name}\"");
                            }
                        }
                    }

                    break;
                case "properties":
                    if (value.ValueKind == JsonValueKind.Object)
                    {
                        foreach (var property in keyword.Value.EnumerateObject())
                        {
                            if (value.TryGetProperty(property.Name, out var child))
                            {
                                Check(property.Value, child, at + "." + property.Name, errors);
                            }
                        }
                    }

                    break;
                case "additionalProperties":
                    if (value.ValueKind == JsonValueKind.Object)
                    {
                        var declared = schema.TryGetProperty("properties", out var p)
                            ? p.EnumerateObject().Select(x => x.Name).ToHashSet(StringComparer.Ordinal)
                            : [];
                        foreach (var property in value.EnumerateObject().Where(x => !declared.Contains(x.Name)))
                        {
                            if (keyword.Value.ValueKind == JsonValueKind.False)
                            {
                                errors.Add($"{at}: unexpected property \"{property.Name}\"");
                            }
                            else if (keyword.Value.ValueKind == JsonValueKind.Object)
                            {
                                Check(keyword.Value, property.Value, at + "." + property.Name, errors);
                            }
                        }
                    }

                    break;
                case "items":
                    if (value.ValueKind == JsonValueKind.Array)
                    {
                        var i = 0;
                        foreach (var item in value.EnumerateArray())
                        {
                            Check(keyword.Value, item, $"{at}[{i++}]", errors);
                        }
                    }

                    break;
                case "minimum":
                    if (value.ValueKind == JsonValueKind.Number && value.GetDecimal() < keyword.Value.GetDecimal())
                    {
                        errors.Add($"{at}: {value.GetRawText()} is below the minimum {keyword.Value.GetRawText()}");
                    }

                    break;
                case "format":
                    if (keyword.Value.GetString() == "date" && value.ValueKind == JsonValueKind.String &&
                        !DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                    {
                        errors.Add($"{at}: \"{value.GetString()}\" is not a yyyy-MM-dd date");
                    }

                    break;
                default:
                    if (!Annotations.Contains(keyword.Name))
                    {
                        throw new NotSupportedException($"Schema keyword {keyword.Name} is not supported by the test validator.");
                    }

                    break;
            }
        }
    }

    private JsonElement Resolve(string reference)
    {
        const string prefix = "#/$defs/";
        if (!reference.StartsWith(prefix, StringComparison.Ordinal))
        {
            throw new NotSupportedException($"Only local {prefix} references are supported, not {reference}.");
        }

        return root.GetProperty("$defs").GetProperty(reference[prefix.Length..]);
    }

    private static bool HasType(JsonElement value, string type) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => value.ValueKind == JsonValueKind.Null,
        "number" => value.ValueKind == JsonValueKind.Number,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        _ => throw new NotSupportedException($"Unknown type {type}."),
    };
}
