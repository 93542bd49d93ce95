namespace Participatie.Bot.Dialogs;

/// <summary>The outcome of a dialog operation, with the finished dialog's result.</summary>
public sealed record DialogTurnResult(DialogTurnStatus Status, object? Result = null)
{
    public static DialogTurnResult Waiting { get; } = new(DialogTurnStatus.Waiting);
}
