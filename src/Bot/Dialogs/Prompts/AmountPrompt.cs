using Participatie.Bot.Recognizers;
using Participatie.Bot.Runtime;

namespace Participatie.Bot.Dialogs.Prompts;

/// <summary>
/// Asks for an amount in euros ("€ 1.500", "1500 euro", "1.500,50"). With <paramref name="allowUnknown"/>,
/// "weet ik niet" is accepted and yields null.
/// </summary>
public sealed class AmountPrompt(string id, bool allowUnknown, PromptValidator<decimal?>? validator = null) : Prompt<decimal?>(id, validator)
{
    protected override Task<PromptRecognizerResult<decimal?>> RecognizeAsync(TurnContext turn, PromptOptions options, CancellationToken cancellationToken)
    {
        if (allowUnknown && UnknownRecognizer.IsUnknown(turn.Text))
        {
            return Task.FromResult(new PromptRecognizerResult<decimal?>(true, null));
        }

        return Task.FromResult(AmountRecognizer.TryRecognize(turn.Text, turn.IsEnglish, out var amount)
            ? new PromptRecognizerResult<decimal?>(true, amount)
            : PromptRecognizerResult<decimal?>.Failed);
    }
}
