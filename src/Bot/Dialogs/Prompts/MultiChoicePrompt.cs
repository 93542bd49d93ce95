using Participatie.Bot.Recognizers;
using Participatie.Bot.Runtime;

namespace Participatie.Bot.Dialogs.Prompts;

/// <summary>
/// Asks to pick one or more of <see cref="PromptOptions.Choices"/>: "geld en ruimte", "1, 3 en 4", or one button.
/// The result is the list of recognised choices in list order.
/// </summary>
public sealed class MultiChoicePrompt(string id, PromptValidator<IReadOnlyList<FoundChoice>>? validator = null)
    : Prompt<IReadOnlyList<FoundChoice>>(id, validator)
{
    protected override Task<PromptRecognizerResult<IReadOnlyList<FoundChoice>>> RecognizeAsync(TurnContext turn, PromptOptions options, CancellationToken cancellationToken)
    {
        var found = ChoiceRecognizer.RecognizeMany(turn.Text, options.Choices ?? []);
        return Task.FromResult(found.Count == 0
            ? PromptRecognizerResult<IReadOnlyList<FoundChoice>>.Failed
            : PromptRecognizerResult<IReadOnlyList<FoundChoice>>.Of(found));
    }

    protected override IReadOnlyList<string> SuggestedButtons(TurnContext turn, PromptOptions options) =>
        [.. (options.Choices ?? []).Select(c => c.Title), .. options.ExtraSuggestions ?? []];
}
