using System.Text.Json;
using System.Text.Json.Serialization;

namespace Participatie.Bot.Schema;

/// <summary>Metadata attached to an activity (e.g. clientInfo, mention); all fields but type are kept as-is.</summary>
public sealed class Entity
{
    [JsonPropertyName("type")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Type { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
