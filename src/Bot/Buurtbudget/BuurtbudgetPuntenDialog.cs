using System.Globalization;
using System.Text;
using Participatie.Bot.Dialogs;
using Participatie.Bot.Dialogs.Prompts;
using Participatie.Bot.Diensten;
using Participatie.Bot.Flows;
using Participatie.Bot.Localization;
using K = Participatie.Bot.Buurtbudget.BuurtbudgetTextKeys;
using P = Participatie.Bot.Buurtbudget.BuurtbudgetPuntenTextKeys;

namespace Participatie.Bot.Buurtbudget;

/// <summary>
/// The points ballot in the chat, step by step in text: the ballot with the points to distribute, then one message at a
/// time ("3 punten voor project 2", "0 voor 2" takes them back), each answered with what was set and the running total;
/// "klaar" checks the whole ballot with the Host's own rules (as the page), asks for confirmation and casts it through
/// the same service and storage as the page. Started by <see cref="BuurtbudgetStemDialog"/> once the code (and birth year) is known.
/// </summary>
public sealed class BuurtbudgetPuntenDialog : ComponentDialog
{
    private readonly IBuurtbudgetDiensten _diensten;
    private readonly BotTexts _texts;

    public BuurtbudgetPuntenDialog(IBuurtbudgetDiensten diensten, BotTexts texts)
        : base(nameof(BuurtbudgetPuntenDialog))
    {
        _diensten = diensten;
        _texts = texts;
        AddDialog(new WaterfallDialog<BuurtbudgetPuntenState>(nameof(WaterfallDialog<BuurtbudgetPuntenState>),
        [
            VraagStepAsync,
            VerwerkStepAsync,
            StemStepAsync,
        ]));
        AddDialog(new TextPrompt(Prompts.Punten, (p, _) => Task.FromResult(p.Recognized.Succeeded && !string.IsNullOrWhiteSpace(p.Recognized.Value))));
        AddDialog(new ConfirmPrompt(Prompts.Bevestig, texts));
        InitialDialogId = nameof(WaterfallDialog<BuurtbudgetPuntenState>);
    }

    private async Task<DialogTurnResult> VraagStepAsync(WaterfallStepContext<BuurtbudgetPuntenState> step, CancellationToken cancellationToken)
    {
        var locale = step.Turn.Locale;
        var biljet = await _diensten.StembiljetAsync(step.State.Code!, cancellationToken);
        if (biljet?.PuntenPerKiezer is not { } totaal)
        {
            await step.SendAsync(_texts.Get(locale, K.BudgetCodeUnknown), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        if (!step.State.Getoond)
        {
            step.State.Getoond = true;
            var culture = BotTexts.Culture(locale);
            var regels = new StringBuilder();
            foreach (var p in biljet.Projecten)
            {
                regels.Append(CultureInfo.InvariantCulture, $"{p.Code}. {p.Titel} — {p.Kosten.ToString("C0", culture)}\n");
            }

            var grenzen = new List<string>();
            if (biljet.MaxPuntenPerProject is { } perProject && perProject < totaal)
            {
                grenzen.Add(_texts.Format(locale, P.BudgetPointsLimitPerProject, perProject));
            }

            if (biljet.MaxProjecten is { } max)
            {
                grenzen.Add(_texts.Format(locale, K.BudgetBallotLimitCount, max));
            }

            if (biljet.MaxBedrag is { } maxBedrag)
            {
                grenzen.Add(_texts.Format(locale, K.BudgetBallotLimitAmount, maxBedrag));
            }

            await step.SendAsync(_texts.Format(locale, P.BudgetPointsBallot, biljet.Naam, totaal, string.Join(" ", grenzen), regels.ToString().TrimEnd()), cancellationToken);
        }

        return await step.PromptAsync(Prompts.Punten, Ask.Text(_texts, step.Turn, P.BudgetPointsAsk, P.BudgetPointsAskRetry), cancellationToken);
    }

    private async Task<DialogTurnResult> VerwerkStepAsync(WaterfallStepContext<BuurtbudgetPuntenState> step, CancellationToken cancellationToken)
    {
        var locale = step.Turn.Locale;
        var tekst = step.Result as string;
        var biljet = await _diensten.StembiljetAsync(step.State.Code!, cancellationToken);
        if (biljet?.PuntenPerKiezer is not { } totaal)
        {
            await step.SendAsync(_texts.Get(locale, K.BudgetCodeUnknown), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var punten = step.State.Punten;
        if (BuurtbudgetPuntenTekst.IsKlaar(tekst))
        {
            if (punten.Count == 0)
            {
                await step.SendAsync(_texts.Format(locale, P.BudgetPointsNone, totaal), cancellationToken);
                return await step.ReplaceDialogAsync(step.State, cancellationToken);
            }

            var fouten = await _diensten.ControleerPuntenAsync(biljet.RondeId, punten, cancellationToken);
            if (fouten.Count > 0)
            {
                await step.SendAsync(_texts.Format(locale, K.BudgetBallotInvalid, string.Join(" ", fouten)), cancellationToken);
                return await step.ReplaceDialogAsync(step.State, cancellationToken);
            }

            var regels = biljet.Projecten.Where(p => punten.ContainsKey(p.Code)).Select(p => $"{p.Code}. {p.Titel}: {punten[p.Code]}");
            return await step.PromptAsync(Prompts.Bevestig,
                Ask.Text(_texts, step.Turn, P.BudgetPointsConfirm, P.BudgetPointsConfirm, string.Join("; ", regels), punten.Values.Sum(), totaal), cancellationToken);
        }

        if (BuurtbudgetPuntenTekst.IsOpnieuw(tekst))
        {
            punten.Clear();
            await step.SendAsync(_texts.Format(locale, P.BudgetPointsCleared, totaal), cancellationToken);
            return await step.ReplaceDialogAsync(step.State, cancellationToken);
        }

        var toekenningen = BuurtbudgetPuntenTekst.Lees(tekst);
        if (toekenningen.Count == 0)
        {
            await step.SendAsync(_texts.Get(locale, P.BudgetPointsNotUnderstood), cancellationToken);
            return await step.ReplaceDialogAsync(step.State, cancellationToken);
        }

        var antwoord = new List<string>();
        var perProject = biljet.MaxPuntenPerProject ?? totaal;
        foreach (var (code, aantal) in toekenningen)
        {
            var project = biljet.Projecten.FirstOrDefault(p => p.Code == code);
            if (project is null)
            {
                antwoord.Add(_texts.Format(locale, P.BudgetPointsUnknownProject, code));
            }
            else if (aantal < 0 || aantal != decimal.Truncate(aantal))
            {
                antwoord.Add(_texts.Format(locale, P.BudgetPointsNotWhole, project.Titel, aantal));
            }
            else if (aantal > perProject)
            {
                antwoord.Add(_texts.Format(locale, P.BudgetPointsOverProjectMax, project.Titel, perProject));
            }
            else if (punten.Where(p => p.Key != code).Sum(p => p.Value) + aantal > totaal)
            {
                antwoord.Add(_texts.Format(locale, P.BudgetPointsOverTotal, project.Titel, aantal, totaal - punten.Where(p => p.Key != code).Sum(p => p.Value)));
            }
            else if (aantal == 0)
            {
                punten.Remove(code);
                antwoord.Add(_texts.Format(locale, P.BudgetPointsRemoved, project.Code, project.Titel));
            }
            else
            {
                punten[code] = (int)aantal;
                antwoord.Add(_texts.Format(locale, P.BudgetPointsSet, project.Code, project.Titel, (int)aantal));
            }
        }

        var verdeeld = punten.Values.Sum();
        antwoord.Add(_texts.Format(locale, P.BudgetPointsTotal, verdeeld, totaal, totaal - verdeeld));
        await step.SendAsync(string.Join("\n", antwoord), cancellationToken);
        return await step.ReplaceDialogAsync(step.State, cancellationToken);
    }

    private async Task<DialogTurnResult> StemStepAsync(WaterfallStepContext<BuurtbudgetPuntenState> step, CancellationToken cancellationToken)
    {
        var locale = step.Turn.Locale;
        if (step.Result is not true)
        {
            await step.SendAsync(_texts.Get(locale, K.BudgetVoteCancelled), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var resultaat = await _diensten.StemMetPuntenAsync(step.State.RondeId!.Value, step.State.Code!, step.State.Punten, step.State.Geboortejaar, cancellationToken);
        await BuurtbudgetStemUitslag.MeldAsync(step.Turn, _texts, _diensten, step.State.Code!, resultaat, P.BudgetPointsNotUnderstood, cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }

    private static class Prompts
    {
        public const string Punten = "buurtbudget-punten";
        public const string Bevestig = "buurtbudget-punten-bevestig";
    }
}
