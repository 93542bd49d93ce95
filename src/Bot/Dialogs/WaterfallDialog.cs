using System.Text.Json;
using System.Text.Json.Nodes;
using Participatie.Bot.Schema;

namespace Participatie.Bot.Dialogs;

/// <summary>
/// An ordered list of steps sharing one typed state. Each step usually stores the previous answer and asks
/// the next question. The state is JSON in the dialog instance, so a conversation can continue after a restart.
/// </summary>
public sealed class WaterfallDialog<TState> : Dialog
    where TState : class, new()
{
    private const string StepKey = "step";
    private const string StateKey = "state";

    private readonly IReadOnlyList<WaterfallStep<TState>> _steps;

    public WaterfallDialog(string id, IReadOnlyList<WaterfallStep<TState>> steps)
        : base(id)
    {
        ArgumentNullException.ThrowIfNull(steps);
        if (steps.Count == 0)
        {
            throw new ArgumentException("A waterfall needs at least one step.", nameof(steps));
        }

        _steps = steps;
    }

    public int StepCount => _steps.Count;

    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        var instance = dc.ActiveDialog!;
        var state = options is TState given ? Copy(given) : new TState();
        instance.StateCache = state;
        Save(instance, state);
        return RunStepAsync(dc, 0, DialogReason.BeginCalled, null, options, cancellationToken);
    }

    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        // Only reached when a step waited without starting a prompt: the message text is its answer.
        if (!dc.Turn.IsMessage)
        {
            return Task.FromResult(DialogTurnResult.Waiting);
        }

        return ResumeDialogAsync(dc, DialogReason.ContinueCalled, dc.Turn.Text, cancellationToken);
    }

    public override Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        var instance = dc.ActiveDialog!;
        var index = instance.Values[StepKey]?.GetValue<int>() ?? 0;
        return RunStepAsync(dc, index + 1, reason, result, null, cancellationToken);
    }

    private async Task<DialogTurnResult> RunStepAsync(DialogContext dc, int index, DialogReason reason, object? result, object? options, CancellationToken cancellationToken)
    {
        if (index >= _steps.Count)
        {
            return await dc.EndDialogAsync(result, cancellationToken).ConfigureAwait(false);
        }

        var instance = dc.ActiveDialog!;
        instance.Values[StepKey] = index;
        var state = Load(instance);
        var step = new WaterfallStepContext<TState>(this, dc, state, index, reason, result, options);
        var outcome = await _steps[index](step, cancellationToken).ConfigureAwait(false);
        Save(instance, state);
        return outcome;
    }

    /// <summary>The typed state of a waterfall instance, for a parent that reads a message before its waterfall does.</summary>
    internal static TState ReadState(DialogInstance instance) => Load(instance);

    /// <summary>Stores a changed state back into the waterfall instance (and its cache for this turn).</summary>
    internal static void WriteState(DialogInstance instance, TState state)
    {
        instance.StateCache = state;
        Save(instance, state);
    }

    private static TState Load(DialogInstance instance)
    {
        if (instance.StateCache is TState cached)
        {
            return cached;
        }

        var node = instance.Values[StateKey];
        var state = node is null ? new TState() : node.Deserialize<TState>(BotJson.Options) ?? new TState();
        instance.StateCache = state;
        return state;
    }

    private static void Save(DialogInstance instance, TState state) =>
        instance.Values[StateKey] = JsonSerializer.SerializeToNode(state, BotJson.Options);

    private static TState Copy(TState state) =>
        JsonSerializer.Deserialize<TState>(JsonSerializer.Serialize(state, BotJson.Options), BotJson.Options) ?? new TState();
}
