using System.Text;
using Participatie.Bot.Dialogs;
using Participatie.Bot.Dialogs.Prompts;
using Participatie.Bot.Diensten;
using Participatie.Bot.Localization;
using Participatie.Bot.Recognizers;
using Participatie.Bot.Runtime;

namespace Participatie.Bot.Flows;

/// <summary>
/// Status: lists the resident's initiatives with their current step — by reference number, or the ones
/// started in this conversation or by this user. Asks for a reference number when it knows none.
/// </summary>
public sealed class StatusDialog : ComponentDialog
{
    private readonly IParticipatieDiensten _diensten;
    private readonly BotTexts _texts;

    public StatusDialog(IParticipatieDiensten diensten, BotTexts texts)
        : base(nameof(StatusDialog))
    {
        _diensten = diensten;
        _texts = texts;

        AddDialog(new WaterfallDialog<StatusState>(nameof(WaterfallDialog<StatusState>),
        [
            ZoekStepAsync,
            ReferentieStepAsync,
            ToonStepAsync,
        ]));
        AddDialog(new TextPrompt(Prompts.Referentie, ReferentieValidatorAsync));
        InitialDialogId = nameof(WaterfallDialog<StatusState>);
    }

    private async Task<DialogTurnResult> ZoekStepAsync(WaterfallStepContext<StatusState> step, CancellationToken cancellationToken)
    {
        var gevonden = await ZoekAsync(step, cancellationToken);
        return await step.NextAsync(gevonden, cancellationToken);
    }

    private async Task<DialogTurnResult> ReferentieStepAsync(WaterfallStepContext<StatusState> step, CancellationToken cancellationToken)
    {
        if (step.Result is IReadOnlyList<InitiatiefOverzicht> { Count: > 0 } gevonden)
        {
            return await step.NextAsync(gevonden, cancellationToken);
        }

        if (step.State.Referenties.Count > 0)
        {
            await step.SendAsync(_texts.Format(step.Turn.Locale, TextKeys.StatusNotFound, string.Join(", ", step.State.Referenties)), cancellationToken);
        }

        var options = Ask.Text(_texts, step.Turn, TextKeys.StatusReferencePrompt, TextKeys.StatusReferenceRetry, Voorbeelden.Referentie(step.Turn))
            .WithSuggestions(_texts.Get(step.Turn.Locale, TextKeys.DontKnow));
        return await step.PromptAsync(Prompts.Referentie, options, cancellationToken);
    }

    private async Task<DialogTurnResult> ToonStepAsync(WaterfallStepContext<StatusState> step, CancellationToken cancellationToken)
    {
        var locale = step.Turn.Locale;
        IReadOnlyList<InitiatiefOverzicht>? gevonden = step.Result as IReadOnlyList<InitiatiefOverzicht>;
        if (step.Result is string antwoord)
        {
            if (!ReferenceRecognizer.TryRecognize(antwoord, out var referentie))
            {
                await step.SendAsync(_texts.Get(locale, TextKeys.StatusNoReference), cancellationToken);
                return await step.EndDialogAsync(null, cancellationToken);
            }

            step.State.Referenties = [referentie];
            gevonden = await ZoekAsync(step, cancellationToken);
            if (gevonden.Count == 0)
            {
                await step.SendAsync(_texts.Format(locale, TextKeys.StatusNotFound, referentie), cancellationToken);
                return await step.EndDialogAsync(null, cancellationToken);
            }
        }

        if (gevonden is null || gevonden.Count == 0)
        {
            await step.SendAsync(_texts.Get(locale, TextKeys.StatusNoReference), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var culture = BotTexts.Culture(locale);
        var builder = new StringBuilder(_texts.Get(locale, gevonden.Count == 1 ? TextKeys.StatusHeaderOne : TextKeys.StatusHeaderMany));
        foreach (var initiatief in gevonden.Take(10))
        {
            builder.AppendLine().AppendLine()
                .Append("• ").Append(initiatief.Referentie).Append(" — ").AppendLine(InputText.Quote(initiatief.Titel, 80))
                .Append("   ").Append(_texts.Format(locale, TextKeys.StatusStep, initiatief.HuidigeStap));
            if (initiatief.LaatstGewijzigd is { } gewijzigd)
            {
                builder.Append(' ').Append(_texts.Format(locale, TextKeys.StatusUpdated, gewijzigd.ToString("d MMMM yyyy", culture)));
            }
        }

        await step.SendAsync(builder.ToString(), cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }

    private async Task<IReadOnlyList<InitiatiefOverzicht>> ZoekAsync(WaterfallStepContext<StatusState> step, CancellationToken cancellationToken)
    {
        var activity = step.Turn.Activity;
        var vraag = new InitiatiefZoekvraag(step.State.Referenties, activity.From?.Id, activity.Conversation?.Id, BotLocale.Language(step.Turn.Locale));
        return await _diensten.ZoekInitiatievenAsync(vraag, cancellationToken);
    }

    private static Task<bool> ReferentieValidatorAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken) =>
        Task.FromResult(prompt.Recognized.Succeeded
            && (ReferenceRecognizer.TryRecognize(prompt.Recognized.Value, out _) || UnknownRecognizer.IsUnknown(prompt.Recognized.Value)));

    private static class Prompts
    {
        public const string Referentie = "referentie";
    }
}
