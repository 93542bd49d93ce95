namespace Participatie.Bot.Dialogs;

/// <summary>A dialog stack (top = last), stored as JSON in conversation state.</summary>
public sealed class DialogState
{
    public List<DialogInstance> Stack { get; set; } = [];
}
