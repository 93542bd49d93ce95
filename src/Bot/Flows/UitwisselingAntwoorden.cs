using Participatie.Bot.Diensten;
using Participatie.Bot.Localization;
using Participatie.Bot.Recognizers;
using Participatie.Bot.Runtime;

namespace Participatie.Bot.Flows;

/// <summary>
/// One-turn answers about exchange: "ja CV-12" / "nee CV-12" to a contact request, "toestemming intrekken CV-12",
/// "afmelden uitwisseling" and "aanmelden uitwisseling".
/// </summary>
internal static class UitwisselingAntwoorden
{
    public static async Task HandleAsync(TurnContext turn, IntentResult intent, IUitwisselingDiensten diensten, BotTexts texts, CancellationToken ct)
    {
        var locale = turn.Locale;
        var gesprek = turn.Activity.Conversation?.Id;
        var nummer = UitdaagrechtIntents.ContactNummer(intent.Reference);
        string key;
        switch (intent.Idea)
        {
            case UitdaagrechtIntents.ActieJa or UitdaagrechtIntents.ActieNee when nummer is { } id:
                var antwoord = await diensten.BeantwoordContactAsync(gesprek, id, intent.Idea == UitdaagrechtIntents.ActieJa, ct);
                key = antwoord switch
                {
                    ContactAntwoordResultaat.Gedeeld => TextKeys.UitwisselingShared,
                    ContactAntwoordResultaat.Geweigerd => TextKeys.UitwisselingDeclined,
                    ContactAntwoordResultaat.AlBeantwoord => TextKeys.UitwisselingAlreadyAnswered,
                    _ => TextKeys.UitwisselingUnknownRequest,
                };
                break;
            case UitdaagrechtIntents.ActieIntrekken when nummer is { } id:
                key = await diensten.TrekContactToestemmingInAsync(gesprek, id, ct) ? TextKeys.UitwisselingWithdrawn : TextKeys.UitwisselingUnknownRequest;
                break;
            case UitdaagrechtIntents.ActieAfmelden:
                key = await diensten.ZetUitwisselingAsync(gesprek, meedoen: false, ct) > 0 ? TextKeys.UitwisselingOptedOut : TextKeys.UitwisselingNoInitiative;
                break;
            case UitdaagrechtIntents.ActieAanmelden:
                key = await diensten.ZetUitwisselingAsync(gesprek, meedoen: true, ct) > 0 ? TextKeys.UitwisselingOptedIn : TextKeys.UitwisselingNoInitiative;
                break;
            default:
                key = TextKeys.UitwisselingUnknownRequest;
                break;
        }

        await turn.SendAsync(texts.Get(locale, key), ct);
    }
}
