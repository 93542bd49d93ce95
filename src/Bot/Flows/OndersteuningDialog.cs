using Participatie.Bot.Dialogs;
using Participatie.Bot.Dialogs.Prompts;
using Participatie.Bot.Diensten;
using Participatie.Bot.Localization;
using Participatie.Bot.Recognizers;
using Participatie.Bot.Runtime;

namespace Participatie.Bot.Flows;

/// <summary>
/// "Welke ondersteuning kan ik krijgen?": uses an existing initiative, or asks only what the support rules
/// need (as listed by <see cref="IParticipatieDiensten.BenodigdeGegevensAsync"/>), has the rules evaluated and
/// answers per support type yes/no with the reasons. Start it with an <see cref="OndersteuningState"/> or nothing.
/// </summary>
public sealed class OndersteuningDialog : ComponentDialog
{
    private const string NieuwIdee = "nieuw";

    private readonly IParticipatieDiensten _diensten;
    private readonly BotTexts _texts;

    public OndersteuningDialog(IParticipatieDiensten diensten, BotTexts texts)
        : base(nameof(OndersteuningDialog))
    {
        _diensten = diensten;
        _texts = texts;

        AddDialog(new WaterfallDialog<OndersteuningState>(nameof(WaterfallDialog<OndersteuningState>),
        [
            KeuzeStepAsync,
            BenodigdStepAsync,
            PostcodeStepAsync,
            VoorOfMetStepAsync,
            CommercieelStepAsync,
            BedragStepAsync,
            EigenBijdrageStepAsync,
            AantalStepAsync,
            StartdatumStepAsync,
            BeoordeelStepAsync,
        ]));
        AddDialog(new ChoicePrompt(Prompts.Keuze));
        AddDialog(new TextPrompt(Prompts.Postcode));
        AddDialog(new ConfirmPrompt(Prompts.VoorOfMet, texts));
        AddDialog(new ConfirmPrompt(Prompts.Commercieel, texts));
        AddDialog(new ConfirmPrompt(Prompts.EigenBijdrage, texts));
        AddDialog(new AmountPrompt(Prompts.Bedrag, allowUnknown: true));
        AddDialog(new NumberPrompt(Prompts.Aantal, AantalValidatorAsync));
        AddDialog(new DatePrompt(Prompts.Datum));
        InitialDialogId = nameof(WaterfallDialog<OndersteuningState>);
    }

    private async Task<DialogTurnResult> KeuzeStepAsync(WaterfallStepContext<OndersteuningState> step, CancellationToken cancellationToken)
    {
        var state = step.State;
        if (state.Referentie is not null || state.NieuwIdee || state.BekendeReferenties.Count == 0)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        var choices = state.BekendeReferenties.Take(5)
            .Select(r => new Choice(r, _texts.Format(step.Turn.Locale, TextKeys.SupportForInitiative, r), [r]))
            .Append(new Choice(NieuwIdee, _texts.Get(step.Turn.Locale, TextKeys.SupportForNewIdea), ["nieuw", "ander idee", "new", "other"]))
            .ToList();
        return await step.PromptAsync(Prompts.Keuze, Ask.Choices(_texts, step.Turn, TextKeys.SupportWhichPrompt, TextKeys.SupportWhichRetry, choices), cancellationToken);
    }

    private async Task<DialogTurnResult> BenodigdStepAsync(WaterfallStepContext<OndersteuningState> step, CancellationToken cancellationToken)
    {
        if (step.Result is FoundChoice keuze)
        {
            if (keuze.Value == NieuwIdee)
            {
                step.State.NieuwIdee = true;
            }
            else
            {
                step.State.Referentie = keuze.Value;
            }
        }

        if (step.State.Referentie is not null)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        if (step.State.Benodigd is not null)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        var benodigd = await _diensten.BenodigdeGegevensAsync(cancellationToken);
        step.State.Benodigd = [.. benodigd.Distinct().Order()];
        await step.SendAsync(_texts.Get(step.Turn.Locale, TextKeys.SupportIntro), cancellationToken);
        return await step.NextAsync(null, cancellationToken);
    }

    private async Task<DialogTurnResult> PostcodeStepAsync(WaterfallStepContext<OndersteuningState> step, CancellationToken cancellationToken)
    {
        if (!step.State.Nodig(OndersteuningsGegeven.Postcode) || step.State.Postcode is not null || step.State.BuurtCode is not null)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        if (step.State.PlaatsMislukt >= 2)
        {
            // Never a third time the same question: the rules answer without a buurt, and the intake can find it later.
            await step.SendAsync(_texts.Get(step.Turn.Locale, TextKeys.SupportPlaceSkipped), cancellationToken);
            return await step.NextAsync(null, cancellationToken);
        }

        return await step.PromptAsync(Prompts.Postcode, Ask.Text(_texts, step.Turn, TextKeys.SupportPostcodePrompt, TextKeys.SupportPostcodeRetry), cancellationToken);
    }

    private async Task<DialogTurnResult> VoorOfMetStepAsync(WaterfallStepContext<OndersteuningState> step, CancellationToken cancellationToken)
    {
        if (step.Result is string plaats)
        {
            if (PostcodeRecognizer.TryRecognize(plaats, out var postcode))
            {
                step.State.Postcode = postcode;
                var buurten = await _diensten.ZoekBuurtenAsync(postcode, cancellationToken);
                step.State.BuurtCode = buurten.Count > 0 ? buurten[0].Code : null;
                step.State.BuurtNaam = buurten.Count > 0 ? buurten[0].Naam : null;
            }
            else
            {
                // A buurt name is as good as a postcode here, as it is in the intake.
                var naam = new Slots.SlotExtractor(_diensten.Hulpsoorten).Extract(plaats, step.Turn.Today, BotLocale.Language(step.Turn.Locale) == "en")
                    .Waarde(Slots.SlotSoort.Plaats) ?? plaats;
                var buurten = await _diensten.ZoekBuurtenAsync(naam, cancellationToken);
                var buurt = buurten.FirstOrDefault(b => TextNormalizer.Normalize(b.Naam) == TextNormalizer.Normalize(naam)) ?? buurten.FirstOrDefault();
                if (buurt is null)
                {
                    step.State.PlaatsMislukt++;
                    await step.SendAsync(_texts.Format(step.Turn.Locale, TextKeys.IntakePlaceNotFound, InputText.Quote(plaats, 60)), cancellationToken);
                    return await step.ReplaceDialogAsync(step.State, cancellationToken);
                }

                step.State.BuurtCode = buurt.Code;
                step.State.BuurtNaam = buurt.Naam;
                await step.SendAsync(_texts.Format(step.Turn.Locale, TextKeys.IntakePlaceFound, buurt.Naam), cancellationToken);
            }
        }

        if (!step.State.Nodig(OndersteuningsGegeven.VoorOfMetBuurtgenoten) || step.State.VoorOfMetBuurtgenoten is not null)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        return await step.PromptAsync(Prompts.VoorOfMet, Ask.Text(_texts, step.Turn, TextKeys.SupportTogetherPrompt, TextKeys.ConfirmRetry), cancellationToken);
    }

    private async Task<DialogTurnResult> CommercieelStepAsync(WaterfallStepContext<OndersteuningState> step, CancellationToken cancellationToken)
    {
        if (step.Result is bool samen)
        {
            step.State.VoorOfMetBuurtgenoten = samen;
        }

        if (!step.State.Nodig(OndersteuningsGegeven.CommercieelPolitiekOfReligieus) || step.State.CommercieelPolitiekOfReligieus is not null)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        return await step.PromptAsync(Prompts.Commercieel, Ask.Text(_texts, step.Turn, TextKeys.SupportCommercialPrompt, TextKeys.ConfirmRetry), cancellationToken);
    }

    private async Task<DialogTurnResult> BedragStepAsync(WaterfallStepContext<OndersteuningState> step, CancellationToken cancellationToken)
    {
        if (step.Result is bool commercieel)
        {
            step.State.CommercieelPolitiekOfReligieus = commercieel;
        }

        if (!step.State.Nodig(OndersteuningsGegeven.GevraagdBedrag) || step.State.BedragGevraagd)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        var options = Ask.Text(_texts, step.Turn, TextKeys.SupportAmountPrompt, TextKeys.IntakeBudgetRetry)
            .WithSuggestions(_texts.Get(step.Turn.Locale, TextKeys.DontKnow));
        return await step.PromptAsync(Prompts.Bedrag, options, cancellationToken);
    }

    private async Task<DialogTurnResult> EigenBijdrageStepAsync(WaterfallStepContext<OndersteuningState> step, CancellationToken cancellationToken)
    {
        if (step.State.Nodig(OndersteuningsGegeven.GevraagdBedrag) && !step.State.BedragGevraagd && step.Reason != DialogReason.NextCalled)
        {
            step.State.BedragGevraagd = true;
            step.State.GevraagdBedrag = step.Result as decimal?;
        }

        if (!step.State.Nodig(OndersteuningsGegeven.EigenBijdrage) || step.State.EigenBijdrage is not null)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        return await step.PromptAsync(Prompts.EigenBijdrage, Ask.Text(_texts, step.Turn, TextKeys.SupportContributionPrompt, TextKeys.ConfirmRetry), cancellationToken);
    }

    private async Task<DialogTurnResult> AantalStepAsync(WaterfallStepContext<OndersteuningState> step, CancellationToken cancellationToken)
    {
        if (step.Result is bool bijdrage)
        {
            step.State.EigenBijdrage = bijdrage;
        }

        if (!step.State.Nodig(OndersteuningsGegeven.AantalBuurtgenoten) || step.State.AantalBuurtgenoten is not null)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        return await step.PromptAsync(Prompts.Aantal, Ask.Text(_texts, step.Turn, TextKeys.IntakeCountPrompt, TextKeys.IntakeCountRetry), cancellationToken);
    }

    private async Task<DialogTurnResult> StartdatumStepAsync(WaterfallStepContext<OndersteuningState> step, CancellationToken cancellationToken)
    {
        if (step.Result is decimal aantal)
        {
            step.State.AantalBuurtgenoten = (int)aantal;
        }

        if (!step.State.Nodig(OndersteuningsGegeven.Startdatum) || step.State.Startdatum is not null)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        return await step.PromptAsync(Prompts.Datum, Ask.Text(_texts, step.Turn, TextKeys.SupportDatePrompt, TextKeys.IntakeDateRetry, Voorbeelden.DatumArgumenten(step.Turn)), cancellationToken);
    }

    private async Task<DialogTurnResult> BeoordeelStepAsync(WaterfallStepContext<OndersteuningState> step, CancellationToken cancellationToken)
    {
        if (step.Result is DateOnly datum)
        {
            step.State.Startdatum = datum;
        }

        var state = step.State;
        var locale = step.Turn.Locale;
        var gegevens = state.Referentie is null
            ? new OndersteuningsGegevens(state.Postcode, state.BuurtCode, state.VoorOfMetBuurtgenoten, state.AantalBuurtgenoten, state.CommercieelPolitiekOfReligieus, state.GevraagdBedrag, state.EigenBijdrage, state.Startdatum)
            : null;
        var advies = await _diensten.BeoordeelOndersteuningAsync(new OndersteuningsVraag(state.Referentie, gegevens, BotLocale.Language(locale), step.Turn.Today), cancellationToken);
        if (!advies.Gevonden)
        {
            await step.SendAsync(_texts.Format(locale, TextKeys.SupportReferenceNotFound, state.Referentie), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        if (advies.Uitkomsten.Count == 0)
        {
            await step.SendAsync(_texts.Get(locale, TextKeys.SupportNoneConfigured), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var header = state.Referentie is null ? _texts.Get(locale, TextKeys.SupportResultHeader) : _texts.Format(locale, TextKeys.SupportResultHeaderFor, state.Referentie);
        await step.SendAsync(OndersteuningsAntwoord.Tekst(_texts, locale, advies, header), cancellationToken);
        return await step.EndDialogAsync(state.Referentie is null ? state.NaarFeiten() : null, cancellationToken);
    }

    private static Task<bool> AantalValidatorAsync(PromptValidatorContext<decimal> prompt, CancellationToken cancellationToken) =>
        Task.FromResult(prompt.Recognized.Succeeded && prompt.Recognized.Value is >= 0 and <= 100_000 && prompt.Recognized.Value == decimal.Truncate(prompt.Recognized.Value));

    private static class Prompts
    {
        public const string Keuze = "keuze";
        public const string Postcode = "postcode";
        public const string VoorOfMet = "voorofmet";
        public const string Commercieel = "commercieel";
        public const string EigenBijdrage = "eigenbijdrage";
        public const string Bedrag = "bedrag";
        public const string Aantal = "aantal";
        public const string Datum = "datum";
    }
}
