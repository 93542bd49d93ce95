using System.Text.Json;
using System.Text.Json.Serialization;

namespace Participatie.Bot.Schema;

/// <summary>A clickable action, e.g. a suggested action button.</summary>
public sealed class CardAction
{
    /// <summary>One of <see cref="ActionTypes"/>.</summary>
    [JsonPropertyName("type")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Type { get; set; }

    [JsonPropertyName("title")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Title { get; set; }

    [JsonPropertyName("image")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Image { get; set; }

    [JsonPropertyName("imageAltText")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ImageAltText { get; set; }

    [JsonPropertyName("text")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Text { get; set; }

    [JsonPropertyName("displayText")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? DisplayText { get; set; }

    [JsonPropertyName("value")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public JsonElement? Value { get; set; }

    [JsonPropertyName("channelData")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public JsonElement? ChannelData { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    /// <summary>A button that sends <paramref name="value"/> back as the user's own message.</summary>
    public static CardAction ImBack(string title, string? value = null) => new()
    {
        Type = ActionTypes.ImBack,
        Title = title,
        Value = JsonSerializer.SerializeToElement(value ?? title),
    };

    /// <summary>A button that posts <paramref name="value"/> back without showing it as a message.</summary>
    public static CardAction PostBack(string title, string value) => new()
    {
        Type = ActionTypes.PostBack,
        Title = title,
        Value = JsonSerializer.SerializeToElement(value),
    };
}
