using Participatie.Bot.Recognizers;
using Participatie.Bot.Runtime;

namespace Participatie.Bot.Dialogs.Prompts;

/// <summary>Asks for a date ("15 maart", "15-03-2027", "morgen", "volgende week vrijdag"), relative to the turn's clock.</summary>
public sealed class DatePrompt(string id, PromptValidator<DateOnly>? validator = null) : Prompt<DateOnly>(id, validator)
{
    protected override Task<PromptRecognizerResult<DateOnly>> RecognizeAsync(TurnContext turn, PromptOptions options, CancellationToken cancellationToken) =>
        Task.FromResult(DateRecognizer.TryRecognize(turn.Text, turn.Today, out var date)
            ? PromptRecognizerResult<DateOnly>.Of(date)
            : PromptRecognizerResult<DateOnly>.Failed);
}
