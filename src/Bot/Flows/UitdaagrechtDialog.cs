using System.Text.RegularExpressions;
using Participatie.Bot.Dialogs;
using Participatie.Bot.Dialogs.Prompts;
using Participatie.Bot.Diensten;
using Participatie.Bot.Localization;
using Participatie.Bot.Recognizers;
using Participatie.Bot.Runtime;

namespace Participatie.Bot.Flows;

/// <summary>
/// Uitdaagrecht ("wij willen het groenonderhoud van ons plein overnemen"): which task, where, the group (legal form,
/// how many people), the expected cost and how to reach them; after a confirmation the request is submitted and the
/// residents hear about admissibility, the decision and the agreement in this conversation.
/// </summary>
public sealed partial class UitdaagrechtDialog : ComponentDialog
{
    private readonly IParticipatieDiensten _diensten;
    private readonly IUitdaagrechtDiensten _uitdaagrecht;
    private readonly BotTexts _texts;

    public UitdaagrechtDialog(IParticipatieDiensten diensten, IUitdaagrechtDiensten uitdaagrecht, BotTexts texts)
        : base(nameof(UitdaagrechtDialog))
    {
        _diensten = diensten;
        _uitdaagrecht = uitdaagrecht;
        _texts = texts;
        AddDialog(new WaterfallDialog<UitdaagrechtState>(nameof(WaterfallDialog<UitdaagrechtState>),
        [
            TaakStepAsync,
            PlaatsStepAsync,
            GroepStepAsync,
            LedenStepAsync,
            KostenStepAsync,
            ContactStepAsync,
            BevestigStepAsync,
            IndienenStepAsync,
            KlaarStepAsync,
        ]));
        AddDialog(new TextPrompt(Prompts.Taak, (p, _) => Task.FromResult(p.Recognized.Succeeded && p.Recognized.Value?.Trim().Length >= 3)));
        AddDialog(new TextPrompt(Prompts.Plaats, PlaatsValidatorAsync));
        AddDialog(new ChoicePrompt(Prompts.Groep));
        AddDialog(new NumberPrompt(Prompts.Leden, (p, _) => Task.FromResult(p.Recognized.Succeeded && p.Recognized.Value is >= 1 and <= 100_000)));
        AddDialog(new AmountPrompt(Prompts.Kosten, allowUnknown: true));
        AddDialog(new TextPrompt(Prompts.Contact, (p, ct) => Task.FromResult(p.Recognized.Succeeded
            && (ContactRecognizer.TryRecognizeEmail(p.Recognized.Value, out _) || ContactRecognizer.TryRecognizePhone(p.Recognized.Value, out _)))));
        AddDialog(new ConfirmPrompt(Prompts.Bevestig, texts));
        InitialDialogId = nameof(WaterfallDialog<UitdaagrechtState>);
    }

    private async Task<DialogTurnResult> TaakStepAsync(WaterfallStepContext<UitdaagrechtState> step, CancellationToken ct)
    {
        await step.SendAsync(_texts.Get(step.Turn.Locale, TextKeys.UitdaagrechtIntro), ct);
        if (step.State.Taak is { Length: >= 3 } taak)
        {
            return await step.NextAsync(taak, ct);
        }

        return await step.PromptAsync(Prompts.Taak, Ask.Text(_texts, step.Turn, TextKeys.UitdaagrechtTaskPrompt, TextKeys.UitdaagrechtTaskRetry), ct);
    }

    private async Task<DialogTurnResult> PlaatsStepAsync(WaterfallStepContext<UitdaagrechtState> step, CancellationToken ct)
    {
        step.State.Taak = ((string)step.Result!).Trim();
        if (step.State.BuurtCode is not null)
        {
            return await step.NextAsync(null, ct);
        }

        return await step.PromptAsync(Prompts.Plaats, Ask.Text(_texts, step.Turn, TextKeys.UitdaagrechtPlacePrompt, TextKeys.UitdaagrechtPlaceRetry), ct);
    }

    private async Task<DialogTurnResult> GroepStepAsync(WaterfallStepContext<UitdaagrechtState> step, CancellationToken ct)
    {
        if (step.Result is string plaats)
        {
            var buurt = (await _diensten.ZoekBuurtenAsync(Zoekterm(plaats), ct))[0];
            (step.State.BuurtCode, step.State.BuurtNaam, step.State.Locatie) = (buurt.Code, buurt.Naam, plaats.Trim());
        }

        var locale = step.Turn.Locale;
        List<Choice> keuzes =
        [
            new("vereniging", _texts.Get(locale, TextKeys.UitdaagrechtGroupVereniging), ["vereniging", "association", "club"]),
            new("stichting", _texts.Get(locale, TextKeys.UitdaagrechtGroupStichting), ["stichting", "foundation"]),
            new("cooperatie", _texts.Get(locale, TextKeys.UitdaagrechtGroupCooperatie), ["cooperatie", "coöperatie", "cooperative"]),
            new("informeel", _texts.Get(locale, TextKeys.UitdaagrechtGroupInformeel), ["nee", "no", "geen", "none", "informeel", "informal", "nog niet"]),
        ];
        return await step.PromptAsync(Prompts.Groep, Ask.Choices(_texts, step.Turn, TextKeys.UitdaagrechtGroupPrompt, TextKeys.UitdaagrechtGroupRetry, keuzes), ct);
    }

    private async Task<DialogTurnResult> LedenStepAsync(WaterfallStepContext<UitdaagrechtState> step, CancellationToken ct)
    {
        step.State.Organisatievorm = ((FoundChoice)step.Result!).Value;
        return await step.PromptAsync(Prompts.Leden, Ask.Text(_texts, step.Turn, TextKeys.UitdaagrechtMembersPrompt, TextKeys.UitdaagrechtMembersRetry), ct);
    }

    private async Task<DialogTurnResult> KostenStepAsync(WaterfallStepContext<UitdaagrechtState> step, CancellationToken ct)
    {
        step.State.AantalLeden = (int)(decimal)step.Result!;
        return await step.PromptAsync(Prompts.Kosten, Ask.Text(_texts, step.Turn, TextKeys.UitdaagrechtCostPrompt, TextKeys.UitdaagrechtCostRetry)
            .WithSuggestions(_texts.Get(step.Turn.Locale, TextKeys.DontKnow)), ct);
    }

    private async Task<DialogTurnResult> ContactStepAsync(WaterfallStepContext<UitdaagrechtState> step, CancellationToken ct)
    {
        step.State.VerwachteKosten = step.Result as decimal?;
        return await step.PromptAsync(Prompts.Contact, Ask.Text(_texts, step.Turn, TextKeys.UitdaagrechtContactPrompt, TextKeys.UitdaagrechtContactRetry), ct);
    }

    private async Task<DialogTurnResult> BevestigStepAsync(WaterfallStepContext<UitdaagrechtState> step, CancellationToken ct)
    {
        var contact = (string)step.Result!;
        if (ContactRecognizer.TryRecognizeEmail(contact, out var email))
        {
            step.State.ContactEmail = email;
        }

        if (ContactRecognizer.TryRecognizePhone(contact, out var telefoon))
        {
            step.State.ContactTelefoon = telefoon;
        }

        var naam = NaamDeel().Replace(contact, " ").Trim(' ', ',', ';', '.');
        step.State.ContactNaam = naam.Length is > 1 and <= 200 ? naam : null;

        var locale = step.Turn.Locale;
        var culture = BotTexts.Culture(locale);
        var vorm = step.State.Organisatievorm switch
        {
            "vereniging" => _texts.Get(locale, TextKeys.UitdaagrechtGroupVereniging),
            "stichting" => _texts.Get(locale, TextKeys.UitdaagrechtGroupStichting),
            "cooperatie" => _texts.Get(locale, TextKeys.UitdaagrechtGroupCooperatie),
            _ => _texts.Get(locale, TextKeys.UitdaagrechtGroupInformeel),
        };
        var kosten = step.State.VerwachteKosten is { } k ? k.ToString("C0", culture) : _texts.Get(locale, TextKeys.UitdaagrechtUnknownCost);
        return await step.PromptAsync(Prompts.Bevestig, Ask.Text(_texts, step.Turn, TextKeys.UitdaagrechtConfirm, TextKeys.ConfirmRetry,
            InputText.Quote(step.State.Taak!, 120), step.State.BuurtNaam, vorm.ToLower(culture), step.State.AantalLeden, kosten), ct);
    }

    private async Task<DialogTurnResult> IndienenStepAsync(WaterfallStepContext<UitdaagrechtState> step, CancellationToken ct)
    {
        if (step.Result is not true)
        {
            await step.SendAsync(_texts.Get(step.Turn.Locale, TextKeys.UitdaagrechtCancelled), ct);
            return await step.EndDialogAsync(null, ct);
        }

        var s = step.State;
        var activity = step.Turn.Activity;
        var ingediend = await _uitdaagrecht.DienUitdaagrechtInAsync(new UitdaagrechtAanvraag(
            s.Taak!, s.BuurtCode, s.Locatie, s.Organisatievorm ?? "informeel", s.AantalLeden, s.VerwachteKosten,
            s.ContactNaam, s.ContactEmail, s.ContactTelefoon, activity.From?.Id, activity.Conversation?.Id), ct);
        await step.SendAsync(_texts.Format(step.Turn.Locale, TextKeys.UitdaagrechtSubmitted, ingediend.Referentie), ct);
        return await step.NextAsync(ingediend.Referentie, ct);
    }

    private static async Task<DialogTurnResult> KlaarStepAsync(WaterfallStepContext<UitdaagrechtState> step, CancellationToken ct) =>
        await step.EndDialogAsync(step.Result, ct);

    private async Task<bool> PlaatsValidatorAsync(PromptValidatorContext<string> prompt, CancellationToken ct) =>
        prompt.Recognized is { Succeeded: true, Value: { } waarde } && waarde.Trim().Length >= 2
        && (await _diensten.ZoekBuurtenAsync(Zoekterm(waarde), ct)).Count > 0;

    /// <summary>A postcode in the answer wins ("bij 1234 AB"), else the answer itself ("de Vogelbuurt").</summary>
    private static string Zoekterm(string antwoord) =>
        PostcodeRecognizer.TryRecognize(antwoord, out var postcode) ? postcode : antwoord.Trim();

    /// <summary>What is left of "Anna de Vries, anna@voorbeeld.nl, 06 12345678" after the email and the phone number.</summary>
    [GeneratedRegex(@"[^\s,;]+@[^\s,;]+|\+?\d[\d\s\-]{7,}\d", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex NaamDeel();

    private static class Prompts
    {
        public const string Taak = "uitdaagrecht-taak";
        public const string Plaats = "uitdaagrecht-plaats";
        public const string Groep = "uitdaagrecht-groep";
        public const string Leden = "uitdaagrecht-leden";
        public const string Kosten = "uitdaagrecht-kosten";
        public const string Contact = "uitdaagrecht-contact";
        public const string Bevestig = "uitdaagrecht-bevestig";
    }
}
