using System.Text.Json;
using System.Text.Json.Nodes;
using Participatie.Bot.Runtime;

namespace Participatie.Host.Features.Privacy;

/// <summary>
/// What is left of a confidential chat activity (a vote, a letter's code) once delivered, and what staff see of it at any
/// time: who, when, which message it answered — the conversation keeps its shape — but no text, attachments, card value or
/// suggestions. An allow-list, so a field a client adds later is dropped rather than kept.
/// </summary>
public static class VertrouwelijkeActiviteit
{
    public const string Plaatshouder = "[vertrouwelijk bericht (stem of briefcode) — niet bewaard]";

    private static readonly string[] Behouden =
        ["type", "id", "timestamp", "localTimestamp", "channelId", "from", "recipient", "conversation", "replyToId", "locale"];

    /// <summary>The activity's JSON without its content. Redacting twice gives the same result.</summary>
    public static string Redigeer(string json)
    {
        var origineel = JsonNode.Parse(json) as JsonObject ?? [];
        var kaal = new JsonObject();
        foreach (var veld in Behouden)
        {
            if (origineel[veld] is { } waarde)
            {
                kaal[veld] = waarde.DeepClone();
            }
        }

        if (kaal["type"]?.GetValue<string>() == "message")
        {
            kaal["text"] = Plaatshouder;
        }

        kaal["channelData"] = new JsonObject { [Vertrouwelijkheid.ChannelDataKey] = true };
        return kaal.ToJsonString(new JsonSerializerOptions(JsonSerializerDefaults.Web));
    }
}
