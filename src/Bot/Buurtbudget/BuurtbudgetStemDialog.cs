using System.Globalization;
using System.Text;
using Participatie.Bot.Dialogs;
using Participatie.Bot.Dialogs.Prompts;
using Participatie.Bot.Diensten;
using Participatie.Bot.Flows;
using Participatie.Bot.Localization;
using Participatie.Bot.Recognizers;
using Participatie.Bot.Runtime;
using K = Participatie.Bot.Buurtbudget.BuurtbudgetTextKeys;

namespace Participatie.Bot.Buurtbudget;

/// <summary>
/// Voting in the chat: the code from the letter, the ballot as a numbered list with the round's limits, the numbers
/// of the projects the resident supports, a check against the limits (the Host's own, as on the voting page), a
/// confirmation, then the ballot is cast — the same service and storage as the page, so a vote here and one on the page
/// with the same code replace each other.
/// </summary>
public sealed class BuurtbudgetStemDialog : ComponentDialog
{
    private readonly IBuurtbudgetDiensten _diensten;
    private readonly BotTexts _texts;

    public BuurtbudgetStemDialog(IBuurtbudgetDiensten diensten, BotTexts texts)
        : base(nameof(BuurtbudgetStemDialog))
    {
        _diensten = diensten;
        _texts = texts;
        AddDialog(new WaterfallDialog<BuurtbudgetStemState>(nameof(WaterfallDialog<BuurtbudgetStemState>),
        [
            CodeStepAsync,
            LeeftijdStepAsync,
            BiljetStepAsync,
            KeuzeStepAsync,
            StemStepAsync,
        ]));
        AddDialog(new TextPrompt(Prompts.Code, (p, _) => Task.FromResult(p.Recognized.Succeeded && BuurtbudgetRecognizer.Code(p.Recognized.Value) is not null)));
        AddDialog(new BuurtbudgetKeuzePrompt(Prompts.Keuze));
        AddDialog(new TextPrompt(Prompts.Geboortejaar, (p, _) => Task.FromResult(p.Recognized.Succeeded && Jaar(p.Recognized.Value, p.Turn.Today.Year) is not null)));
        AddDialog(new ConfirmPrompt(Prompts.Bevestig, texts));
        AddDialog(new BuurtbudgetPuntenDialog(diensten, texts));
        InitialDialogId = nameof(WaterfallDialog<BuurtbudgetStemState>);
    }

    // Ballot secrecy: every turn this dialog takes part in — the opening sentence that may hold the code, the code, the
    // birth year, the choices, the card's submit, the confirmation, a reprompt or a "stop" — is marked confidential, so the
    // Host keeps neither the code nor the choices in the transcript beyond delivery (Vertrouwelijkheid).
    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        dc.Turn.MarkConfidential();
        return base.BeginDialogAsync(dc, options, cancellationToken);
    }

    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        dc.Turn.MarkConfidential();
        return base.ContinueDialogAsync(dc, cancellationToken);
    }

    public override Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        dc.Turn.MarkConfidential();
        return base.ResumeDialogAsync(dc, reason, result, cancellationToken);
    }

    public override Task RepromptDialogAsync(DialogContext dc, DialogInstance instance, CancellationToken cancellationToken)
    {
        dc.Turn.MarkConfidential();
        return base.RepromptDialogAsync(dc, instance, cancellationToken);
    }

    public override Task EndDialogAsync(DialogContext dc, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken)
    {
        dc.Turn.MarkConfidential();
        return base.EndDialogAsync(dc, instance, reason, cancellationToken);
    }

    /// <summary>The state to begin with: a code typed in the opening sentence is used at once.</summary>
    public static BuurtbudgetStemState Begin(string? tekst) => new() { Code = BuurtbudgetRecognizer.Code(tekst) };

    private async Task<DialogTurnResult> CodeStepAsync(WaterfallStepContext<BuurtbudgetStemState> step, CancellationToken cancellationToken) =>
        step.State.Code is { } code
            ? await step.NextAsync(code, cancellationToken)
            : await step.PromptAsync(Prompts.Code, Ask.Text(_texts, step.Turn, K.BudgetAskCode, K.BudgetAskCodeRetry), cancellationToken);

    /// <summary>The code's round; when it has a minimum age, the birth year (self-declared: codes go to households).</summary>
    private async Task<DialogTurnResult> LeeftijdStepAsync(WaterfallStepContext<BuurtbudgetStemState> step, CancellationToken cancellationToken)
    {
        var code = BuurtbudgetRecognizer.Code(step.Result as string)!;
        var biljet = await _diensten.StembiljetAsync(code, cancellationToken);
        if (biljet is null)
        {
            await step.SendAsync(_texts.Get(step.Turn.Locale, K.BudgetCodeUnknown), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        step.State.Code = code;
        step.State.RondeId = biljet.RondeId;
        return biljet.MinimumLeeftijd is { } minimum && step.State.Geboortejaar is null
            ? await step.PromptAsync(Prompts.Geboortejaar, Ask.Text(_texts, step.Turn, K.BudgetAskBirthYear, K.BudgetAskBirthYearRetry, minimum), cancellationToken)
            : await step.NextAsync(null, cancellationToken);
    }

    private async Task<DialogTurnResult> BiljetStepAsync(WaterfallStepContext<BuurtbudgetStemState> step, CancellationToken cancellationToken)
    {
        var locale = step.Turn.Locale;
        var biljet = await _diensten.StembiljetAsync(step.State.Code!, cancellationToken);
        if (biljet is null)
        {
            await step.SendAsync(_texts.Get(locale, K.BudgetCodeUnknown), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        if (step.Result is string antwoord)
        {
            step.State.Geboortejaar = Jaar(antwoord, step.Turn.Today.Year);
        }

        if (biljet.MinimumLeeftijd is { } minimum && step.Turn.Today.Year - step.State.Geboortejaar < minimum)
        {
            await step.SendAsync(_texts.Format(locale, K.BudgetTooYoung, minimum), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        if (biljet.PuntenPerKiezer is not null)
        {
            // A points round: its own step-by-step ballot (BuurtbudgetPuntenDialog).
            return await step.Context.ReplaceDialogAsync(nameof(BuurtbudgetPuntenDialog),
                new BuurtbudgetPuntenState { Code = step.State.Code, RondeId = biljet.RondeId, Geboortejaar = step.State.Geboortejaar }, cancellationToken);
        }

        var culture = BotTexts.Culture(locale);
        var regels = new StringBuilder();
        foreach (var p in biljet.Projecten)
        {
            regels.Append(CultureInfo.InvariantCulture, $"{p.Code}. {p.Titel} — {p.Kosten.ToString("C0", culture)}\n");
        }

        var grenzen = new List<string>();
        if (biljet.MaxProjecten is { } max)
        {
            grenzen.Add(_texts.Format(locale, K.BudgetBallotLimitCount, max));
        }

        if (biljet.MaxBedrag is { } maxBedrag)
        {
            grenzen.Add(_texts.Format(locale, K.BudgetBallotLimitAmount, maxBedrag));
        }

        var grens = grenzen.Count == 0 ? _texts.Get(locale, K.BudgetBallotNoLimit) : string.Join(" ", grenzen);
        var vraag = Ask.Text(_texts, step.Turn, K.BudgetBallot, K.BudgetBallotRetry, biljet.Naam, grens, regels.ToString().TrimEnd());
        MetStemkaart(vraag, step.Turn, biljet, grens);
        return await step.PromptAsync(Prompts.Keuze, vraag, cancellationToken);
    }

    private async Task<DialogTurnResult> KeuzeStepAsync(WaterfallStepContext<BuurtbudgetStemState> step, CancellationToken cancellationToken)
    {
        if (BuurtbudgetStemkaart.Keuze(step.Turn.Activity) is { } kaartkeuze)
        {
            return await KaartStemAsync(step, kaartkeuze, cancellationToken);
        }

        var locale = step.Turn.Locale;
        var keuze = NumberRecognizer.AllIntegers(step.Result as string).Select(n => n.ToString(CultureInfo.InvariantCulture)).ToList();
        var fouten = await _diensten.ControleerAsync(step.State.RondeId!.Value, keuze, cancellationToken);
        if (fouten.Count > 0)
        {
            // Show why, then the ballot again: the code is kept, so the resident does not type it twice.
            await step.SendAsync(_texts.Format(locale, K.BudgetBallotInvalid, string.Join(" ", fouten)), cancellationToken);
            return await step.ReplaceDialogAsync(new BuurtbudgetStemState { Code = step.State.Code, Geboortejaar = step.State.Geboortejaar }, cancellationToken);
        }

        var biljet = await _diensten.StembiljetAsync(step.State.Code!, cancellationToken);
        var gekozen = biljet?.Projecten.Where(p => keuze.Contains(p.Code)).ToList() ?? [];
        step.State.Keuze = keuze;
        step.State.Totaal = gekozen.Sum(p => p.Kosten);
        var namen = string.Join(", ", gekozen.Select(p => $"{p.Code}. {p.Titel}"));
        return await step.PromptAsync(Prompts.Bevestig,
            Ask.Text(_texts, step.Turn, K.BudgetConfirmVote, K.BudgetConfirmVote, namen, step.State.Totaal), cancellationToken);
    }

    private async Task<DialogTurnResult> StemStepAsync(WaterfallStepContext<BuurtbudgetStemState> step, CancellationToken cancellationToken)
    {
        var locale = step.Turn.Locale;
        if (step.Result is not true)
        {
            await step.SendAsync(_texts.Get(locale, K.BudgetVoteCancelled), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var resultaat = await _diensten.StemAsync(step.State.RondeId!.Value, step.State.Code!, step.State.Keuze, step.State.Geboortejaar, cancellationToken);
        await BuurtbudgetStemUitslag.MeldAsync(step.Turn, _texts, _diensten, step.State.Code!, resultaat, K.BudgetCodeUnknown, cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }

    /// <summary>On channels that render Adaptive Cards the text ballot comes with the card (and so does its repetition after a wrong answer).</summary>
    private void MetStemkaart(PromptOptions vraag, TurnContext turn, BuurtbudgetStembiljet biljet, string grens)
    {
        if (!BuurtbudgetStemkaart.KanKaarten(turn.Activity))
        {
            return;
        }

        var kaart = BuurtbudgetStemkaart.Maak(biljet, grens, _texts, turn.Locale);
        vraag.Prompt!.Attachments = [kaart];
        vraag.RetryPrompt!.Attachments = [kaart];
    }

    /// <summary>
    /// The card's submit: the resident pressed "Stem versturen", so the ballot is cast without a further question. The
    /// same checks as the page — the round's limits (<see cref="IBuurtbudgetDiensten.ControleerAsync"/>), then the
    /// service that stores it refuses a closed round — each with its own message; a refused ballot comes back, the code kept.
    /// </summary>
    private async Task<DialogTurnResult> KaartStemAsync(WaterfallStepContext<BuurtbudgetStemState> step, IReadOnlyList<string> keuze, CancellationToken cancellationToken)
    {
        var locale = step.Turn.Locale;
        var opnieuw = new BuurtbudgetStemState { Code = step.State.Code, Geboortejaar = step.State.Geboortejaar };
        if (BuurtbudgetStemkaart.Ronde(step.Turn.Activity) != step.State.RondeId)
        {
            // A card of an earlier ballot in this conversation (another code, another round): not this ballot.
            await step.SendAsync(_texts.Get(locale, K.BudgetCardExpired), cancellationToken);
            return await step.ReplaceDialogAsync(opnieuw, cancellationToken);
        }

        var fouten = await _diensten.ControleerAsync(step.State.RondeId!.Value, keuze, cancellationToken);
        if (fouten.Count > 0)
        {
            await step.SendAsync(_texts.Format(locale, K.BudgetBallotInvalid, string.Join(" ", fouten)), cancellationToken);
            return await step.ReplaceDialogAsync(opnieuw, cancellationToken);
        }

        var biljet = await _diensten.StembiljetAsync(step.State.Code!, cancellationToken);
        var gekozen = biljet?.Projecten.Where(p => keuze.Contains(p.Code)).ToList() ?? [];
        var resultaat = await _diensten.StemAsync(step.State.RondeId!.Value, step.State.Code!, keuze, step.State.Geboortejaar, cancellationToken);
        if (resultaat is BuurtbudgetStemResultaat.Geteld or BuurtbudgetStemResultaat.Vervangen)
        {
            await step.SendAsync(_texts.Format(locale, K.BudgetCardChoice, BuurtbudgetStemkaart.Samenvatting(gekozen), gekozen.Sum(p => p.Kosten)), cancellationToken);
        }

        await BuurtbudgetStemUitslag.MeldAsync(step.Turn, _texts, _diensten, step.State.Code!, resultaat, K.BudgetCodeUnknown, cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }

    /// <summary>A four-digit year between 130 years ago and this year.</summary>
    private static int? Jaar(string? tekst, int ditJaar) =>
        System.Text.RegularExpressions.Regex.Matches(tekst ?? "", @"\b\d{4}\b").Select(m => int.Parse(m.Value, CultureInfo.InvariantCulture))
            .Where(j => j >= ditJaar - 130 && j <= ditJaar).Select(j => (int?)j).FirstOrDefault();

    private static class Prompts
    {
        public const string Geboortejaar = "buurtbudget-geboortejaar";
        public const string Code = "buurtbudget-stemcode";
        public const string Keuze = "buurtbudget-keuze";
        public const string Bevestig = "buurtbudget-stem-bevestig";
    }
}
