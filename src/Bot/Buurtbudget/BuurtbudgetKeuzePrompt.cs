using Participatie.Bot.Dialogs.Prompts;
using Participatie.Bot.Recognizers;
using Participatie.Bot.Runtime;

namespace Participatie.Bot.Buurtbudget;

/// <summary>
/// Asks which projects the resident supports: typed numbers ("1, 3"), or the submit of the ballot card
/// (<see cref="BuurtbudgetStemkaart"/>), which has no text. A card submit is recognised even with nothing ticked, so the
/// dialog can say why it cannot be counted instead of repeating the question.
/// </summary>
public sealed class BuurtbudgetKeuzePrompt(string id) : Prompt<string>(id, null)
{
    protected override Task<PromptRecognizerResult<string>> RecognizeAsync(TurnContext turn, PromptOptions options, CancellationToken cancellationToken)
    {
        if (BuurtbudgetStemkaart.Keuze(turn.Activity) is { } kaart)
        {
            return Task.FromResult(PromptRecognizerResult<string>.Of(string.Join(", ", kaart)));
        }

        return Task.FromResult(turn.Text.Length > 0 && NumberRecognizer.AllIntegers(turn.Text).Count > 0
            ? PromptRecognizerResult<string>.Of(turn.Text)
            : PromptRecognizerResult<string>.Failed);
    }
}
