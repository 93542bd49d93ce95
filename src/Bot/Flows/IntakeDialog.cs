using System.Globalization;
using System.Text;
using Participatie.Bot.Dialogs;
using Participatie.Bot.Dialogs.Prompts;
using Participatie.Bot.Diensten;
using Participatie.Bot.Localization;
using Participatie.Bot.Recognizers;
using Participatie.Bot.Runtime;
using Participatie.Bot.Slots;

namespace Participatie.Bot.Flows;

/// <summary>
/// The initiative intake: idea, title, where, for and with whom, how many neighbours, help needed, run it
/// themselves or not, budget and own contribution, start date, name and contact, summary (confirm or change
/// one answer), then the initiative is created and the resident gets its reference number.
/// Start it with an <see cref="IntakeState"/> (e.g. with the idea already filled in) or nothing.
/// </summary>
public sealed partial class IntakeDialog : ComponentDialog
{
    public const int MaxIdeaLength = 1000;
    public const int MaxTitleLength = 80;
    public const int MaxShortAnswerLength = 300;

    private const string Verzenden = "verzenden";
    private const string Wijzigen = "wijzigen";
    private const string Geen = "geen";
    private const string Klaar = "klaar";
    private const string WeetNiet = "weetniet";

    private readonly IParticipatieDiensten _diensten;
    private readonly BotTexts _texts;
    private readonly IntakeInvuller _invuller;

    public IntakeDialog(IParticipatieDiensten diensten, BotTexts texts)
        : base(nameof(IntakeDialog))
    {
        _diensten = diensten;
        _texts = texts;
        _invuller = new IntakeInvuller(diensten);

        AddDialog(new WaterfallDialog<IntakeState>(nameof(WaterfallDialog<IntakeState>),
        [
            IdeeStepAsync,
            TitelStepAsync,
            PlaatsStepAsync,
            BuurtStepAsync,
            VoorWieStepAsync,
            MetWieStepAsync,
            AantalStepAsync,
            HulpStepAsync,
            HulpAanvullenStepAsync,
            ZelfUitvoerenStepAsync,
            BegrotingStepAsync,
            EigenBijdrageStepAsync,
            EigenBijdrageBedragStepAsync,
            StartdatumStepAsync,
            NaamStepAsync,
            ContactStepAsync,
            SamenvattingStepAsync,
            WijzigStepAsync,
            AfrondenStepAsync,
        ]));
        AddDialog(new TextPrompt(Prompts.Idee, LengthValidator(MaxIdeaLength, TextKeys.IntakeIdeaTooLong)));
        AddDialog(new TextPrompt(Prompts.Titel, LengthValidator(MaxTitleLength, TextKeys.IntakeTitleTooLong)));
        AddDialog(new TextPrompt(Prompts.Plaats, LengthValidator(100, TextKeys.IntakePlaceTooLong)));
        AddDialog(new TextPrompt(Prompts.Kort, LengthValidator(MaxShortAnswerLength, TextKeys.AnswerTooLong)));
        AddDialog(new ChoicePrompt(Prompts.Keuze));
        AddDialog(new MultiChoicePrompt(Prompts.MeerKeuze));
        AddDialog(new NumberPrompt(Prompts.Aantal, AantalValidatorAsync));
        AddDialog(new ConfirmPrompt(Prompts.JaNee, texts));
        AddDialog(new AmountPrompt(Prompts.Bedrag, allowUnknown: true, BedragValidatorAsync));
        AddDialog(new DatePrompt(Prompts.Datum, StartdatumValidatorAsync));
        AddDialog(new TextPrompt(Prompts.Naam, NaamValidatorAsync));
        AddDialog(new TextPrompt(Prompts.Contact, ContactValidatorAsync));
        InitialDialogId = nameof(WaterfallDialog<IntakeState>);
    }

    private async Task<DialogTurnResult> IdeeStepAsync(WaterfallStepContext<IntakeState> step, CancellationToken cancellationToken)
    {
        step.State.IntakeId ??= Guid.NewGuid().ToString("N");
        if (step.State.Idee is { Length: > MaxIdeaLength })
        {
            step.State.Idee = null;
            await step.SendAsync(_texts.Format(step.Turn.Locale, TextKeys.IntakeIdeaTooLong, MaxIdeaLength), cancellationToken);
        }

        if (step.Reason == DialogReason.BeginCalled && !step.State.OpeningGelezen)
        {
            // The opening sentence often holds most of the intake: read it once, say what was understood, ask only the rest.
            step.State.OpeningGelezen = true;
            var opening = step.State.Idee is not null && step.Turn.IsMessage
                ? Extractor().Extract(step.Turn.Text, step.Turn.Today, IsEnglish(step.Turn))
                : SlotResultaat.Leeg;
            var gewijzigd = await _invuller.VulAsync(step.State, opening, step.Turn.Today, null, cancellationToken);
            var bekend = Enum.GetValues<IntakeVeld>().Where(v => v != IntakeVeld.Idee && IsBekend(step.State, v)).ToList();
            if (gewijzigd.Count > 0 || bekend.Count > 0)
            {
                List<IntakeVeld> velden = [.. bekend.Union(gewijzigd)];
                if (step.State.Idee is not null)
                {
                    velden.Insert(0, IntakeVeld.Idee);
                }

                await step.SendAsync(Begrepen(step.Turn, step.State, velden), cancellationToken);
                if (step.State.Idee is not null)
                {
                    return await step.NextAsync(null, cancellationToken);
                }
            }
        }

        if (step.State.Idee is not null)
        {
            if (step.Reason == DialogReason.BeginCalled && !step.State.WilWijzigen && step.State.Titel is null)
            {
                await step.SendAsync(_texts.Format(step.Turn.Locale, TextKeys.IntakeIdeaTaken, InputText.Quote(step.State.Idee)), cancellationToken);
            }

            return await step.NextAsync(null, cancellationToken);
        }

        return await VraagAsync(step, IntakeVraag.Idee, Prompts.Idee, Ask.Text(_texts, step.Turn, TextKeys.IntakeIdeaPrompt, TextKeys.IntakeIdeaRetry), cancellationToken);
    }

    private async Task<DialogTurnResult> TitelStepAsync(WaterfallStepContext<IntakeState> step, CancellationToken cancellationToken)
    {
        if (step.Result is string idee)
        {
            step.State.Idee = idee;
        }

        if (step.State.Titel is not null)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        var options = Ask.Text(_texts, step.Turn, TextKeys.IntakeTitlePrompt, TextKeys.IntakeTitleRetry, MaxTitleLength);
        if (SuggestTitle(step.State.Idee) is { } suggestion)
        {
            options.WithSuggestions(suggestion);
        }

        return await VraagAsync(step, IntakeVraag.Titel, Prompts.Titel, options, cancellationToken);
    }

    private async Task<DialogTurnResult> PlaatsStepAsync(WaterfallStepContext<IntakeState> step, CancellationToken cancellationToken)
    {
        if (step.Result is string titel)
        {
            step.State.Titel = titel;
        }

        if (step.State.BuurtCode is not null)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        if (step.State.PlaatsTekst is { } genoemd)
        {
            // Named in another answer (or the opening) but not yet one buurt: search it as if it were typed here.
            step.State.PlaatsTekst = null;
            return await step.NextAsync(genoemd, cancellationToken);
        }

        if (step.State.PlaatsMislukt >= 2)
        {
            return await PlaatsKeuzesAsync(step, cancellationToken);
        }

        return await VraagAsync(step, IntakeVraag.Plaats, Prompts.Plaats, Ask.Text(_texts, step.Turn, TextKeys.IntakePlacePrompt, TextKeys.IntakePlaceRetry), cancellationToken);
    }

    private async Task<DialogTurnResult> BuurtStepAsync(WaterfallStepContext<IntakeState> step, CancellationToken cancellationToken)
    {
        if (step.Result is not string plaats)
        {
            return await step.NextAsync(step.Result, cancellationToken);
        }

        var query = PostcodeRecognizer.TryRecognize(plaats, out var postcode) ? postcode : plaats;
        step.State.Postcode = postcode.Length > 0 ? postcode : null;
        var kandidaten = await _diensten.ZoekBuurtenAsync(query, cancellationToken);
        if (kandidaten.Count == 0)
        {
            step.State.PlaatsMislukt++;
            step.State.LaatstGezocht = plaats;
            await step.SendAsync(_texts.Format(step.Turn.Locale, TextKeys.IntakePlaceNotFound, InputText.Quote(plaats, 60)), cancellationToken);
            return await step.ReplaceDialogAsync(step.State, cancellationToken);
        }

        if (kandidaten.Count == 1)
        {
            step.State.KiesBuurt(kandidaten[0]);
            await step.SendAsync(_texts.Format(step.Turn.Locale, TextKeys.IntakePlaceFound, Beschrijf(kandidaten[0])), cancellationToken);
            return await step.NextAsync(null, cancellationToken);
        }

        step.State.BuurtKandidaten = kandidaten.Take(8).ToList();
        var choices = step.State.BuurtKandidaten
            .Select((k, i) => new Choice(k.Code, Beschrijf(k), [k.Naam]))
            .Append(new Choice(Geen, _texts.Get(step.Turn.Locale, TextKeys.IntakePlaceNoneOfThese), ["geen", "none", "anders", "other"]))
            .ToList();
        return await VraagAsync(step, IntakeVraag.BuurtKeuze, Prompts.Keuze, Ask.Choices(_texts, step.Turn, TextKeys.IntakePlacePick, TextKeys.IntakePlacePickRetry, choices), cancellationToken);
    }

    private async Task<DialogTurnResult> VoorWieStepAsync(WaterfallStepContext<IntakeState> step, CancellationToken cancellationToken)
    {
        if (step.Result is FoundChoice { Value: WeetNiet })
        {
            step.State.BuurtKandidaten = null;
            step.State.PlaatsMislukt = 0;
            await step.SendAsync(_texts.Get(step.Turn.Locale, TextKeys.IntakePlaceContact), cancellationToken);
            return await step.ReplaceDialogAsync(step.State, cancellationToken);
        }

        if (step.Result is FoundChoice gekozen)
        {
            var kandidaat = step.State.BuurtKandidaten?.FirstOrDefault(k => k.Code == gekozen.Value);
            step.State.BuurtKandidaten = null;
            if (kandidaat is null)
            {
                await step.SendAsync(_texts.Get(step.Turn.Locale, TextKeys.IntakePlaceTryAgain), cancellationToken);
                return await step.ReplaceDialogAsync(step.State, cancellationToken);
            }

            step.State.KiesBuurt(kandidaat);
        }

        if (step.State.VoorWie is not null)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        return await VraagAsync(step, IntakeVraag.VoorWie, Prompts.Kort, Ask.Text(_texts, step.Turn, TextKeys.IntakeForWhomPrompt, TextKeys.IntakeForWhomRetry), cancellationToken);
    }

    private async Task<DialogTurnResult> MetWieStepAsync(WaterfallStepContext<IntakeState> step, CancellationToken cancellationToken)
    {
        if (step.Result is string voorWie)
        {
            step.State.VoorWie = voorWie;
        }

        if (step.State.MetWie is not null)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        return await VraagAsync(step, IntakeVraag.MetWie, Prompts.Kort, Ask.Text(_texts, step.Turn, TextKeys.IntakeWithWhomPrompt, TextKeys.IntakeWithWhomRetry), cancellationToken);
    }

    private async Task<DialogTurnResult> AantalStepAsync(WaterfallStepContext<IntakeState> step, CancellationToken cancellationToken)
    {
        if (step.Result is string metWie)
        {
            step.State.MetWie = metWie;
        }

        if (step.State.AantalBuurtgenoten is not null)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        return await VraagAsync(step, IntakeVraag.Aantal, Prompts.Aantal, Ask.Text(_texts, step.Turn, TextKeys.IntakeCountPrompt, TextKeys.IntakeCountRetry), cancellationToken);
    }

    private async Task<DialogTurnResult> HulpStepAsync(WaterfallStepContext<IntakeState> step, CancellationToken cancellationToken)
    {
        if (step.Result is decimal aantal)
        {
            step.State.AantalBuurtgenoten = (int)aantal;
        }

        if (step.State.Hulp is not null)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        var choices = HulpKeuzes(step.Turn).Append(new Choice(Geen, _texts.Get(step.Turn.Locale, TextKeys.HelpNone), ["geen", "niets", "nee", "none", "nothing", "no"])).ToList();
        return await VraagAsync(step, IntakeVraag.Hulp, Prompts.MeerKeuze, HulpVraag(step.Turn, TextKeys.IntakeHelpPrompt, choices), cancellationToken);
    }

    private async Task<DialogTurnResult> HulpAanvullenStepAsync(WaterfallStepContext<IntakeState> step, CancellationToken cancellationToken)
    {
        if (step.Result is IReadOnlyList<FoundChoice> gekozen)
        {
            step.State.Hulp = Gekend(ToHulp(gekozen));
            if (gekozen.Any(c => c.Value == Geen) || gekozen.Count >= 2)
            {
                // "geld en ruimte" already is a list: asking "anything else?" on top costs the resident a turn.
                step.State.HulpAangevuld = true;
            }
        }

        var hulp = Gekend(step.State.Hulp);
        var overig = HulpKeuzes(step.Turn).Where(c => !hulp.Contains(c.Value)).ToList();
        if (step.State.HulpAangevuld || overig.Count == 0)
        {
            step.State.HulpAangevuld = true;
            return await step.NextAsync(null, cancellationToken);
        }

        step.State.HulpAangevuld = true;
        overig.Add(new Choice(Klaar, _texts.Get(step.Turn.Locale, TextKeys.HelpDone), ["klaar", "nee", "niets", "dat is alles", "done", "no", "nothing", "that's all", "geen"]));
        return await VraagAsync(step, IntakeVraag.HulpAanvullen, Prompts.MeerKeuze, HulpVraag(step.Turn, TextKeys.IntakeHelpMorePrompt, overig, HulpLijst(step.Turn, hulp)), cancellationToken);
    }

    private async Task<DialogTurnResult> ZelfUitvoerenStepAsync(WaterfallStepContext<IntakeState> step, CancellationToken cancellationToken)
    {
        if (step.Result is IReadOnlyList<FoundChoice> extra)
        {
            step.State.Hulp = Gekend([.. Gekend(step.State.Hulp), .. ToHulp(extra)]);
        }

        if (step.State.ZelfUitvoeren is not null)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        return await VraagAsync(step, IntakeVraag.ZelfUitvoeren, Prompts.JaNee, Ask.Text(_texts, step.Turn, TextKeys.IntakeSelfPrompt, TextKeys.IntakeSelfRetry), cancellationToken);
    }

    private async Task<DialogTurnResult> BegrotingStepAsync(WaterfallStepContext<IntakeState> step, CancellationToken cancellationToken)
    {
        if (step.Result is bool zelf)
        {
            step.State.ZelfUitvoeren = zelf;
            await step.SendAsync(_texts.Get(step.Turn.Locale, zelf ? TextKeys.IntakeSelfYes : TextKeys.IntakeSelfNo), cancellationToken);
        }

        if (step.State.BegrotingGevraagd)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        var options = Ask.Text(_texts, step.Turn, TextKeys.IntakeBudgetPrompt, TextKeys.IntakeBudgetRetry)
            .WithSuggestions(_texts.Get(step.Turn.Locale, TextKeys.DontKnow));
        return await VraagAsync(step, IntakeVraag.Begroting, Prompts.Bedrag, options, cancellationToken);
    }

    private async Task<DialogTurnResult> EigenBijdrageStepAsync(WaterfallStepContext<IntakeState> step, CancellationToken cancellationToken)
    {
        if (!step.State.BegrotingGevraagd && step.Reason != DialogReason.NextCalled)
        {
            step.State.BegrotingGevraagd = true;
            step.State.Begroting = step.Result as decimal?;
        }

        if (step.State.EigenBijdrage is not null)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        var choices = new List<Choice>
        {
            new(nameof(EigenBijdrageSoort.Geld), _texts.Get(step.Turn.Locale, TextKeys.ContributionGeld), ["geld", "euro", "money", "cash", "financieel"]),
            new(nameof(EigenBijdrageSoort.Tijd), _texts.Get(step.Turn.Locale, TextKeys.ContributionTijd), ["tijd", "uren", "handen", "meehelpen", "vrijwilligers", "time", "hours", "volunteering"]),
            new(nameof(EigenBijdrageSoort.Materialen), _texts.Get(step.Turn.Locale, TextKeys.ContributionMaterialen), ["materiaal", "materialen", "spullen", "gereedschap", "materials", "tools", "stuff"]),
            new(Geen, _texts.Get(step.Turn.Locale, TextKeys.ContributionNone), ["niets", "geen", "nee", "nothing", "none", "no"]),
        };
        return await VraagAsync(step, IntakeVraag.EigenBijdrage, Prompts.MeerKeuze, Ask.Choices(_texts, step.Turn, TextKeys.IntakeContributionPrompt, TextKeys.IntakeContributionRetry, choices), cancellationToken);
    }

    private async Task<DialogTurnResult> EigenBijdrageBedragStepAsync(WaterfallStepContext<IntakeState> step, CancellationToken cancellationToken)
    {
        if (step.Result is IReadOnlyList<FoundChoice> bijdrage)
        {
            step.State.EigenBijdrage = bijdrage.Where(c => c.Value != Geen).Select(c => Enum.Parse<EigenBijdrageSoort>(c.Value)).Distinct().Order().ToList();
        }

        var geld = step.State.EigenBijdrage?.Contains(EigenBijdrageSoort.Geld) == true;
        if (!geld || step.State.EigenBijdrageBedragGevraagd)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        var options = Ask.Text(_texts, step.Turn, TextKeys.IntakeContributionAmountPrompt, TextKeys.IntakeBudgetRetry)
            .WithSuggestions(_texts.Get(step.Turn.Locale, TextKeys.DontKnow));
        return await VraagAsync(step, IntakeVraag.EigenBijdrageBedrag, Prompts.Bedrag, options, cancellationToken);
    }

    private async Task<DialogTurnResult> StartdatumStepAsync(WaterfallStepContext<IntakeState> step, CancellationToken cancellationToken)
    {
        var geld = step.State.EigenBijdrage?.Contains(EigenBijdrageSoort.Geld) == true;
        if (geld && !step.State.EigenBijdrageBedragGevraagd && step.Reason != DialogReason.NextCalled)
        {
            step.State.EigenBijdrageBedragGevraagd = true;
            step.State.EigenBijdrageBedrag = step.Result as decimal?;
        }

        if (step.State.Startdatum is not null)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        return await VraagAsync(step, IntakeVraag.Startdatum, Prompts.Datum, Ask.Text(_texts, step.Turn, TextKeys.IntakeDatePrompt, TextKeys.IntakeDateRetry, Voorbeelden.DatumArgumenten(step.Turn)), cancellationToken);
    }

    private async Task<DialogTurnResult> NaamStepAsync(WaterfallStepContext<IntakeState> step, CancellationToken cancellationToken)
    {
        if (step.Result is DateOnly datum)
        {
            step.State.Startdatum = datum;
        }

        if (step.State.Naam is not null)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        if (!step.State.PrivacyGetoond)
        {
            step.State.PrivacyGetoond = true;
            await step.SendAsync(_texts.Get(step.Turn.Locale, TextKeys.Privacy), cancellationToken);
        }

        return await VraagAsync(step, IntakeVraag.Naam, Prompts.Naam, Ask.Text(_texts, step.Turn, TextKeys.IntakeNamePrompt, TextKeys.IntakeNameRetry), cancellationToken);
    }

    private async Task<DialogTurnResult> ContactStepAsync(WaterfallStepContext<IntakeState> step, CancellationToken cancellationToken)
    {
        if (step.Result is string naam)
        {
            step.State.Naam = ZonderContact(naam);
        }

        if (step.State.Email is not null || step.State.Telefoon is not null)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        return await VraagAsync(step, IntakeVraag.Contact, Prompts.Contact, Ask.Text(_texts, step.Turn, TextKeys.IntakeContactPrompt, TextKeys.IntakeContactRetry), cancellationToken);
    }

    private async Task<DialogTurnResult> SamenvattingStepAsync(WaterfallStepContext<IntakeState> step, CancellationToken cancellationToken)
    {
        if (step.Result is string contact)
        {
            if (ContactRecognizer.TryRecognizeEmail(contact, out var email))
            {
                step.State.Email = email;
            }
            else if (ContactRecognizer.TryRecognizePhone(contact, out var telefoon))
            {
                step.State.Telefoon = telefoon;
            }
        }

        step.State.WilWijzigen = false;
        await step.SendAsync(Samenvatting(step.Turn, step.State), cancellationToken);
        var choices = new List<Choice>
        {
            new(Verzenden, _texts.Get(step.Turn.Locale, TextKeys.IntakeSubmit), ["ja", "klopt", "versturen", "verstuur", "indienen", "akkoord", "yes", "send", "submit", "correct", "ok"]),
            new(Wijzigen, _texts.Get(step.Turn.Locale, TextKeys.IntakeChange), ["nee", "wijzig", "aanpassen", "veranderen", "klopt niet", "no", "change", "edit"]),
        };
        return await VraagAsync(step, IntakeVraag.Bevestigen, Prompts.Keuze, Ask.Choices(_texts, step.Turn, TextKeys.IntakeConfirmPrompt, TextKeys.IntakeConfirmRetry, choices), cancellationToken);
    }

    private async Task<DialogTurnResult> WijzigStepAsync(WaterfallStepContext<IntakeState> step, CancellationToken cancellationToken)
    {
        if (step.Result is FoundChoice { Value: Verzenden })
        {
            return await step.NextAsync(true, cancellationToken);
        }

        var choices = Enum.GetValues<IntakeVeld>()
            .Select(v => new Choice(v.ToString(), _texts.Get(step.Turn.Locale, "Field" + v), VeldSynoniemen(v)))
            .ToList();
        return await VraagAsync(step, IntakeVraag.Wijzigen, Prompts.Keuze, Ask.Choices(_texts, step.Turn, TextKeys.IntakeChangeWhich, TextKeys.IntakeChangeWhichRetry, choices), cancellationToken);
    }

    private async Task<DialogTurnResult> AfrondenStepAsync(WaterfallStepContext<IntakeState> step, CancellationToken cancellationToken)
    {
        if (step.Result is FoundChoice veld && Enum.TryParse<IntakeVeld>(veld.Value, out var wijzig))
        {
            step.State.Wis(wijzig);
            step.State.WilWijzigen = true;
            await step.SendAsync(_texts.Get(step.Turn.Locale, TextKeys.IntakeChangeOk), cancellationToken);
            return await step.ReplaceDialogAsync(step.State, cancellationToken);
        }

        var state = step.State;
        var activity = step.Turn.Activity;
        var aanvraag = new IntakeAanvraag(
            state.Idee!,
            state.Titel!,
            state.BuurtCode!,
            state.BuurtNaam!,
            state.Postcode,
            state.VoorWie!,
            state.MetWie!,
            state.AantalBuurtgenoten ?? 0,
            Gekend(state.Hulp),
            state.ZelfUitvoeren ?? true,
            state.Begroting,
            state.EigenBijdrage ?? [],
            state.EigenBijdrageBedrag,
            state.Startdatum!.Value,
            state.Naam!,
            state.Email,
            state.Telefoon,
            BotLocale.Language(step.Turn.Locale),
            activity.GetConversationReference(),
            step.Turn.Clock.GetUtcNow(),
            $"{activity.Conversation?.Id}/{state.IntakeId}");
        var aangemaakt = await _diensten.StartInitiatiefAsync(aanvraag, cancellationToken);
        var key = state.ZelfUitvoeren == false ? TextKeys.IntakeDoneMunicipality : TextKeys.IntakeDone;
        await step.SendAsync(_texts.Format(step.Turn.Locale, key, aangemaakt.Referentie, InputText.Quote(state.Titel!, MaxTitleLength)), cancellationToken);
        return await step.EndDialogAsync(new IntakeResultaat(aangemaakt.Referentie), cancellationToken);
    }

    private string Samenvatting(TurnContext turn, IntakeState state)
    {
        var builder = new StringBuilder();
        builder.AppendLine(_texts.Get(turn.Locale, TextKeys.IntakeSummaryHeader));
        var onbekend = _texts.Get(turn.Locale, TextKeys.Unknown);
        foreach (var veld in Enum.GetValues<IntakeVeld>())
        {
            var waarde = Waarde(turn, state, veld);
            builder.Append("• ").Append(_texts.Get(turn.Locale, "Field" + veld)).Append(": ").AppendLine(string.IsNullOrEmpty(waarde) ? onbekend : waarde);
        }

        return builder.ToString().TrimEnd();
    }

    /// <summary>One message with what was understood: the answers named, in the summary's words.</summary>
    private string Begrepen(TurnContext turn, IntakeState state, IEnumerable<IntakeVeld> velden)
    {
        var builder = new StringBuilder();
        builder.AppendLine(_texts.Get(turn.Locale, TextKeys.IntakeUnderstood));
        foreach (var veld in velden.Distinct().Order())
        {
            if (Waarde(turn, state, veld) is { Length: > 0 } waarde)
            {
                builder.Append("• ").Append(_texts.Get(turn.Locale, "Field" + veld)).Append(": ").AppendLine(waarde);
            }
        }

        return builder.ToString().TrimEnd();
    }

    private static bool IsBekend(IntakeState state, IntakeVeld veld) => veld switch
    {
        IntakeVeld.Idee => state.Idee is not null,
        IntakeVeld.Titel => state.Titel is not null,
        IntakeVeld.Plaats => state.BuurtCode is not null,
        IntakeVeld.VoorWie => state.VoorWie is not null,
        IntakeVeld.MetWie => state.MetWie is not null,
        IntakeVeld.Aantal => state.AantalBuurtgenoten is not null,
        IntakeVeld.Hulp => state.Hulp is { Count: > 0 },
        IntakeVeld.ZelfUitvoeren => state.ZelfUitvoeren is not null,
        IntakeVeld.Begroting => state.BegrotingGevraagd,
        IntakeVeld.EigenBijdrage => state.EigenBijdrage is not null,
        IntakeVeld.Startdatum => state.Startdatum is not null,
        IntakeVeld.Naam => state.Naam is not null,
        IntakeVeld.Contact => state.Email is not null || state.Telefoon is not null,
        _ => false,
    };

    private string? Waarde(TurnContext turn, IntakeState state, IntakeVeld veld)
    {
        var locale = turn.Locale;
        var culture = BotTexts.Culture(locale);
        switch (veld)
        {
            case IntakeVeld.Idee: return InputText.Quote(state.Idee ?? string.Empty, 200);
            case IntakeVeld.Titel: return InputText.Quote(state.Titel ?? string.Empty, MaxTitleLength);
            case IntakeVeld.Plaats: return state.BuurtNaam is null ? null : state.Postcode is null ? state.BuurtNaam : $"{state.BuurtNaam} ({state.Postcode})";
            case IntakeVeld.VoorWie: return InputText.Quote(state.VoorWie ?? string.Empty, 120);
            case IntakeVeld.MetWie: return InputText.Quote(state.MetWie ?? string.Empty, 120);
            case IntakeVeld.Aantal: return state.AantalBuurtgenoten?.ToString(culture);
            case IntakeVeld.Hulp: return Gekend(state.Hulp) is { Count: > 0 } hulp ? HulpLijst(turn, hulp) : _texts.Get(locale, TextKeys.HelpNone);
            case IntakeVeld.ZelfUitvoeren: return state.ZelfUitvoeren is null ? null : _texts.Get(locale, state.ZelfUitvoeren.Value ? TextKeys.Yes : TextKeys.No);
            case IntakeVeld.Begroting: return Bedrag(locale, state.Begroting);
            case IntakeVeld.EigenBijdrage:
                var bijdrage = state.EigenBijdrage is { Count: > 0 } soorten
                    ? string.Join(", ", soorten.Select(s => _texts.Get(locale, "Contribution" + s)))
                    : _texts.Get(locale, TextKeys.ContributionNone);
                return state.EigenBijdrageBedrag is { } eigenBedrag ? bijdrage + $" ({Bedrag(locale, eigenBedrag)})" : bijdrage;
            case IntakeVeld.Startdatum: return state.Startdatum?.ToString("d MMMM yyyy", culture);
            case IntakeVeld.Naam: return InputText.Quote(state.Naam ?? string.Empty, 100);
            case IntakeVeld.Contact: return state.Email ?? state.Telefoon;
            default: return null;
        }
    }

    private static string? Bedrag(string locale, decimal? bedrag) =>
        bedrag is { } b ? string.Format(BotTexts.Culture(locale), b == decimal.Truncate(b) ? "€ {0:N0}" : "€ {0:N2}", b) : null;

    /// <summary>The kinds of help from the Host's catalogue, named in the turn's language, recognised in either language.</summary>
    private IEnumerable<Choice> HulpKeuzes(TurnContext turn) =>
        _diensten.Hulpsoorten.Select(h => new Choice(h.Code, h.NaamIn(turn.Locale), [.. h.AlleSynoniemen()]));

    /// <summary>A help question whose retry names every kind the catalogue offers (so a new kind is named without a text change).</summary>
    private PromptOptions HulpVraag(TurnContext turn, string promptKey, List<Choice> choices, params object?[] args) => new()
    {
        Prompt = Ask.Message(_texts.Format(turn.Locale, promptKey, args)),
        RetryPrompt = Ask.Message(_texts.Format(turn.Locale, TextKeys.IntakeHelpRetry,
            string.Join(", ", _diensten.Hulpsoorten.Select(h => h.NaamIn(turn.Locale).ToLower(BotTexts.Culture(turn.Locale)))))),
        Choices = choices,
    };

    private string HulpLijst(TurnContext turn, IEnumerable<string> hulp) =>
        string.Join(", ", hulp.Select(code => _diensten.Hulpsoorten.FirstOrDefault(h => h.Code == code)?.NaamIn(turn.Locale) ?? code));

    private static IEnumerable<string> ToHulp(IEnumerable<FoundChoice> gekozen) => gekozen.Select(c => c.Value);

    /// <summary>
    /// The codes the catalogue knows, each once, in catalogue order. A conversation stored before the catalogue (names
    /// such as "Vergunningen") keeps its answers: a stored value is matched on the code or a word for the kind.
    /// </summary>
    private List<string> Gekend(IEnumerable<string>? waarden)
    {
        var lijst = (waarden ?? []).ToList();
        return [.. _diensten.Hulpsoorten.Where(h => lijst.Any(h.Betekent)).Select(h => h.Code)];
    }

    private static IReadOnlyList<string> VeldSynoniemen(IntakeVeld veld) => veld switch
    {
        IntakeVeld.Idee => ["idee", "idea", "omschrijving", "description"],
        IntakeVeld.Titel => ["titel", "naam initiatief", "title"],
        IntakeVeld.Plaats => ["waar", "buurt", "postcode", "plaats", "locatie", "where", "neighbourhood", "location"],
        IntakeVeld.VoorWie => ["voor wie", "doelgroep", "for whom", "target"],
        IntakeVeld.MetWie => ["met wie", "samen met", "with whom", "partners"],
        IntakeVeld.Aantal => ["aantal", "hoeveel", "buren", "number", "how many", "neighbours"],
        IntakeVeld.Hulp => ["hulp", "help", "ondersteuning", "support"],
        IntakeVeld.ZelfUitvoeren => ["zelf", "uitvoeren", "zelf doen", "ourselves", "run it"],
        IntakeVeld.Begroting => ["begroting", "budget", "kosten", "costs"],
        IntakeVeld.EigenBijdrage => ["eigen bijdrage", "bijdrage", "contribution", "own contribution"],
        IntakeVeld.Startdatum => ["datum", "startdatum", "wanneer", "date", "start date", "when"],
        IntakeVeld.Naam => ["naam", "mijn naam", "name", "my name"],
        IntakeVeld.Contact => ["contact", "email", "e-mail", "telefoon", "telefoonnummer", "phone"],
        _ => [],
    };

    private static string Beschrijf(BuurtKandidaat kandidaat) =>
        kandidaat switch
        {
            { Wijk: { Length: > 0 } wijk, Gemeente: { Length: > 0 } gemeente } => $"{kandidaat.Naam} ({wijk}, {gemeente})",
            { Gemeente: { Length: > 0 } gemeente } => $"{kandidaat.Naam} ({gemeente})",
            { Wijk: { Length: > 0 } wijk } => $"{kandidaat.Naam} ({wijk})",
            _ => kandidaat.Naam,
        };

    private static string? SuggestTitle(string? idee)
    {
        if (string.IsNullOrWhiteSpace(idee))
        {
            return null;
        }

        var clean = InputText.Clean(idee, 200, out _);
        if (clean.Length is 0 or > 40)
        {
            return null;
        }

        return char.ToUpper(clean[0], CultureInfo.InvariantCulture) + clean[1..];
    }

    private PromptValidator<string> LengthValidator(int maxLength, string tooLongKey) => async (prompt, cancellationToken) =>
    {
        if (!prompt.Recognized.Succeeded)
        {
            return false;
        }

        if (prompt.Recognized.Value!.Length > maxLength || prompt.Turn.InputWasTruncated)
        {
            await prompt.Turn.SendAsync(_texts.Format(prompt.Turn.Locale, tooLongKey, maxLength), cancellationToken);
            return false;
        }

        if (!prompt.Recognized.Value.Any(char.IsLetterOrDigit))
        {
            return false;
        }

        return true;
    };

    private Task<bool> AantalValidatorAsync(PromptValidatorContext<decimal> prompt, CancellationToken cancellationToken)
    {
        var geldig = prompt.Recognized.Succeeded && prompt.Recognized.Value >= 0 && prompt.Recognized.Value <= 100_000 && prompt.Recognized.Value == decimal.Truncate(prompt.Recognized.Value);
        if (!geldig)
        {
            BiedKeuzesNaTweeMissers(prompt.Turn, prompt.Options, prompt.AttemptCount, TextKeys.IntakeCountChoices, "5", "10", "25", "50");
        }

        return Task.FromResult(geldig);
    }

    private Task<bool> BedragValidatorAsync(PromptValidatorContext<decimal?> prompt, CancellationToken cancellationToken)
    {
        if (!prompt.Recognized.Succeeded)
        {
            BiedKeuzesNaTweeMissers(prompt.Turn, prompt.Options, prompt.AttemptCount, TextKeys.IntakeAmountChoices,
                "€ 250", "€ 500", "€ 1.000", _texts.Get(prompt.Turn.Locale, TextKeys.IntakeAmountUnknown));
        }

        return Task.FromResult(prompt.Recognized.Succeeded);
    }

    /// <summary>
    /// No loops: after two answers that were not understood, the question comes back with answers to pick (each one the
    /// prompt understands) and a person to ask, instead of the same sentence a third time.
    /// </summary>
    private void BiedKeuzesNaTweeMissers(TurnContext turn, PromptOptions options, int pogingen, string tekstSleutel, params string[] keuzes)
    {
        if (pogingen < 2)
        {
            return;
        }

        options.RetryPrompt = Ask.Message(_texts.Get(turn.Locale, tekstSleutel));
        options.ExtraSuggestions = [.. keuzes];
    }

    private async Task<bool> StartdatumValidatorAsync(PromptValidatorContext<DateOnly> prompt, CancellationToken cancellationToken)
    {
        if (!prompt.Recognized.Succeeded)
        {
            var voorbeeld = (string)Voorbeelden.DatumArgumenten(prompt.Turn)[0];
            BiedKeuzesNaTweeMissers(prompt.Turn, prompt.Options, prompt.AttemptCount, TextKeys.IntakeDateChoices,
                voorbeeld, _texts.Get(prompt.Turn.Locale, TextKeys.IntakeDateNextWeek));
            return false;
        }

        var today = prompt.Turn.Today;
        if (prompt.Recognized.Value < today)
        {
            await prompt.Turn.SendAsync(_texts.Get(prompt.Turn.Locale, TextKeys.IntakeDateInPast), cancellationToken);
            return false;
        }

        if (prompt.Recognized.Value > today.AddYears(3))
        {
            await prompt.Turn.SendAsync(_texts.Get(prompt.Turn.Locale, TextKeys.IntakeDateTooFar), cancellationToken);
            return false;
        }

        return true;
    }

    private async Task<bool> NaamValidatorAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken)
    {
        if (!prompt.Recognized.Succeeded)
        {
            return false;
        }

        var naam = prompt.Recognized.Value!;
        if (naam.Length > 100 || prompt.Turn.InputWasTruncated)
        {
            await prompt.Turn.SendAsync(_texts.Format(prompt.Turn.Locale, TextKeys.AnswerTooLong, 100), cancellationToken);
            return false;
        }

        return naam.Count(char.IsLetter) >= 2 && !naam.Contains('<', StringComparison.Ordinal) && !naam.Contains('>', StringComparison.Ordinal);
    }

    private static Task<bool> ContactValidatorAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken) =>
        Task.FromResult(prompt.Recognized.Succeeded
            && (ContactRecognizer.TryRecognizeEmail(prompt.Recognized.Value, out _) || ContactRecognizer.TryRecognizePhone(prompt.Recognized.Value, out _)));

    /// <summary>
    /// Every message mid-intake is read for slots before the pending question gets it. A question is answered (and
    /// never stored as an answer), then the pending question is asked again. Facts for other questions are kept.
    /// A slot of the wrong kind for the pending question (a postcode to "how many neighbours") fills its own answer
    /// instead; a correction ("nee, het is in de Kruidenhof") changes the answer it names.
    /// </summary>
    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var turn = dc.Turn;
        if (!turn.IsMessage || turn.Text.Length == 0 || dc.ActiveDialog?.Children is not { Stack.Count: >= 2 } inner)
        {
            return await base.ContinueDialogAsync(dc, cancellationToken);
        }

        var waterfall = inner.Stack[0];
        var state = WaterfallDialog<IntakeState>.ReadState(waterfall);
        if (state.OpenVraag is not { } open || open == IntakeVraag.Wijzigen)
        {
            return await base.ContinueDialogAsync(dc, cancellationToken);
        }

        var resultaat = Extractor().Extract(turn.Text, turn.Today, IsEnglish(turn));
        if (resultaat.IsVraag && !(open == IntakeVraag.Idee && IntentRecognizer.Recognize(turn.Text).Intent == Intent.StartInitiative))
        {
            await BeantwoordVraagAsync(turn, state, cancellationToken);
            await RepromptDialogAsync(dc, dc.ActiveDialog!, cancellationToken);
            return DialogTurnResult.Waiting;
        }

        var eigen = resultaat.Slots.Where(s => HoortBij(open, s.Soort)).ToList();
        var overig = new SlotResultaat([.. resultaat.Slots.Where(s => !HoortBij(open, s.Soort) && s.Soort != SlotSoort.Thema)], false, resultaat.IsCorrectie);
        var getypt = IsGetypt(open);
        if (overig.Slots.Count == 0 && !resultaat.IsCorrectie && !(getypt && eigen.Count > 0 && Meervoudig(open, eigen)))
        {
            return await base.ContinueDialogAsync(dc, cancellationToken);
        }

        if (open == IntakeVraag.Plaats && overig.Slots.Count == 0 && !resultaat.IsCorrectie && eigen.Count > 0)
        {
            // Just the place ("ik woon in de Bloemenbuurt"): search the words that name it, not the whole sentence.
            state.PlaatsTekst = eigen.FirstOrDefault(s => s.Soort == SlotSoort.Postcode)?.Waarde ?? eigen[0].Waarde;
            WaterfallDialog<IntakeState>.WriteState(waterfall, state);
            return await RestartInnerAsync(dc, state, cancellationToken);
        }

        if (!getypt && !resultaat.IsCorrectie && open != IntakeVraag.Bevestigen)
        {
            // A free answer that also names other facts: keep those facts, and the text answers the question.
            var extra = await _invuller.VulAsync(state, overig, turn.Today, open, cancellationToken);
            WaterfallDialog<IntakeState>.WriteState(waterfall, state);
            if (extra.Count > 0)
            {
                await turn.SendAsync(Begrepen(turn, state, extra), cancellationToken);
            }

            return await base.ContinueDialogAsync(dc, cancellationToken);
        }

        // A typed answer given as a slot, a fact for another question, or a correction: take them all and ask what is still missing.
        var gewijzigd = await _invuller.VulAsync(state, resultaat, turn.Today, open, cancellationToken);
        if (gewijzigd.Count == 0 && state.PlaatsTekst is null)
        {
            return await base.ContinueDialogAsync(dc, cancellationToken);
        }

        if (gewijzigd.Count > 0)
        {
            await turn.SendAsync(Begrepen(turn, state, gewijzigd), cancellationToken);
        }

        return await RestartInnerAsync(dc, state, cancellationToken);
    }

    /// <summary>Whether a slot is the answer to the pending question itself.</summary>
    private static bool HoortBij(IntakeVraag open, SlotSoort soort) => (open, soort) switch
    {
        (IntakeVraag.Titel, SlotSoort.Titel) => true,
        (IntakeVraag.Plaats or IntakeVraag.BuurtKeuze, SlotSoort.Plaats or SlotSoort.Postcode) => true,
        (IntakeVraag.MetWie, SlotSoort.MetWie) => true,
        (IntakeVraag.Aantal, SlotSoort.Aantal) => true,
        (IntakeVraag.Hulp or IntakeVraag.HulpAanvullen, SlotSoort.Hulp) => true,

        // "tijd en geld" answers what the resident contributes; the money there is not help asked for.
        (IntakeVraag.EigenBijdrage or IntakeVraag.EigenBijdrageBedrag, SlotSoort.Hulp) => true,
        (IntakeVraag.Begroting or IntakeVraag.EigenBijdrageBedrag, SlotSoort.Bedrag) => true,
        (IntakeVraag.Startdatum, SlotSoort.Startdatum) => true,
        (IntakeVraag.Contact, SlotSoort.Contact) => true,
        _ => false,
    };

    /// <summary>Questions whose answer has a type the extractor knows: a message without that type is no answer to them.</summary>
    private static bool IsGetypt(IntakeVraag open) =>
        open is IntakeVraag.Plaats or IntakeVraag.BuurtKeuze or IntakeVraag.Aantal or IntakeVraag.Begroting or IntakeVraag.EigenBijdrageBedrag or IntakeVraag.Startdatum;

    /// <summary>A typed answer is taken from its slot when the prompt alone would read it wrongly ("op 20 juni met 10 buren" to the count).</summary>
    private static bool Meervoudig(IntakeVraag open, List<Slot> eigen) =>
        open is IntakeVraag.Aantal or IntakeVraag.Plaats or IntakeVraag.BuurtKeuze && eigen.Count > 0;

    private async Task BeantwoordVraagAsync(TurnContext turn, IntakeState state, CancellationToken cancellationToken)
    {
        var locale = turn.Locale;
        var normaal = TextNormalizer.Normalize(turn.Text);
        var privacy = TextNormalizer.Tokens(turn.Text).Any(t => t is "gegevens" or "privacy" or "avg" or "data" or "persoonsgegevens" or "gdpr");
        var intent = IntentRecognizer.Recognize(turn.Text).Intent;
        if (privacy)
        {
            await turn.SendAsync(_texts.Get(locale, TextKeys.Privacy), cancellationToken);
        }
        else if (intent == Intent.Support || normaal.Contains("ondersteuning", StringComparison.Ordinal) || normaal.Contains("support", StringComparison.Ordinal))
        {
            var gegevens = new OndersteuningsGegevens(state.Postcode, state.BuurtCode, state.MetWie is null && state.AantalBuurtgenoten is null ? null : true,
                state.AantalBuurtgenoten, null, state.Begroting, state.EigenBijdrage is null ? null : state.EigenBijdrage.Count > 0, state.Startdatum);
            var advies = await _diensten.BeoordeelOndersteuningAsync(new OndersteuningsVraag(null, gegevens, BotLocale.Language(locale), turn.Today), cancellationToken);
            await turn.SendAsync(OndersteuningsAntwoord.Tekst(_texts, locale, advies, _texts.Get(locale, TextKeys.IntakeSupportMidIntake)), cancellationToken);
        }
        else if (intent == Intent.Status)
        {
            await turn.SendAsync(_texts.Get(locale, TextKeys.IntakeStatusMidIntake), cancellationToken);
        }
        else
        {
            await turn.SendAsync(_texts.Get(locale, TextKeys.IntakeQuestionOther), cancellationToken);
            return;
        }

        await turn.SendAsync(_texts.Get(locale, TextKeys.IntakeQuestionAnswered), cancellationToken);
    }

    /// <summary>After two places that matched nothing: the nearest buurt names, "I don't know", or a postcode.</summary>
    private async Task<DialogTurnResult> PlaatsKeuzesAsync(WaterfallStepContext<IntakeState> step, CancellationToken cancellationToken)
    {
        var gezocht = TextNormalizer.Tokens(step.State.LaatstGezocht).OrderByDescending(t => t.Length).FirstOrDefault() ?? string.Empty;
        IReadOnlyList<BuurtKandidaat> dichtbij = gezocht.Length >= 4 ? await _diensten.ZoekBuurtenAsync(gezocht[..4], cancellationToken) : [];
        step.State.BuurtKandidaten = dichtbij.Take(5).ToList();
        var choices = step.State.BuurtKandidaten
            .Select(k => new Choice(k.Code, Beschrijf(k), [k.Naam]))
            .Append(new Choice(WeetNiet, _texts.Get(step.Turn.Locale, TextKeys.IntakePlaceDontKnow), ["weet ik niet", "weet niet", "geen idee", "don't know", "no idea"]))
            .ToList();
        return await VraagAsync(step, IntakeVraag.BuurtKeuze, Prompts.Keuze, Ask.Choices(_texts, step.Turn, TextKeys.IntakePlaceChoose, TextKeys.IntakePlaceChoose, choices), cancellationToken);
    }

    private static Task<DialogTurnResult> VraagAsync(WaterfallStepContext<IntakeState> step, IntakeVraag vraag, string promptId, PromptOptions options, CancellationToken cancellationToken)
    {
        step.State.OpenVraag = vraag;
        return step.PromptAsync(promptId, options, cancellationToken);
    }

    /// <summary>The name without the e-mail address or phone number typed after it ("Fatima de Vries, fatima@example.nl").</summary>
    private static string ZonderContact(string naam)
    {
        var zonder = naam;
        if (ContactRecognizer.TryRecognizeEmail(naam, out _))
        {
            zonder = EmailInTekst().Replace(zonder, " ");
        }

        zonder = TelefoonInTekst().Replace(zonder, " ");
        zonder = ContactWoorden().Replace(zonder, " ");
        zonder = zonder.Trim().Trim(',', ';', '-', ':', '/', '.', ' ');
        return zonder.Count(char.IsLetter) >= 2 ? zonder : naam;
    }

    private SlotExtractor Extractor() => new(_diensten.Hulpsoorten);

    private static bool IsEnglish(TurnContext turn) => BotLocale.Language(turn.Locale) == "en";

    [System.Text.RegularExpressions.GeneratedRegex(@"[A-Za-z0-9._%+\-]{1,64}@[A-Za-z0-9\-]{1,63}(\.[A-Za-z0-9\-]{1,63})*\.[A-Za-z]{2,24}", System.Text.RegularExpressions.RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial System.Text.RegularExpressions.Regex EmailInTekst();

    [System.Text.RegularExpressions.GeneratedRegex(@"(\+|00)?\d[\d \-()]{8,17}\d", System.Text.RegularExpressions.RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial System.Text.RegularExpressions.Regex TelefoonInTekst();

    [System.Text.RegularExpressions.GeneratedRegex(@"\s(en|and)\s*$|\b(mijn\s+)?(e-?mail(adres)?|telefoon(nummer)?|tel|mobiel|my\s+e-?mail|phone)(\s+is)?\s*:?\s*$", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial System.Text.RegularExpressions.Regex ContactWoorden();

    private static class Prompts
    {
        public const string Idee = "idee";
        public const string Titel = "titel";
        public const string Plaats = "plaats";
        public const string Kort = "kort";
        public const string Keuze = "keuze";
        public const string MeerKeuze = "meerkeuze";
        public const string Aantal = "aantal";
        public const string JaNee = "janee";
        public const string Bedrag = "bedrag";
        public const string Datum = "datum";
        public const string Naam = "naam";
        public const string Contact = "contact";
    }
}
