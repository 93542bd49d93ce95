using System.Text.Json;

namespace Participatie.Rules.Loading;

/// <summary>A small JSON tree that remembers where each value starts, so diagnostics can name the line and column.</summary>
internal abstract record JsonNodeWithPosition(int Offset);

internal sealed record JsonObjectNode(int Offset, IReadOnlyList<JsonPropertyNode> Properties) : JsonNodeWithPosition(Offset)
{
    public JsonPropertyNode? Find(string name) =>
        Properties.FirstOrDefault(p => p.Name.Equals(name, StringComparison.Ordinal))
        ?? Properties.FirstOrDefault(p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
}

internal sealed record JsonPropertyNode(string Name, int Offset, JsonNodeWithPosition Value);

internal sealed record JsonArrayNode(int Offset, IReadOnlyList<JsonNodeWithPosition> Items) : JsonNodeWithPosition(Offset);

internal sealed record JsonValueNode(int Offset, JsonValueKind Kind, object? Value) : JsonNodeWithPosition(Offset);

internal static class JsonTreeReader
{
    private static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 128 };

    /// <summary>Reads UTF-8 JSON; on a syntax error returns null and the error's byte offset and message.</summary>
    public static JsonNodeWithPosition? Read(ReadOnlySpan<byte> utf8, out (long Line, long Column, string Message)? error)
    {
        error = null;
        var reader = new Utf8JsonReader(utf8, Options);
        try
        {
            if (!reader.Read())
            {
                error = (1, 1, "het bestand is leeg");
                return null;
            }
            var node = ReadValue(ref reader);
            if (reader.Read())
            {
                error = (0, 0, "na het einde van de JSON staat nog tekst");
                return null;
            }
            return node;
        }
        catch (JsonException ex)
        {
            error = ((ex.LineNumber ?? 0) + 1, (ex.BytePositionInLine ?? 0) + 1, ex.Message);
            return null;
        }
    }

    private static JsonNodeWithPosition ReadValue(ref Utf8JsonReader reader)
    {
        var offset = (int)reader.TokenStartIndex;
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
            {
                var properties = new List<JsonPropertyNode>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var name = reader.GetString()!;
                    var nameOffset = (int)reader.TokenStartIndex;
                    reader.Read();
                    properties.Add(new JsonPropertyNode(name, nameOffset, ReadValue(ref reader)));
                }
                return new JsonObjectNode(offset, properties);
            }
            case JsonTokenType.StartArray:
            {
                var items = new List<JsonNodeWithPosition>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(ReadValue(ref reader));
                }
                return new JsonArrayNode(offset, items);
            }
            case JsonTokenType.String:
                return new JsonValueNode(offset, JsonValueKind.String, reader.GetString());
            case JsonTokenType.Number:
                return new JsonValueNode(offset, JsonValueKind.Number, reader.TryGetInt64(out var l) ? (object)l : reader.GetDouble());
            case JsonTokenType.True:
                return new JsonValueNode(offset, JsonValueKind.True, true);
            case JsonTokenType.False:
                return new JsonValueNode(offset, JsonValueKind.False, false);
            default:
                return new JsonValueNode(offset, JsonValueKind.Null, null);
        }
    }

    /// <summary>Plain .NET value of a node: dictionaries (case-insensitive), lists, strings, numbers, booleans.</summary>
    public static object? ToPlain(JsonNodeWithPosition node) => node switch
    {
        JsonObjectNode o => o.Properties.GroupBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => ToPlain(g.Last().Value), StringComparer.OrdinalIgnoreCase) as IReadOnlyDictionary<string, object?>,
        JsonArrayNode a => a.Items.Select(ToPlain).ToList(),
        JsonValueNode v => v.Value,
        _ => null,
    };

    public static string Describe(JsonNodeWithPosition node) => node switch
    {
        JsonObjectNode => "een object",
        JsonArrayNode => "een lijst",
        JsonValueNode { Kind: JsonValueKind.String } => "een tekst",
        JsonValueNode { Kind: JsonValueKind.Number } => "een getal",
        JsonValueNode { Kind: JsonValueKind.True or JsonValueKind.False } => "waar/onwaar",
        _ => "null",
    };
}
