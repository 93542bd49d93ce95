using System.Text.Encodings.Web;
using System.Text.Json;

namespace Participatie.Bot.Schema;

/// <summary>Serializer settings for activities on the wire and for bot state.</summary>
public static class BotJson
{
    /// <summary>
    /// camelCase, nulls left out, case-insensitive reading. The encoder escapes HTML-sensitive
    /// characters (&lt; &gt; &amp; ') so user text can never break out of a JSON string embedded in HTML.
    /// </summary>
    public static JsonSerializerOptions Options { get; } = Create();

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T? Deserialize<T>(string json) => JsonSerializer.Deserialize<T>(json, Options);

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
            Encoder = JavaScriptEncoder.Default,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
