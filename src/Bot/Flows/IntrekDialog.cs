using Participatie.Bot.Dialogs;
using Participatie.Bot.Dialogs.Prompts;
using Participatie.Bot.Diensten;
using Participatie.Bot.Localization;
using Participatie.Bot.Recognizers;
using Participatie.Bot.Runtime;

namespace Participatie.Bot.Flows;

/// <summary>
/// A resident withdraws their initiative ("ik wil mijn initiatief intrekken"): which one (the one started in
/// this conversation, or by reference), a confirmation, then the domain stops its handling.
/// </summary>
public sealed class IntrekDialog : ComponentDialog
{
    private readonly IParticipatieDiensten _diensten;
    private readonly BotTexts _texts;

    public IntrekDialog(IParticipatieDiensten diensten, BotTexts texts)
        : base(nameof(IntrekDialog))
    {
        _diensten = diensten;
        _texts = texts;

        AddDialog(new WaterfallDialog<IntrekState>(nameof(WaterfallDialog<IntrekState>),
        [
            KiesStepAsync,
            BevestigStepAsync,
            UitvoerStepAsync,
        ]));
        AddDialog(new TextPrompt(Prompts.Referentie, ReferentieValidatorAsync));
        AddDialog(new ConfirmPrompt(Prompts.Bevestig, texts));
        InitialDialogId = nameof(WaterfallDialog<IntrekState>);
    }

    private async Task<DialogTurnResult> KiesStepAsync(WaterfallStepContext<IntrekState> step, CancellationToken cancellationToken)
    {
        if (step.State.Referentie is not null)
        {
            return await step.NextAsync(step.State.Referentie, cancellationToken);
        }

        var hier = await ZoekAsync(step, [], cancellationToken);
        if (hier.Count == 1)
        {
            return await step.NextAsync(hier[0].Referentie, cancellationToken);
        }

        return await step.PromptAsync(Prompts.Referentie, Ask.Text(_texts, step.Turn, TextKeys.WithdrawWhich, TextKeys.StatusReferenceRetry, Voorbeelden.Referentie(step.Turn)), cancellationToken);
    }

    private async Task<DialogTurnResult> BevestigStepAsync(WaterfallStepContext<IntrekState> step, CancellationToken cancellationToken)
    {
        var locale = step.Turn.Locale;
        if (step.Result is not string antwoord || !ReferenceRecognizer.TryRecognize(antwoord, out var referentie))
        {
            await step.SendAsync(_texts.Format(locale, TextKeys.WithdrawNotFound, InputText.Quote(step.Result as string ?? "", 40)), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        // Only initiatives started in this conversation can be withdrawn here.
        var gevonden = (await ZoekAsync(step, [referentie], cancellationToken)).FirstOrDefault(i => i.Referentie == referentie);
        if (gevonden is null)
        {
            await step.SendAsync(_texts.Format(locale, TextKeys.WithdrawNotFound, referentie), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        step.State.Referentie = referentie;
        step.State.Titel = gevonden.Titel;
        return await step.PromptAsync(Prompts.Bevestig,
            Ask.Text(_texts, step.Turn, TextKeys.WithdrawConfirm, TextKeys.ConfirmRetry, referentie, InputText.Quote(gevonden.Titel, 80)), cancellationToken);
    }

    private async Task<DialogTurnResult> UitvoerStepAsync(WaterfallStepContext<IntrekState> step, CancellationToken cancellationToken)
    {
        var locale = step.Turn.Locale;
        var referentie = step.State.Referentie!;
        if (step.Result is not true)
        {
            await step.SendAsync(_texts.Format(locale, TextKeys.WithdrawKept, referentie), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var activity = step.Turn.Activity;
        var resultaat = await _diensten.TrekInitiatiefInAsync(new IntrekVerzoek(referentie, activity.From?.Id, activity.Conversation?.Id), cancellationToken);
        var key = resultaat switch
        {
            IntrekResultaat.Ingetrokken => TextKeys.WithdrawDone,
            IntrekResultaat.NietMogelijk => TextKeys.WithdrawNotPossible,
            _ => TextKeys.WithdrawNotFound,
        };
        await step.SendAsync(_texts.Format(locale, key, referentie), cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }

    private async Task<IReadOnlyList<InitiatiefOverzicht>> ZoekAsync(WaterfallStepContext<IntrekState> step, IReadOnlyList<string> referenties, CancellationToken cancellationToken)
    {
        var activity = step.Turn.Activity;
        var resultaten = await _diensten.ZoekInitiatievenAsync(
            new InitiatiefZoekvraag(referenties, activity.From?.Id, activity.Conversation?.Id, BotLocale.Language(step.Turn.Locale)), cancellationToken);
        return resultaten;
    }

    private static Task<bool> ReferentieValidatorAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken) =>
        Task.FromResult(prompt.Recognized.Succeeded && ReferenceRecognizer.TryRecognize(prompt.Recognized.Value, out _));

    private static class Prompts
    {
        public const string Referentie = "intrek-referentie";
        public const string Bevestig = "intrek-bevestig";
    }
}
