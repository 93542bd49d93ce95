using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Participatie.Host.Features.Chat.DirectLine;

/// <summary>The JSON bodies of Direct Line 3.0, with the property names its clients read.</summary>
public static class DirectLineResponses
{
    public sealed record Conversation(
        [property: JsonPropertyName("conversationId")] string ConversationId,
        [property: JsonPropertyName("token")] string Token,
        [property: JsonPropertyName("expires_in")] int ExpiresIn,
        [property: JsonPropertyName("streamUrl")] string? StreamUrl);

    public sealed record ResourceResponse([property: JsonPropertyName("id")] string Id);

    public sealed record ChatToken(
        [property: JsonPropertyName("token")] string Token,
        [property: JsonPropertyName("expires_in")] int ExpiresIn,
        [property: JsonPropertyName("conversationId")] string ConversationId);

    /// <summary><c>{"activities":[…],"watermark":"N"}</c> from stored activity JSON, without re-serialising each activity.</summary>
    public static byte[] ActivitySet(IReadOnlyList<string> activities, int watermark)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("activities");
            foreach (var json in activities)
            {
                writer.WriteRawValue(json, skipInputValidation: true);
            }

            writer.WriteEndArray();
            writer.WriteString("watermark", watermark.ToString(System.Globalization.CultureInfo.InvariantCulture));
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>The Direct Line error body: <c>{"error":{"code","message"}}</c>.</summary>
    public static IResult Error(int status, string code, string message) =>
        Results.Json(new { error = new { code, message } }, statusCode: status);

    public static IResult Json(byte[] utf8) => Results.Bytes(utf8, "application/json; charset=utf-8");

    public static string ToText(byte[] utf8) => Encoding.UTF8.GetString(utf8);
}
