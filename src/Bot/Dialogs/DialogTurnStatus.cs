namespace Participatie.Bot.Dialogs;

/// <summary>What the dialog stack did with a turn.</summary>
public enum DialogTurnStatus
{
    /// <summary>No dialog was active.</summary>
    Empty,

    /// <summary>A dialog is waiting for the user's next message.</summary>
    Waiting,

    /// <summary>The last dialog on the stack finished.</summary>
    Complete,

    /// <summary>The stack was cancelled.</summary>
    Cancelled,
}
