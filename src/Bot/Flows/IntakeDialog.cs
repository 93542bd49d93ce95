using System.Globalization;
using System.Text;
using Participatie.Bot.Dialogs;
using Participatie.Bot.Dialogs.Prompts;
using Participatie.Bot.Diensten;
using Participatie.Bot.Localization;
using Participatie.Bot.Recognizers;
using Participatie.Bot.Runtime;

namespace Participatie.Bot.Flows;

/// <summary>
/// The initiative intake: idea, title, where, for and with whom, how many neighbours, help needed, run it
/// themselves or not, budget and own contribution, start date, name and contact, summary (confirm or change
/// one answer), then the initiative is created and the resident gets its reference number.
/// Start it with an <see cref="IntakeState"/> (e.g. with the idea already filled in) or nothing.
/// </summary>
public sealed class IntakeDialog : ComponentDialog
{
    public const int MaxIdeaLength = 1000;
    public const int MaxTitleLength = 80;
    public const int MaxShortAnswerLength = 300;

    private const string Verzenden = "verzenden";
    private const string Wijzigen = "wijzigen";
    private const string Geen = "geen";
    private const string Klaar = "klaar";

    private readonly IParticipatieDiensten _diensten;
    private readonly BotTexts _texts;

    public IntakeDialog(IParticipatieDiensten diensten, BotTexts texts)
        : base(nameof(IntakeDialog))
    {
        _diensten = diensten;
        _texts = texts;

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
        AddDialog(new AmountPrompt(Prompts.Bedrag, allowUnknown: true));
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

        if (step.State.Idee is not null)
        {
            if (step.Reason == DialogReason.BeginCalled && !step.State.WilWijzigen && step.State.Titel is null)
            {
                await step.SendAsync(_texts.Format(step.Turn.Locale, TextKeys.IntakeIdeaTaken, InputText.Quote(step.State.Idee)), cancellationToken);
            }

            return await step.NextAsync(null, cancellationToken);
        }

        return await step.PromptAsync(Prompts.Idee, Ask.Text(_texts, step.Turn, TextKeys.IntakeIdeaPrompt, TextKeys.IntakeIdeaRetry), cancellationToken);
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

        return await step.PromptAsync(Prompts.Titel, options, cancellationToken);
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

        return await step.PromptAsync(Prompts.Plaats, Ask.Text(_texts, step.Turn, TextKeys.IntakePlacePrompt, TextKeys.IntakePlaceRetry), cancellationToken);
    }

    private async Task<DialogTurnResult> BuurtStepAsync(WaterfallStepContext<IntakeState> step, CancellationToken cancellationToken)
    {
        if (step.Result is not string plaats)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        var query = PostcodeRecognizer.TryRecognize(plaats, out var postcode) ? postcode : plaats;
        step.State.Postcode = postcode.Length > 0 ? postcode : null;
        var kandidaten = await _diensten.ZoekBuurtenAsync(query, cancellationToken);
        if (kandidaten.Count == 0)
        {
            await step.SendAsync(_texts.Format(step.Turn.Locale, TextKeys.IntakePlaceNotFound, InputText.Quote(plaats, 60)), cancellationToken);
            return await step.ReplaceDialogAsync(step.State, cancellationToken);
        }

        if (kandidaten.Count == 1)
        {
            Kies(step.State, kandidaten[0]);
            await step.SendAsync(_texts.Format(step.Turn.Locale, TextKeys.IntakePlaceFound, Beschrijf(kandidaten[0])), cancellationToken);
            return await step.NextAsync(null, cancellationToken);
        }

        step.State.BuurtKandidaten = kandidaten.Take(8).ToList();
        var choices = step.State.BuurtKandidaten
            .Select((k, i) => new Choice(k.Code, Beschrijf(k), [k.Naam]))
            .Append(new Choice(Geen, _texts.Get(step.Turn.Locale, TextKeys.IntakePlaceNoneOfThese), ["geen", "none", "anders", "other"]))
            .ToList();
        return await step.PromptAsync(Prompts.Keuze, Ask.Choices(_texts, step.Turn, TextKeys.IntakePlacePick, TextKeys.IntakePlacePickRetry, choices), cancellationToken);
    }

    private async Task<DialogTurnResult> VoorWieStepAsync(WaterfallStepContext<IntakeState> step, CancellationToken cancellationToken)
    {
        if (step.Result is FoundChoice gekozen)
        {
            var kandidaat = step.State.BuurtKandidaten?.FirstOrDefault(k => k.Code == gekozen.Value);
            step.State.BuurtKandidaten = null;
            if (kandidaat is null)
            {
                await step.SendAsync(_texts.Get(step.Turn.Locale, TextKeys.IntakePlaceTryAgain), cancellationToken);
                return await step.ReplaceDialogAsync(step.State, cancellationToken);
            }

            Kies(step.State, kandidaat);
        }

        if (step.State.VoorWie is not null)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        return await step.PromptAsync(Prompts.Kort, Ask.Text(_texts, step.Turn, TextKeys.IntakeForWhomPrompt, TextKeys.IntakeForWhomRetry), cancellationToken);
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

        return await step.PromptAsync(Prompts.Kort, Ask.Text(_texts, step.Turn, TextKeys.IntakeWithWhomPrompt, TextKeys.IntakeWithWhomRetry), cancellationToken);
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

        return await step.PromptAsync(Prompts.Aantal, Ask.Text(_texts, step.Turn, TextKeys.IntakeCountPrompt, TextKeys.IntakeCountRetry), cancellationToken);
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
        return await step.PromptAsync(Prompts.MeerKeuze, HulpVraag(step.Turn, TextKeys.IntakeHelpPrompt, choices), cancellationToken);
    }

    private async Task<DialogTurnResult> HulpAanvullenStepAsync(WaterfallStepContext<IntakeState> step, CancellationToken cancellationToken)
    {
        if (step.Result is IReadOnlyList<FoundChoice> gekozen)
        {
            step.State.Hulp = Gekend(ToHulp(gekozen));
            if (gekozen.Any(c => c.Value == Geen))
            {
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
        return await step.PromptAsync(Prompts.MeerKeuze, HulpVraag(step.Turn, TextKeys.IntakeHelpMorePrompt, overig, HulpLijst(step.Turn, hulp)), cancellationToken);
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

        return await step.PromptAsync(Prompts.JaNee, Ask.Text(_texts, step.Turn, TextKeys.IntakeSelfPrompt, TextKeys.IntakeSelfRetry), cancellationToken);
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
        return await step.PromptAsync(Prompts.Bedrag, options, cancellationToken);
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
        return await step.PromptAsync(Prompts.MeerKeuze, Ask.Choices(_texts, step.Turn, TextKeys.IntakeContributionPrompt, TextKeys.IntakeContributionRetry, choices), cancellationToken);
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
        return await step.PromptAsync(Prompts.Bedrag, options, cancellationToken);
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

        return await step.PromptAsync(Prompts.Datum, Ask.Text(_texts, step.Turn, TextKeys.IntakeDatePrompt, TextKeys.IntakeDateRetry, Voorbeelden.DatumArgumenten(step.Turn)), cancellationToken);
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

        return await step.PromptAsync(Prompts.Naam, Ask.Text(_texts, step.Turn, TextKeys.IntakeNamePrompt, TextKeys.IntakeNameRetry), cancellationToken);
    }

    private async Task<DialogTurnResult> ContactStepAsync(WaterfallStepContext<IntakeState> step, CancellationToken cancellationToken)
    {
        if (step.Result is string naam)
        {
            step.State.Naam = naam;
        }

        if (step.State.Email is not null || step.State.Telefoon is not null)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        return await step.PromptAsync(Prompts.Contact, Ask.Text(_texts, step.Turn, TextKeys.IntakeContactPrompt, TextKeys.IntakeContactRetry), cancellationToken);
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
        return await step.PromptAsync(Prompts.Keuze, Ask.Choices(_texts, step.Turn, TextKeys.IntakeConfirmPrompt, TextKeys.IntakeConfirmRetry, choices), cancellationToken);
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
        return await step.PromptAsync(Prompts.Keuze, Ask.Choices(_texts, step.Turn, TextKeys.IntakeChangeWhich, TextKeys.IntakeChangeWhichRetry, choices), cancellationToken);
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
        var locale = turn.Locale;
        var culture = BotTexts.Culture(locale);
        var onbekend = _texts.Get(locale, TextKeys.Unknown);
        var builder = new StringBuilder();
        builder.AppendLine(_texts.Get(locale, TextKeys.IntakeSummaryHeader));
        void Line(IntakeVeld veld, string? waarde) =>
            builder.Append("• ").Append(_texts.Get(locale, "Field" + veld)).Append(": ").AppendLine(string.IsNullOrEmpty(waarde) ? onbekend : waarde);

        Line(IntakeVeld.Idee, InputText.Quote(state.Idee ?? string.Empty, 200));
        Line(IntakeVeld.Titel, InputText.Quote(state.Titel ?? string.Empty, MaxTitleLength));
        Line(IntakeVeld.Plaats, state.BuurtNaam is null ? null : state.Postcode is null ? state.BuurtNaam : $"{state.BuurtNaam} ({state.Postcode})");
        Line(IntakeVeld.VoorWie, InputText.Quote(state.VoorWie ?? string.Empty, 120));
        Line(IntakeVeld.MetWie, InputText.Quote(state.MetWie ?? string.Empty, 120));
        Line(IntakeVeld.Aantal, state.AantalBuurtgenoten?.ToString(culture));
        Line(IntakeVeld.Hulp, Gekend(state.Hulp) is { Count: > 0 } hulp ? HulpLijst(turn, hulp) : _texts.Get(locale, TextKeys.HelpNone));
        Line(IntakeVeld.ZelfUitvoeren, state.ZelfUitvoeren is null ? null : _texts.Get(locale, state.ZelfUitvoeren.Value ? TextKeys.Yes : TextKeys.No));
        Line(IntakeVeld.Begroting, Bedrag(locale, state.Begroting));
        var bijdrage = state.EigenBijdrage is { Count: > 0 } soorten
            ? string.Join(", ", soorten.Select(s => _texts.Get(locale, "Contribution" + s)))
            : _texts.Get(locale, TextKeys.ContributionNone);
        if (state.EigenBijdrageBedrag is { } eigenBedrag)
        {
            bijdrage += $" ({Bedrag(locale, eigenBedrag)})";
        }

        Line(IntakeVeld.EigenBijdrage, bijdrage);
        Line(IntakeVeld.Startdatum, state.Startdatum?.ToString("d MMMM yyyy", culture));
        Line(IntakeVeld.Naam, InputText.Quote(state.Naam ?? string.Empty, 100));
        Line(IntakeVeld.Contact, state.Email ?? state.Telefoon);
        return builder.ToString().TrimEnd();
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

    private static void Kies(IntakeState state, BuurtKandidaat kandidaat)
    {
        state.BuurtCode = kandidaat.Code;
        state.BuurtNaam = kandidaat.Naam;
        state.BuurtKandidaten = null;
    }

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

    private static Task<bool> AantalValidatorAsync(PromptValidatorContext<decimal> prompt, CancellationToken cancellationToken) =>
        Task.FromResult(prompt.Recognized.Succeeded && prompt.Recognized.Value >= 0 && prompt.Recognized.Value <= 100_000 && prompt.Recognized.Value == decimal.Truncate(prompt.Recognized.Value));

    private async Task<bool> StartdatumValidatorAsync(PromptValidatorContext<DateOnly> prompt, CancellationToken cancellationToken)
    {
        if (!prompt.Recognized.Succeeded)
        {
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
