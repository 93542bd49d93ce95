using Participatie.Bot.Localization;
using Participatie.Bot.Recognizers;
using Participatie.Bot.Runtime;

namespace Participatie.Bot.Dialogs.Prompts;

/// <summary>Asks a yes/no question with "Ja"/"Nee" (or "Yes"/"No") buttons.</summary>
public sealed class ConfirmPrompt(string id, BotTexts texts, PromptValidator<bool>? validator = null) : Prompt<bool>(id, validator)
{
    private readonly BotTexts _texts = texts;

    protected override Task<PromptRecognizerResult<bool>> RecognizeAsync(TurnContext turn, PromptOptions options, CancellationToken cancellationToken) =>
        Task.FromResult(ConfirmRecognizer.Recognize(turn.Text) is { } answer
            ? PromptRecognizerResult<bool>.Of(answer)
            : PromptRecognizerResult<bool>.Failed);

    protected override IReadOnlyList<string> SuggestedButtons(TurnContext turn, PromptOptions options) =>
        [_texts.Get(turn.Locale, TextKeys.Yes), _texts.Get(turn.Locale, TextKeys.No), .. options.ExtraSuggestions ?? []];
}
