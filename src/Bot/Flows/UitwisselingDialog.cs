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
/// "Zijn er vergelijkbare initiatieven?": similar initiatives in other wijken, each with why (same theme, shared key
/// words, a score); the resident may ask to be put in touch with one, which needs their consent here and the other
/// initiator's in their own chat.
/// </summary>
public sealed class UitwisselingDialog : ComponentDialog
{
    private const string Nee = "nee";
    private readonly IUitwisselingDiensten _uitwisseling;
    private readonly BotTexts _texts;

    public UitwisselingDialog(IUitwisselingDiensten uitwisseling, BotTexts texts)
        : base(nameof(UitwisselingDialog))
    {
        _uitwisseling = uitwisseling;
        _texts = texts;
        AddDialog(new WaterfallDialog<UitwisselingState>(nameof(WaterfallDialog<UitwisselingState>), [ToonStepAsync, ToestemmingStepAsync, VraagStepAsync]));
        AddDialog(new ChoicePrompt(Prompts.Kies));
        AddDialog(new ConfirmPrompt(Prompts.Toestemming, texts));
        InitialDialogId = nameof(WaterfallDialog<UitwisselingState>);
    }

    private async Task<DialogTurnResult> ToonStepAsync(WaterfallStepContext<UitwisselingState> step, CancellationToken ct)
    {
        var locale = step.Turn.Locale;
        var antwoord = await _uitwisseling.ZoekVergelijkbaarAsync(step.Turn.Activity.Conversation?.Id, BotLocale.Language(locale), ct);
        if (antwoord.Referentie is null)
        {
            await step.SendAsync(_texts.Get(locale, TextKeys.UitwisselingNoInitiative), ct);
            return await step.EndDialogAsync(null, ct);
        }

        if (antwoord.Vergelijkbaar.Count == 0)
        {
            await step.SendAsync(_texts.Format(locale, TextKeys.UitwisselingNoneFound, InputText.Quote(antwoord.Titel ?? "", 80)), ct);
            return await step.EndDialogAsync(null, ct);
        }

        step.State.Referentie = antwoord.Referentie;
        var culture = BotTexts.Culture(locale);
        var builder = new StringBuilder(_texts.Format(locale, TextKeys.UitwisselingHeader, InputText.Quote(antwoord.Titel ?? "", 80)));
        var keuzes = new List<Choice>();
        foreach (var (v, i) in antwoord.Vergelijkbaar.Take(5).Select((v, i) => (v, i)))
        {
            builder.AppendLine().AppendLine()
                .Append(i + 1).Append(". ").Append(InputText.Quote(v.Titel, 80)).Append(" — ").AppendLine(_texts.Format(locale, TextKeys.UitwisselingWijk, v.Wijk))
                .Append("   ").Append(_texts.Format(locale, v.ZelfdeThema ? TextKeys.UitwisselingSameTheme : TextKeys.UitwisselingOtherTheme, v.Thema));
            if (v.GedeeldeWoorden.Count > 0)
            {
                builder.Append(' ').Append(_texts.Format(locale, TextKeys.UitwisselingSharedWords, string.Join(", ", v.GedeeldeWoorden)));
            }

            builder.Append(' ').Append(_texts.Format(locale, TextKeys.UitwisselingScore, v.Score.ToString("0.00", culture)));
            keuzes.Add(new Choice(v.Referentie, v.Titel.Length > 40 ? v.Titel[..40] : v.Titel, [(i + 1).ToString(CultureInfo.InvariantCulture), v.Referentie]));
        }

        keuzes.Add(new Choice(Nee, _texts.Get(locale, TextKeys.UitwisselingNoThanks), ["nee", "no", "geen", "none", "niet"]));
        await step.SendAsync(builder.ToString(), ct);
        step.Turn.Set("uitwisseling-titels", antwoord.Vergelijkbaar.ToDictionary(v => v.Referentie, v => v.Titel));
        return await step.PromptAsync(Prompts.Kies, Ask.Choices(_texts, step.Turn, TextKeys.UitwisselingChoose, TextKeys.UitwisselingChooseRetry, keuzes), ct);
    }

    private async Task<DialogTurnResult> ToestemmingStepAsync(WaterfallStepContext<UitwisselingState> step, CancellationToken ct)
    {
        var keuze = (FoundChoice)step.Result!;
        if (keuze.Value == Nee)
        {
            await step.SendAsync(_texts.Get(step.Turn.Locale, TextKeys.UitwisselingFine), ct);
            return await step.EndDialogAsync(null, ct);
        }

        step.State.Gekozen = keuze.Value;
        return await step.PromptAsync(Prompts.Toestemming, Ask.Text(_texts, step.Turn, TextKeys.UitwisselingConsent, TextKeys.ConfirmRetry), ct);
    }

    private async Task<DialogTurnResult> VraagStepAsync(WaterfallStepContext<UitwisselingState> step, CancellationToken ct)
    {
        var locale = step.Turn.Locale;
        if (step.Result is not true)
        {
            await step.SendAsync(_texts.Get(locale, TextKeys.UitwisselingFine), ct);
            return await step.EndDialogAsync(null, ct);
        }

        var resultaat = await _uitwisseling.VraagContactAanAsync(step.Turn.Activity.Conversation?.Id, step.State.Referentie!, step.State.Gekozen!, ct);
        var key = resultaat switch
        {
            ContactAanvraagResultaat.Gevraagd => TextKeys.UitwisselingAsked,
            ContactAanvraagResultaat.AlGevraagd => TextKeys.UitwisselingAlreadyAsked,
            _ => TextKeys.UitwisselingNotPossible,
        };
        await step.SendAsync(_texts.Get(locale, key), ct);
        return await step.EndDialogAsync(null, ct);
    }

    private static class Prompts
    {
        public const string Kies = "uitwisseling-kies";
        public const string Toestemming = "uitwisseling-toestemming";
    }
}
