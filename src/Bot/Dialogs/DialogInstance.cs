using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Participatie.Bot.Dialogs;

/// <summary>One running dialog on the stack: its id, its own JSON values, and (for component dialogs) its inner stack.</summary>
public sealed class DialogInstance
{
    public string Id { get; set; } = string.Empty;

    public JsonObject Values { get; set; } = [];

    public DialogState? Children { get; set; }

    /// <summary>The deserialised typed state while a turn runs, shared by all steps of that turn.</summary>
    [JsonIgnore]
    internal object? StateCache { get; set; }
}
