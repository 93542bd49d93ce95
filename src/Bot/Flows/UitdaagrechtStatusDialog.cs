using System.Text;
using Participatie.Bot.Dialogs;
using Participatie.Bot.Diensten;
using Participatie.Bot.Localization;
using Participatie.Bot.Runtime;

namespace Participatie.Bot.Flows;

/// <summary>"Hoe staat het met ons uitdaagrecht?": the requests of this user or conversation with their step, reasons and the decision's deadline.</summary>
public sealed class UitdaagrechtStatusDialog : ComponentDialog
{
    private readonly IUitdaagrechtDiensten _uitdaagrecht;
    private readonly BotTexts _texts;

    public UitdaagrechtStatusDialog(IUitdaagrechtDiensten uitdaagrecht, BotTexts texts)
        : base(nameof(UitdaagrechtStatusDialog))
    {
        _uitdaagrecht = uitdaagrecht;
        _texts = texts;
        AddDialog(new WaterfallDialog<StatusState>(nameof(WaterfallDialog<StatusState>), [ToonStepAsync]));
        InitialDialogId = nameof(WaterfallDialog<StatusState>);
    }

    private async Task<DialogTurnResult> ToonStepAsync(WaterfallStepContext<StatusState> step, CancellationToken ct)
    {
        var locale = step.Turn.Locale;
        var activity = step.Turn.Activity;
        var verzoeken = await _uitdaagrecht.ZoekUitdaagrechtAsync(activity.From?.Id, activity.Conversation?.Id, BotLocale.Language(locale), ct);
        if (verzoeken.Count == 0)
        {
            await step.SendAsync(_texts.Get(locale, TextKeys.UitdaagrechtStatusNone), ct);
            return await step.EndDialogAsync(null, ct);
        }

        var culture = BotTexts.Culture(locale);
        var builder = new StringBuilder(_texts.Get(locale, TextKeys.UitdaagrechtStatusHeader));
        foreach (var verzoek in verzoeken.Take(10))
        {
            builder.AppendLine().AppendLine()
                .Append("• ").Append(verzoek.Referentie).Append(" — ").AppendLine(InputText.Quote(verzoek.Taak, 80))
                .Append("   ").Append(_texts.Format(locale, TextKeys.UitdaagrechtStatusLine, verzoek.HuidigeStap, verzoek.LaatstGewijzigd.ToString("d MMMM yyyy", culture)));
            if (verzoek.BesluitUiterlijk is { } uiterlijk)
            {
                builder.Append(' ').Append(_texts.Format(locale, TextKeys.UitdaagrechtStatusDeadline, uiterlijk.ToString("d MMMM yyyy", culture)));
            }

            foreach (var reden in verzoek.Redenen.Take(5))
            {
                builder.AppendLine().Append("   – ").Append(reden);
            }
        }

        await step.SendAsync(builder.ToString(), ct);
        return await step.EndDialogAsync(null, ct);
    }
}
