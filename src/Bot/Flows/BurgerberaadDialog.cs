using System.Globalization;
using System.Text;
using Participatie.Bot.Dialogs;
using Participatie.Bot.Dialogs.Prompts;
using Participatie.Bot.Diensten;
using Participatie.Bot.Localization;
using Participatie.Bot.Recognizers;

namespace Participatie.Bot.Flows;

/// <summary>
/// Registration for a burgerberaad in the chat, the page's form as a conversation: the letter's code (taken from the
/// first message when it holds one), each of the beraad's questions with its values as buttons, availability, name,
/// contact, a summary to confirm, then the Host's registration service — the same one the page uses. A code that
/// opens nothing is asked again once; after <see cref="MaxMissers"/> misses the resident gets the page and the
/// wijkcoördinator as the way out, never a loop.
/// </summary>
public sealed class BurgerberaadDialog : ComponentDialog
{
    public const int MaxMissers = 2;

    /// <summary>The page's limits (BurgerberaadService): name 200, availability 1000 characters.</summary>
    private const int MaxNaam = 200;
    private const int MaxBeschikbaarheid = 1000;

    private static readonly string[] OverslaWoorden = ["overslaan", "sla over", "skip", "-", "geen", "none", "nee", "no"];

    private readonly IBurgerberaadDiensten? _diensten;
    private readonly BotTexts _texts;

    public BurgerberaadDialog(IBurgerberaadDiensten? diensten, BotTexts texts)
        : base(nameof(BurgerberaadDialog))
    {
        _diensten = diensten;
        _texts = texts;

        AddDialog(new WaterfallDialog<BurgerberaadState>(nameof(WaterfallDialog<BurgerberaadState>),
        [
            CodeStepAsync,
            ZoekStepAsync,
            BeschikbaarheidStepAsync,
            NaamStepAsync,
            ContactStepAsync,
            BevestigStepAsync,
            UitvoerStepAsync,
        ]));

        // One question per turn: this waterfall asks the current feature and restarts itself for the next one.
        AddDialog(new WaterfallDialog<BurgerberaadState>(Dialogen.Kenmerken, [KenmerkVraagStepAsync, KenmerkAntwoordStepAsync]));
        AddDialog(new TextPrompt(Prompts.Code, CodeValidatorAsync));
        AddDialog(new ChoicePrompt(Prompts.Kenmerk, KenmerkValidatorAsync));
        AddDialog(new TextPrompt(Prompts.Beschikbaarheid, (p, _) => Task.FromResult(p.Recognized.Succeeded && p.Recognized.Value?.Trim().Length is > 0 and <= MaxBeschikbaarheid)));
        AddDialog(new TextPrompt(Prompts.Naam, (p, _) => Task.FromResult(p.Recognized.Succeeded && p.Recognized.Value?.Trim().Length is > 0 and <= MaxNaam)));
        AddDialog(new TextPrompt(Prompts.Contact, ContactValidatorAsync));
        AddDialog(new ConfirmPrompt(Prompts.Bevestig, texts));
        InitialDialogId = nameof(WaterfallDialog<BurgerberaadState>);
    }

    private async Task<DialogTurnResult> CodeStepAsync(WaterfallStepContext<BurgerberaadState> step, CancellationToken cancellationToken)
    {
        if (_diensten is null)
        {
            await step.SendAsync(_texts.Get(step.Turn.Locale, TextKeys.BurgerberaadUnavailable), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var eerste = step.State.EersteBericht;
        step.State.EersteBericht = null;
        if (BriefcodeRecognizer.TryRecognize(eerste, alleenCode: false, out var code))
        {
            // The letter's code is a credential: the turn that carries it is not kept in the transcript beyond delivery.
            step.Turn.MarkConfidential();
            return await step.NextAsync(code, cancellationToken);
        }

        var vraag = step.State.Missers == 0 ? TextKeys.BurgerberaadCodePrompt : TextKeys.BurgerberaadCodeAgain;
        return await step.PromptAsync(Prompts.Code, Ask.Text(_texts, step.Turn, vraag, TextKeys.BurgerberaadCodeRetry), cancellationToken);
    }

    private async Task<DialogTurnResult> ZoekStepAsync(WaterfallStepContext<BurgerberaadState> step, CancellationToken cancellationToken)
    {
        var locale = step.Turn.Locale;
        step.Turn.MarkConfidential();
        BriefcodeRecognizer.TryRecognize(step.Result as string, alleenCode: true, out var code);
        var gevonden = code.Length == 0
            ? new BurgerberaadZoekResultaat(BurgerberaadCodeUitkomst.Onbekend)
            : await _diensten!.ZoekBeraadAsync(code, cancellationToken);
        switch (gevonden)
        {
            case { Uitkomst: BurgerberaadCodeUitkomst.Open, Beraad: { } beraad }:
                step.State.Code = code;
                step.State.Beraad = beraad;
                step.State.Vraag = 0;
                step.State.Antwoorden.Clear();
                await step.SendAsync(_texts.Format(locale, TextKeys.BurgerberaadFound, beraad.Thema, beraad.Gebied, Lokaal(beraad.AanmeldenTot), beraad.Kenmerken.Count), cancellationToken);
                return await step.BeginDialogAsync(Dialogen.Kenmerken, step.State, cancellationToken);
            case { Uitkomst: BurgerberaadCodeUitkomst.Gesloten }:
                await step.SendAsync(_texts.Get(locale, TextKeys.BurgerberaadClosed), cancellationToken);
                return await step.EndDialogAsync(null, cancellationToken);
            case { Uitkomst: BurgerberaadCodeUitkomst.NogNietOpen }:
                await step.SendAsync(_texts.Get(locale, TextKeys.BurgerberaadNotYetOpen), cancellationToken);
                return await step.EndDialogAsync(null, cancellationToken);
        }

        step.State.Missers++;
        if (step.State.Missers >= MaxMissers)
        {
            await step.SendAsync(_texts.Get(locale, TextKeys.BurgerberaadCodeGiveUp), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        await step.SendAsync(_texts.Get(locale, TextKeys.BurgerberaadCodeUnknown), cancellationToken);
        return await step.ReplaceDialogAsync(new BurgerberaadState { Missers = step.State.Missers }, cancellationToken);
    }

    private async Task<DialogTurnResult> KenmerkVraagStepAsync(WaterfallStepContext<BurgerberaadState> step, CancellationToken cancellationToken)
    {
        var kenmerken = step.State.Beraad!.Kenmerken;
        if (step.State.Vraag >= kenmerken.Count)
        {
            return await step.EndDialogAsync(step.State, cancellationToken);
        }

        var kenmerk = kenmerken[step.State.Vraag];
        var keuzes = kenmerk.Waarden.Select(w => new Choice(w, w)).ToList();
        return await step.PromptAsync(Prompts.Kenmerk,
            Ask.Choices(_texts, step.Turn, TextKeys.BurgerberaadFeatureQuestion, TextKeys.BurgerberaadFeatureRetry, keuzes, step.State.Vraag + 1, kenmerken.Count, kenmerk.Naam),
            cancellationToken);
    }

    private async Task<DialogTurnResult> KenmerkAntwoordStepAsync(WaterfallStepContext<BurgerberaadState> step, CancellationToken cancellationToken)
    {
        var kenmerk = step.State.Beraad!.Kenmerken[step.State.Vraag];
        // A value typed exactly wins over a position: with values "0", "1", "2+" the answer "1" means the value, not the first button.
        var getypt = step.Turn.Text.Trim();
        if ((kenmerk.Waarden.FirstOrDefault(w => string.Equals(w, getypt, StringComparison.OrdinalIgnoreCase)) ?? (step.Result as FoundChoice)?.Value) is { } waarde)
        {
            step.State.Antwoorden[kenmerk.Naam] = waarde;
        }

        step.State.Vraag++;
        return await step.ReplaceDialogAsync(step.State, cancellationToken);
    }

    private async Task<DialogTurnResult> BeschikbaarheidStepAsync(WaterfallStepContext<BurgerberaadState> step, CancellationToken cancellationToken)
    {
        if (step.Result is BurgerberaadState beantwoord)
        {
            step.State.Antwoorden = new(beantwoord.Antwoorden, StringComparer.Ordinal);
            step.State.Vraag = beantwoord.Vraag;
        }

        return await step.PromptAsync(Prompts.Beschikbaarheid,
            Ask.Text(_texts, step.Turn, TextKeys.BurgerberaadAvailabilityPrompt, TextKeys.BurgerberaadAvailabilityRetry)
                .WithSuggestions(_texts.Get(step.Turn.Locale, TextKeys.BurgerberaadSkip)), cancellationToken);
    }

    private async Task<DialogTurnResult> NaamStepAsync(WaterfallStepContext<BurgerberaadState> step, CancellationToken cancellationToken)
    {
        var antwoord = (step.Result as string ?? "").Trim();
        step.State.Beschikbaarheid = OverslaWoorden.Contains(TextNormalizer.Normalize(antwoord)) || antwoord == "-"
            || string.Equals(antwoord, _texts.Get(step.Turn.Locale, TextKeys.BurgerberaadSkip), StringComparison.OrdinalIgnoreCase)
            ? null
            : antwoord;
        return await step.PromptAsync(Prompts.Naam, Ask.Text(_texts, step.Turn, TextKeys.BurgerberaadNamePrompt, TextKeys.BurgerberaadNameRetry), cancellationToken);
    }

    private async Task<DialogTurnResult> ContactStepAsync(WaterfallStepContext<BurgerberaadState> step, CancellationToken cancellationToken)
    {
        step.State.Naam = (step.Result as string ?? "").Trim();
        return await step.PromptAsync(Prompts.Contact, Ask.Text(_texts, step.Turn, TextKeys.BurgerberaadContactPrompt, TextKeys.BurgerberaadContactRetry), cancellationToken);
    }

    private async Task<DialogTurnResult> BevestigStepAsync(WaterfallStepContext<BurgerberaadState> step, CancellationToken cancellationToken)
    {
        var contact = step.Result as string;
        if (ContactRecognizer.TryRecognizeEmail(contact, out var email))
        {
            step.State.Email = email;
            step.State.Telefoon = null;
        }
        else if (ContactRecognizer.TryRecognizePhone(contact, out var telefoon))
        {
            step.State.Telefoon = telefoon;
            step.State.Email = null;
        }

        var locale = step.Turn.Locale;
        var state = step.State;
        var regels = new StringBuilder();
        foreach (var kenmerk in state.Beraad!.Kenmerken)
        {
            regels.Append("- ").Append(kenmerk.Naam).Append(": ").AppendLine(state.Antwoorden.GetValueOrDefault(kenmerk.Naam));
        }

        var prompt = Ask.Text(_texts, step.Turn, TextKeys.BurgerberaadSummary, TextKeys.ConfirmRetry,
            regels.ToString().TrimEnd(),
            state.Beschikbaarheid ?? _texts.Get(locale, TextKeys.BurgerberaadAvailabilityNone),
            state.Naam,
            state.Email ?? state.Telefoon);
        return await step.PromptAsync(Prompts.Bevestig, prompt, cancellationToken);
    }

    private async Task<DialogTurnResult> UitvoerStepAsync(WaterfallStepContext<BurgerberaadState> step, CancellationToken cancellationToken)
    {
        var locale = step.Turn.Locale;
        var state = step.State;
        if (step.Result is not true)
        {
            await step.SendAsync(_texts.Get(locale, TextKeys.BurgerberaadNotSaved), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var beraad = state.Beraad!;
        var resultaat = await _diensten!.MeldAanAsync(
            new BurgerberaadAanmeldVerzoek(beraad.Id, state.Code!, state.Naam!, state.Email, state.Telefoon, state.Antwoorden, state.Beschikbaarheid,
                step.Turn.Activity.Conversation?.Id),
            cancellationToken);
        var tekst = resultaat.Uitkomst switch
        {
            BurgerberaadAanmeldUitkomst.Aangemeld => _texts.Format(locale, TextKeys.BurgerberaadRegistered, beraad.Thema, resultaat.Pseudoniem, Lokaal(beraad.AanmeldenTot)),
            BurgerberaadAanmeldUitkomst.Bijgewerkt => _texts.Format(locale, TextKeys.BurgerberaadUpdated, beraad.Thema, resultaat.Pseudoniem),
            _ => _texts.Format(locale, TextKeys.BurgerberaadRefused, string.Join(" ", resultaat.Meldingen)),
        };
        await step.SendAsync(tekst, cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }

    /// <summary>Accepts a value typed exactly even when the choice recogniser read it as a position that is out of range ("5" with four values).</summary>
    private static Task<bool> KenmerkValidatorAsync(PromptValidatorContext<FoundChoice> prompt, CancellationToken cancellationToken) =>
        Task.FromResult(prompt.Recognized.Succeeded
            || prompt.Options.Choices?.Any(c => string.Equals(c.Value, prompt.Turn.Text.Trim(), StringComparison.OrdinalIgnoreCase)) == true);

    private static Task<bool> CodeValidatorAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken) =>
        Task.FromResult(prompt.Recognized.Succeeded && BriefcodeRecognizer.TryRecognize(prompt.Recognized.Value, alleenCode: true, out _));

    private static Task<bool> ContactValidatorAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken) =>
        Task.FromResult(prompt.Recognized.Succeeded
            && (ContactRecognizer.TryRecognizeEmail(prompt.Recognized.Value, out _) || ContactRecognizer.TryRecognizePhone(prompt.Recognized.Value, out _)));

    /// <summary>The deadline as residents read it: Dutch time when the system knows the zone, otherwise UTC said so.</summary>
    private static string Lokaal(DateTime utc)
    {
        var tijd = DateTime.SpecifyKind(utc, DateTimeKind.Utc);
        try
        {
            var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
            return TimeZoneInfo.ConvertTimeFromUtc(tijd, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return tijd.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC";
        }
    }

    private static class Dialogen
    {
        public const string Kenmerken = "burgerberaad-kenmerken";
    }

    private static class Prompts
    {
        public const string Code = "burgerberaad-code";
        public const string Kenmerk = "burgerberaad-kenmerk";
        public const string Beschikbaarheid = "burgerberaad-beschikbaarheid";
        public const string Naam = "burgerberaad-naam";
        public const string Contact = "burgerberaad-contact";
        public const string Bevestig = "burgerberaad-bevestig";
    }
}
