namespace Participatie.Bot.Dialogs;

/// <summary>
/// A dialog made of other dialogs (a waterfall and its prompts), with its own inner stack kept in its
/// instance. Subclasses add dialogs in their constructor; the first added is started unless
/// <see cref="InitialDialogId"/> says otherwise.
/// </summary>
public abstract class ComponentDialog : Dialog
{
    private readonly DialogSet _dialogs = new();

    protected ComponentDialog(string id)
        : base(id)
    {
    }

    protected string? InitialDialogId { get; set; }

    protected T AddDialog<T>(T dialog)
        where T : Dialog
    {
        _dialogs.Add(dialog);
        InitialDialogId ??= dialog.Id;
        return dialog;
    }

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        var inner = CreateInnerContext(dc);
        var result = await inner.BeginDialogAsync(InitialDialogId ?? throw new InvalidOperationException($"{Id} has no dialogs."), options, cancellationToken).ConfigureAwait(false);
        return await AfterInnerAsync(dc, result, cancellationToken).ConfigureAwait(false);
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var inner = CreateInnerContext(dc);
        var result = await inner.ContinueDialogAsync(cancellationToken).ConfigureAwait(false);
        if (result.Status == DialogTurnStatus.Empty)
        {
            return await dc.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        return await AfterInnerAsync(dc, result, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Ends the inner dialogs and starts the initial one again with <paramref name="options"/> (e.g. the answers so far).</summary>
    protected async Task<DialogTurnResult> RestartInnerAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        var inner = CreateInnerContext(dc);
        await inner.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
        var result = await inner.BeginDialogAsync(InitialDialogId ?? throw new InvalidOperationException($"{Id} has no dialogs."), options, cancellationToken).ConfigureAwait(false);
        return await AfterInnerAsync(dc, result, cancellationToken).ConfigureAwait(false);
    }

    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        await RepromptDialogAsync(dc, dc.ActiveDialog!, cancellationToken).ConfigureAwait(false);
        return DialogTurnResult.Waiting;
    }

    public override Task RepromptDialogAsync(DialogContext dc, DialogInstance instance, CancellationToken cancellationToken) =>
        new DialogContext(_dialogs, dc.Turn, instance.Children ??= new DialogState(), dc).RepromptDialogAsync(cancellationToken);

    public override async Task EndDialogAsync(DialogContext dc, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken)
    {
        if (reason == DialogReason.CancelCalled && instance.Children is { Stack.Count: > 0 })
        {
            await new DialogContext(_dialogs, dc.Turn, instance.Children, dc).CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private DialogContext CreateInnerContext(DialogContext dc)
    {
        var instance = dc.ActiveDialog ?? throw new InvalidOperationException($"{Id} is not on the stack.");
        instance.Children ??= new DialogState();
        return new DialogContext(_dialogs, dc.Turn, instance.Children, dc);
    }

    private static async Task<DialogTurnResult> AfterInnerAsync(DialogContext dc, DialogTurnResult result, CancellationToken cancellationToken) =>
        result.Status switch
        {
            DialogTurnStatus.Complete => await dc.EndDialogAsync(result.Result, cancellationToken).ConfigureAwait(false),
            DialogTurnStatus.Cancelled => await dc.EndDialogAsync(null, cancellationToken).ConfigureAwait(false),
            _ => DialogTurnResult.Waiting,
        };
}
