using Participatie.Bot.Dialogs.Prompts;
using Participatie.Bot.Runtime;

namespace Participatie.Bot.Dialogs;

/// <summary>Runs a dialog stack for one turn: begin, continue, end, replace, cancel and reprompt dialogs.</summary>
public sealed class DialogContext
{
    private readonly DialogState _state;

    public DialogContext(DialogSet dialogs, TurnContext turn, DialogState state, DialogContext? parent = null)
    {
        Dialogs = dialogs ?? throw new ArgumentNullException(nameof(dialogs));
        Turn = turn ?? throw new ArgumentNullException(nameof(turn));
        _state = state ?? throw new ArgumentNullException(nameof(state));
        Parent = parent;
    }

    public DialogSet Dialogs { get; }

    public TurnContext Turn { get; }

    public DialogContext? Parent { get; }

    public IReadOnlyList<DialogInstance> Stack => _state.Stack;

    /// <summary>The dialog on top of this stack, or null.</summary>
    public DialogInstance? ActiveDialog => _state.Stack.Count > 0 ? _state.Stack[^1] : null;

    /// <summary>The ids of the active dialogs, outermost first, including those inside component dialogs.</summary>
    public IReadOnlyList<string> ActiveDialogPath()
    {
        var path = new List<string>();
        var state = _state;
        while (state is { Stack.Count: > 0 })
        {
            var top = state.Stack[^1];
            path.Add(top.Id);
            state = top.Children;
        }

        return path;
    }

    public async Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        var dialog = FindDialog(dialogId) ?? throw new InvalidOperationException($"Dialog '{dialogId}' is not in the dialog set.");
        _state.Stack.Add(new DialogInstance { Id = dialogId });
        return await dialog.BeginDialogAsync(this, options, cancellationToken).ConfigureAwait(false);
    }

    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken = default) =>
        BeginDialogAsync(dialogId, options, cancellationToken);

    /// <summary>Passes the turn to the active dialog; <see cref="DialogTurnStatus.Empty"/> when there is none (or it no longer exists).</summary>
    public async Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken = default)
    {
        var instance = ActiveDialog;
        if (instance is null)
        {
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }

        var dialog = FindDialog(instance.Id);
        if (dialog is null)
        {
            // State from an older version of the bot: start over rather than fail every turn.
            _state.Stack.Clear();
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }

        return await dialog.ContinueDialogAsync(this, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Ends the active dialog and resumes its parent with <paramref name="result"/>.</summary>
    public async Task<DialogTurnResult> EndDialogAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        await PopAsync(DialogReason.EndCalled, cancellationToken).ConfigureAwait(false);
        var parent = ActiveDialog;
        if (parent is not null && FindDialog(parent.Id) is { } dialog)
        {
            return await dialog.ResumeDialogAsync(this, DialogReason.EndCalled, result, cancellationToken).ConfigureAwait(false);
        }

        return new DialogTurnResult(DialogTurnStatus.Complete, result);
    }

    /// <summary>Replaces the active dialog by a new one (e.g. to loop), without resuming the parent.</summary>
    public async Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        await PopAsync(DialogReason.ReplaceCalled, cancellationToken).ConfigureAwait(false);
        return await BeginDialogAsync(dialogId, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Ends every dialog on this stack.</summary>
    public async Task<DialogTurnResult> CancelAllDialogsAsync(CancellationToken cancellationToken = default)
    {
        if (_state.Stack.Count == 0)
        {
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }

        while (_state.Stack.Count > 0)
        {
            await PopAsync(DialogReason.CancelCalled, cancellationToken).ConfigureAwait(false);
        }

        return new DialogTurnResult(DialogTurnStatus.Cancelled);
    }

    /// <summary>Asks the active dialog to repeat its question.</summary>
    public async Task RepromptDialogAsync(CancellationToken cancellationToken = default)
    {
        if (ActiveDialog is { } instance && FindDialog(instance.Id) is { } dialog)
        {
            await dialog.RepromptDialogAsync(this, instance, cancellationToken).ConfigureAwait(false);
        }
    }

    public Dialog? FindDialog(string dialogId) => Dialogs.Find(dialogId) ?? Parent?.FindDialog(dialogId);

    private async Task PopAsync(DialogReason reason, CancellationToken cancellationToken)
    {
        var instance = ActiveDialog;
        if (instance is null)
        {
            return;
        }

        if (FindDialog(instance.Id) is { } dialog)
        {
            await dialog.EndDialogAsync(this, instance, reason, cancellationToken).ConfigureAwait(false);
        }

        _state.Stack.RemoveAt(_state.Stack.Count - 1);
    }
}
