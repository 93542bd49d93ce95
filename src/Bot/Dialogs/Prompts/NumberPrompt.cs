using Participatie.Bot.Recognizers;
using Participatie.Bot.Runtime;

namespace Participatie.Bot.Dialogs.Prompts;

/// <summary>Asks for a number ("12", "3,14", "twaalf", "zo'n 20").</summary>
public sealed class NumberPrompt(string id, PromptValidator<decimal>? validator = null) : Prompt<decimal>(id, validator)
{
    protected override Task<PromptRecognizerResult<decimal>> RecognizeAsync(TurnContext turn, PromptOptions options, CancellationToken cancellationToken) =>
        Task.FromResult(NumberRecognizer.TryRecognize(turn.Text, turn.IsEnglish, out var value)
            ? PromptRecognizerResult<decimal>.Of(value)
            : PromptRecognizerResult<decimal>.Failed);
}
