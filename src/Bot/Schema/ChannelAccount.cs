using System.Text.Json;
using System.Text.Json.Serialization;

namespace Participatie.Bot.Schema;

/// <summary>A participant of a conversation (user or bot).</summary>
public sealed class ChannelAccount
{
    public ChannelAccount()
    {
    }

    public ChannelAccount(string id, string? name = null, string? role = null)
    {
        Id = id;
        Name = name;
        Role = role;
    }

    [JsonPropertyName("id")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Id { get; set; }

    [JsonPropertyName("name")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Name { get; set; }

    /// <summary>"user" or "bot".</summary>
    [JsonPropertyName("role")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Role { get; set; }

    [JsonPropertyName("aadObjectId")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? AadObjectId { get; set; }

    /// <summary>Fields this model does not know; kept so they survive a round trip.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
