using Participatie.Bot.Recognizers;
using Participatie.Bot.Runtime;

namespace Participatie.Bot.Dialogs.Prompts;

/// <summary>Asks for a Dutch postcode; the result is written as "1234 AB".</summary>
public sealed class PostcodePrompt(string id, PromptValidator<string>? validator = null) : Prompt<string>(id, validator)
{
    protected override Task<PromptRecognizerResult<string>> RecognizeAsync(TurnContext turn, PromptOptions options, CancellationToken cancellationToken) =>
        Task.FromResult(PostcodeRecognizer.TryRecognize(turn.Text, out var postcode)
            ? PromptRecognizerResult<string>.Of(postcode)
            : PromptRecognizerResult<string>.Failed);
}
