using System.Text.Json;
using System.Text.Json.Nodes;
using Participatie.Bot.Schema;

namespace Participatie.Bot.Runtime;

/// <summary>
/// Turns whose messages must not outlive their delivery: the resident typed a voting code, a ballot or a letter's code,
/// or the bot confirmed them. A dialog marks its turn (<see cref="TurnContext.MarkConfidential"/>); the adapter then
/// stamps every reply of that turn with <c>channelData.confidential = true</c> — the Bot Framework's place for what a
/// channel needs to know — and a channel that keeps transcripts (the Host) stores the reply and the message it answers
/// (<c>replyToId</c>) as confidential and removes their content once delivered.
/// </summary>
public static class Vertrouwelijkheid
{
    /// <summary>The <c>channelData</c> property that marks a reply as part of a confidential turn.</summary>
    public const string ChannelDataKey = "confidential";

    /// <summary>True when the activity carries the mark.</summary>
    public static bool IsConfidential(Activity activity) =>
        activity.ChannelData is { ValueKind: JsonValueKind.Object } data
        && data.TryGetProperty(ChannelDataKey, out var mark)
        && mark.ValueKind == JsonValueKind.True;

    /// <summary>Adds the mark to the activity's <c>channelData</c>, keeping what is there.</summary>
    public static void Mark(Activity activity)
    {
        var data = activity.ChannelData is { ValueKind: JsonValueKind.Object } existing
            ? JsonNode.Parse(existing.GetRawText())!.AsObject()
            : [];
        data[ChannelDataKey] = true;
        activity.ChannelData = JsonSerializer.SerializeToElement(data);
    }
}
