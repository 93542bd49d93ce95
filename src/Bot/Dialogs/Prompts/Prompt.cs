using System.Text.Json;
using Participatie.Bot.Localization;
using Participatie.Bot.Runtime;
using Participatie.Bot.Schema;

namespace Participatie.Bot.Dialogs.Prompts;

/// <summary>
/// Asks one question and waits until the answer is understood and valid, sending the retry prompt
/// otherwise. Non-message activities (typing, events) are ignored while waiting.
/// </summary>
public abstract class Prompt<T> : Dialog
{
    private const string OptionsKey = "options";
    private const string AttemptsKey = "attempts";

    /// <summary>After this many answers that were not understood (and every so many after), a hint about help and stop is added.</summary>
    public const int HintEvery = 3;

    private readonly PromptValidator<T>? _validator;

    protected Prompt(string id, PromptValidator<T>? validator)
        : base(id)
    {
        _validator = validator;
    }

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        var promptOptions = options as PromptOptions ?? throw new ArgumentException($"{Id} needs PromptOptions.", nameof(options));
        var instance = dc.ActiveDialog!;
        instance.Values[OptionsKey] = JsonSerializer.SerializeToNode(promptOptions, BotJson.Options);
        instance.Values[AttemptsKey] = 0;
        await SendPromptAsync(dc.Turn, promptOptions, isRetry: false, cancellationToken).ConfigureAwait(false);
        return DialogTurnResult.Waiting;
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (!dc.Turn.IsMessage)
        {
            return DialogTurnResult.Waiting;
        }

        var instance = dc.ActiveDialog!;
        var options = LoadOptions(instance);
        var attempts = (instance.Values[AttemptsKey]?.GetValue<int>() ?? 0) + 1;
        instance.Values[AttemptsKey] = attempts;

        var recognized = await RecognizeAsync(dc.Turn, options, cancellationToken).ConfigureAwait(false);
        var valid = recognized.Succeeded;
        if (_validator is not null)
        {
            valid = await _validator(new PromptValidatorContext<T>(dc.Turn, recognized, options, attempts), cancellationToken).ConfigureAwait(false);
        }

        if (valid)
        {
            return await dc.EndDialogAsync(recognized.Value, cancellationToken).ConfigureAwait(false);
        }

        if (attempts % HintEvery == 0)
        {
            await dc.Turn.SendAsync(BotTexts.Default.Get(dc.Turn.Locale, TextKeys.RetryHint), cancellationToken).ConfigureAwait(false);
        }

        await SendPromptAsync(dc.Turn, options, isRetry: true, cancellationToken).ConfigureAwait(false);
        return DialogTurnResult.Waiting;
    }

    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        await RepromptDialogAsync(dc, dc.ActiveDialog!, cancellationToken).ConfigureAwait(false);
        return DialogTurnResult.Waiting;
    }

    public override Task RepromptDialogAsync(DialogContext dc, DialogInstance instance, CancellationToken cancellationToken) =>
        SendPromptAsync(dc.Turn, LoadOptions(instance), isRetry: false, cancellationToken);

    /// <summary>Turns the user's message into a value.</summary>
    protected abstract Task<PromptRecognizerResult<T>> RecognizeAsync(TurnContext turn, PromptOptions options, CancellationToken cancellationToken);

    /// <summary>Sends the prompt (or, after a wrong answer, the retry prompt) with the suggested actions.</summary>
    protected virtual async Task SendPromptAsync(TurnContext turn, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        var template = isRetry ? options.RetryPrompt ?? options.Prompt : options.Prompt;
        if (template is null)
        {
            return;
        }

        var activity = Clone(template);
        var buttons = SuggestedButtons(turn, options);
        if (buttons.Count > 0 && activity.SuggestedActions is null)
        {
            activity.SuggestedActions = new SuggestedActions { Actions = buttons.Select(b => CardAction.ImBack(b)).ToList() };
        }

        activity.InputHint ??= InputHints.ExpectingInput;
        await turn.SendAsync(activity, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The button titles to offer with the prompt.</summary>
    protected virtual IReadOnlyList<string> SuggestedButtons(TurnContext turn, PromptOptions options) => options.ExtraSuggestions ?? [];

    private static PromptOptions LoadOptions(DialogInstance instance) =>
        instance.Values[OptionsKey]?.Deserialize<PromptOptions>(BotJson.Options) ?? new PromptOptions();

    private static Activity Clone(Activity activity) =>
        JsonSerializer.Deserialize<Activity>(JsonSerializer.Serialize(activity, BotJson.Options), BotJson.Options) ?? Activity.CreateMessage();
}
