using Participatie.Bot.Recognizers;
using Participatie.Bot.Runtime;

namespace Participatie.Bot.Dialogs.Prompts;

/// <summary>
/// Asks to pick one of <see cref="PromptOptions.Choices"/>, offered as imBack suggested actions. The answer may be
/// the button's text, a postBack value, a number ("2", "de tweede"), a synonym, or a typo of any of these.
/// </summary>
public sealed class ChoicePrompt(string id, PromptValidator<FoundChoice>? validator = null) : Prompt<FoundChoice>(id, validator)
{
    protected override Task<PromptRecognizerResult<FoundChoice>> RecognizeAsync(TurnContext turn, PromptOptions options, CancellationToken cancellationToken)
    {
        var choices = options.Choices ?? [];
        var posted = turn.Activity.GetValueAsString();
        if (posted is not null)
        {
            var index = choices.FindIndex(c => string.Equals(c.Value, posted, StringComparison.OrdinalIgnoreCase));
            if (index >= 0)
            {
                return Task.FromResult(PromptRecognizerResult<FoundChoice>.Of(new FoundChoice(choices[index].Value, index, 1.0)));
            }
        }

        var found = ChoiceRecognizer.RecognizeOne(turn.Text, choices);
        return Task.FromResult(found is null ? PromptRecognizerResult<FoundChoice>.Failed : PromptRecognizerResult<FoundChoice>.Of(found));
    }

    protected override IReadOnlyList<string> SuggestedButtons(TurnContext turn, PromptOptions options) =>
        [.. (options.Choices ?? []).Select(c => c.Title), .. options.ExtraSuggestions ?? []];
}
