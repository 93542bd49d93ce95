using Participatie.Bot.Runtime;

namespace Participatie.Bot.Dialogs.Prompts;

/// <summary>Asks for free text; any non-empty (cleaned) message is recognised.</summary>
public sealed class TextPrompt(string id, PromptValidator<string>? validator = null) : Prompt<string>(id, validator)
{
    protected override Task<PromptRecognizerResult<string>> RecognizeAsync(TurnContext turn, PromptOptions options, CancellationToken cancellationToken) =>
        Task.FromResult(turn.Text.Length > 0 ? PromptRecognizerResult<string>.Of(turn.Text) : PromptRecognizerResult<string>.Failed);
}
