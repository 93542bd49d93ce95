using Participatie.Bot.Dialogs;
using Participatie.Bot.Dialogs.Prompts;
using Participatie.Bot.Diensten;
using Participatie.Bot.Flows;
using Participatie.Bot.Localization;
using Participatie.Bot.Recognizers;
using Participatie.Bot.Runtime;
using Participatie.Bot.Slots;
using K = Participatie.Bot.Buurtbudget.BuurtbudgetTextKeys;

namespace Participatie.Bot.Buurtbudget;

/// <summary>
/// A resident proposes a project for a buurtbudget round ("ik heb een voorstel voor het buurtbudget"): which round (when
/// more than one takes proposals), title, description, cost estimate, place and optionally a way to be reached; a
/// summary to confirm; then the Host stores it and the eligibility rules answer at once, with their reasons.
/// What the opening sentence already said (an amount, a postcode) is not asked again.
/// </summary>
public sealed class BuurtbudgetVoorstelDialog : ComponentDialog
{
    private readonly IBuurtbudgetDiensten _diensten;
    private readonly BotTexts _texts;

    public BuurtbudgetVoorstelDialog(IBuurtbudgetDiensten diensten, BotTexts texts)
        : base(nameof(BuurtbudgetVoorstelDialog))
    {
        _diensten = diensten;
        _texts = texts;
        AddDialog(new WaterfallDialog<BuurtbudgetVoorstelState>(nameof(WaterfallDialog<BuurtbudgetVoorstelState>),
        [
            RondeStepAsync,
            TitelStepAsync,
            OmschrijvingStepAsync,
            KostenStepAsync,
            PlekStepAsync,
            ContactStepAsync,
            BevestigStepAsync,
            IndienStepAsync,
        ]));
        AddDialog(new ChoicePrompt(Prompts.Ronde));
        AddDialog(new TextPrompt(Prompts.Titel, (p, _) => Task.FromResult(p.Recognized.Succeeded && (p.Recognized.Value ?? "").Trim().Length >= 3)));
        AddDialog(new TextPrompt(Prompts.Omschrijving, (p, _) => Task.FromResult(p.Recognized.Succeeded && (p.Recognized.Value ?? "").Trim().Length >= 20)));
        AddDialog(new AmountPrompt(Prompts.Kosten, allowUnknown: false, (p, _) => Task.FromResult(p.Recognized.Succeeded && p.Recognized.Value > 0)));
        AddDialog(new TextPrompt(Prompts.Plek, (p, _) => Task.FromResult(p.Recognized.Succeeded && (p.Recognized.Value ?? "").Trim().Length >= 3)));
        AddDialog(new TextPrompt(Prompts.Contact, (p, _) => Task.FromResult(p.Recognized.Succeeded && Contact(p.Recognized.Value) is not null)));
        AddDialog(new ConfirmPrompt(Prompts.Bevestig, texts));
        InitialDialogId = nameof(WaterfallDialog<BuurtbudgetVoorstelState>);
    }

    /// <summary>The state to begin with: an amount or postcode in the opening sentence is taken from the slot extractor.</summary>
    public static BuurtbudgetVoorstelState Begin(SlotResultaat slots) => new()
    {
        Kosten = slots.Waarde(SlotSoort.Bedrag) is { } bedrag ? decimal.Parse(bedrag, System.Globalization.CultureInfo.InvariantCulture) : null,
        Plek = slots.Waarde(SlotSoort.Postcode),
    };

    private async Task<DialogTurnResult> RondeStepAsync(WaterfallStepContext<BuurtbudgetVoorstelState> step, CancellationToken cancellationToken)
    {
        var rondes = await _diensten.RondesVoorVoorstellenAsync(cancellationToken);
        if (rondes.Count == 0)
        {
            await step.SendAsync(_texts.Get(step.Turn.Locale, K.BudgetNoRoundForProposals), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        if (rondes.Count == 1)
        {
            await KiesAsync(step, rondes[0], cancellationToken);
            return await step.NextAsync(null, cancellationToken);
        }

        step.State.RondeIds = [.. rondes.Select(r => r.Id)];
        var keuzes = rondes.Select(r => new Choice(r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{r.Naam} ({r.Buurt})", [r.Buurt, r.Naam])).ToList();
        return await step.PromptAsync(Prompts.Ronde, Ask.Choices(_texts, step.Turn, K.BudgetWhichRound, K.BudgetWhichRoundRetry, keuzes), cancellationToken);
    }

    private async Task<DialogTurnResult> TitelStepAsync(WaterfallStepContext<BuurtbudgetVoorstelState> step, CancellationToken cancellationToken)
    {
        if (step.Result is FoundChoice gekozen)
        {
            var rondes = await _diensten.RondesVoorVoorstellenAsync(cancellationToken);
            if (rondes.FirstOrDefault(r => r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) == gekozen.Value) is not { } ronde)
            {
                await step.SendAsync(_texts.Get(step.Turn.Locale, K.BudgetNoRoundForProposals), cancellationToken);
                return await step.EndDialogAsync(null, cancellationToken);
            }

            await KiesAsync(step, ronde, cancellationToken);
        }

        return step.State.Titel is not null
            ? await step.NextAsync(step.State.Titel, cancellationToken)
            : await step.PromptAsync(Prompts.Titel, Ask.Text(_texts, step.Turn, K.BudgetAskTitle, K.BudgetAskTitleRetry), cancellationToken);
    }

    private async Task<DialogTurnResult> OmschrijvingStepAsync(WaterfallStepContext<BuurtbudgetVoorstelState> step, CancellationToken cancellationToken)
    {
        step.State.Titel = ((string)step.Result!).Trim().TrimEnd('.');
        return await step.PromptAsync(Prompts.Omschrijving, Ask.Text(_texts, step.Turn, K.BudgetAskDescription, K.BudgetAskDescriptionRetry), cancellationToken);
    }

    private async Task<DialogTurnResult> KostenStepAsync(WaterfallStepContext<BuurtbudgetVoorstelState> step, CancellationToken cancellationToken)
    {
        step.State.Omschrijving = ((string)step.Result!).Trim();
        return step.State.Kosten is { } kosten
            ? await step.NextAsync(kosten, cancellationToken)
            : await step.PromptAsync(Prompts.Kosten, Ask.Text(_texts, step.Turn, K.BudgetAskCost, K.BudgetAskCostRetry), cancellationToken);
    }

    private async Task<DialogTurnResult> PlekStepAsync(WaterfallStepContext<BuurtbudgetVoorstelState> step, CancellationToken cancellationToken)
    {
        step.State.Kosten = step.Result as decimal?;
        return step.State.Plek is { } plek
            ? await step.NextAsync(plek, cancellationToken)
            : await step.PromptAsync(Prompts.Plek, Ask.Text(_texts, step.Turn, K.BudgetAskPlace, K.BudgetAskPlaceRetry), cancellationToken);
    }

    private async Task<DialogTurnResult> ContactStepAsync(WaterfallStepContext<BuurtbudgetVoorstelState> step, CancellationToken cancellationToken)
    {
        step.State.Plek = ((string)step.Result!).Trim();
        return await step.PromptAsync(Prompts.Contact, Ask.Text(_texts, step.Turn, K.BudgetAskContact, K.BudgetAskContactRetry), cancellationToken);
    }

    private async Task<DialogTurnResult> BevestigStepAsync(WaterfallStepContext<BuurtbudgetVoorstelState> step, CancellationToken cancellationToken)
    {
        var contact = Contact((string)step.Result!);
        step.State.Contact = contact == Geen ? null : contact;
        var s = step.State;
        return await step.PromptAsync(Prompts.Bevestig,
            Ask.Text(_texts, step.Turn, K.BudgetProposalSummary, K.BudgetProposalSummary, InputText.Quote(s.Titel!, 80), s.Kosten, InputText.Quote(s.Plek!, 80)), cancellationToken);
    }

    private async Task<DialogTurnResult> IndienStepAsync(WaterfallStepContext<BuurtbudgetVoorstelState> step, CancellationToken cancellationToken)
    {
        var locale = step.Turn.Locale;
        if (step.Result is not true)
        {
            await step.SendAsync(_texts.Get(locale, K.BudgetProposalCancelled), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var s = step.State;
        var uitkomst = await _diensten.DienVoorstelInAsync(
            new BuurtbudgetVoorstelAanvraag(s.RondeId!.Value, s.Titel!, s.Omschrijving!, s.Kosten!.Value, s.Plek, s.Contact), cancellationToken);
        var tekst = !uitkomst.Opgeslagen
            ? _texts.Format(locale, K.BudgetProposalRefused, string.Join(" ", uitkomst.Fouten))
            : uitkomst.Ontvankelijk
                ? _texts.Format(locale, K.BudgetProposalEligible, s.Titel, string.Join(" ", uitkomst.Redenen))
                : _texts.Format(locale, K.BudgetProposalNotEligible, s.Titel, string.Join(" ", uitkomst.Redenen));
        await step.SendAsync(tekst, cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }

    private async Task KiesAsync(WaterfallStepContext<BuurtbudgetVoorstelState> step, BuurtbudgetRondeInfo ronde, CancellationToken cancellationToken)
    {
        step.State.RondeId = ronde.Id;
        step.State.RondeNaam = ronde.Naam;
        await step.SendAsync(_texts.Format(step.Turn.Locale, K.BudgetProposalIntro, ronde.Naam, ronde.Budget), cancellationToken);
    }

    private const string Geen = "-";

    /// <summary>An e-mail address or phone number, <see cref="Geen"/> for "nee"/"no", null when it is neither.</summary>
    private static string? Contact(string? tekst)
    {
        if (ConfirmRecognizer.Recognize(tekst) == false)
        {
            return Geen;
        }

        if (ContactRecognizer.TryRecognizeEmail(tekst, out var email))
        {
            return email;
        }

        return ContactRecognizer.TryRecognizePhone(tekst, out var telefoon) ? telefoon : null;
    }

    private static class Prompts
    {
        public const string Ronde = "buurtbudget-ronde";
        public const string Titel = "buurtbudget-titel";
        public const string Omschrijving = "buurtbudget-omschrijving";
        public const string Kosten = "buurtbudget-kosten";
        public const string Plek = "buurtbudget-plek";
        public const string Contact = "buurtbudget-contact";
        public const string Bevestig = "buurtbudget-bevestig";
    }
}
