using System.Text.Json;
using System.Text.Json.Serialization;

namespace Participatie.Bot.Schema;

/// <summary>Buttons shown under the last message until the user answers.</summary>
public sealed class SuggestedActions
{
    /// <summary>Ids of the recipients that should see the actions (empty = everybody).</summary>
    [JsonPropertyName("to")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<string>? To { get; set; }

    [JsonPropertyName("actions")]
    public List<CardAction> Actions { get; set; } = [];

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
