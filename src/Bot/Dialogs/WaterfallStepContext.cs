using Participatie.Bot.Dialogs.Prompts;
using Participatie.Bot.Runtime;

namespace Participatie.Bot.Dialogs;

/// <summary>What a waterfall step sees: the typed state, the previous step's result and the dialog operations.</summary>
public sealed class WaterfallStepContext<TState>
    where TState : class, new()
{
    private readonly WaterfallDialog<TState> _dialog;
    private bool _nextCalled;

    internal WaterfallStepContext(WaterfallDialog<TState> dialog, DialogContext context, TState state, int index, DialogReason reason, object? result, object? options)
    {
        _dialog = dialog;
        Context = context;
        State = state;
        Index = index;
        Reason = reason;
        Result = result;
        Options = options;
    }

    public DialogContext Context { get; }

    public TurnContext Turn => Context.Turn;

    /// <summary>The dialog's typed state; saved as JSON after every step.</summary>
    public TState State { get; }

    public int Index { get; }

    public DialogReason Reason { get; }

    /// <summary>The previous step's result (usually a prompt's answer); null when that step was skipped.</summary>
    public object? Result { get; }

    /// <summary>The options the dialog was started with (first step only).</summary>
    public object? Options { get; }

    /// <summary>Skips to the next step, handing it <paramref name="result"/>.</summary>
    public Task<DialogTurnResult> NextAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        if (_nextCalled)
        {
            throw new InvalidOperationException($"NextAsync was already called in step {Index} of {_dialog.Id}.");
        }

        _nextCalled = true;
        return _dialog.ResumeDialogAsync(Context, DialogReason.NextCalled, result, cancellationToken);
    }

    public Task<DialogTurnResult> PromptAsync(string promptId, PromptOptions options, CancellationToken cancellationToken = default) =>
        Context.PromptAsync(promptId, options, cancellationToken);

    public Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default) =>
        Context.BeginDialogAsync(dialogId, options, cancellationToken);

    public Task<DialogTurnResult> EndDialogAsync(object? result = null, CancellationToken cancellationToken = default) =>
        Context.EndDialogAsync(result, cancellationToken);

    /// <summary>Restarts this waterfall from its first step with <paramref name="options"/>.</summary>
    public Task<DialogTurnResult> ReplaceDialogAsync(object? options, CancellationToken cancellationToken = default) =>
        Context.ReplaceDialogAsync(_dialog.Id, options, cancellationToken);

    public Task SendAsync(string text, CancellationToken cancellationToken = default) => Turn.SendAsync(text, cancellationToken);
}
