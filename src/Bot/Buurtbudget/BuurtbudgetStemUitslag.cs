using Participatie.Bot.Diensten;
using Participatie.Bot.Localization;
using Participatie.Bot.Runtime;
using K = Participatie.Bot.Buurtbudget.BuurtbudgetTextKeys;

namespace Participatie.Bot.Buurtbudget;

/// <summary>
/// What the resident is told once a ballot was cast — the same for the text ballot, the card and the points ballot, so
/// a counted, replaced, closed or refused ballot reads alike whichever way the resident voted.
/// </summary>
internal static class BuurtbudgetStemUitslag
{
    /// <param name="ongeldigBiljet">The text for a ballot the Host refused as invalid (what to do about it differs per ballot).</param>
    public static async Task MeldAsync(TurnContext turn, BotTexts texts, IBuurtbudgetDiensten diensten, string code,
        BuurtbudgetStemResultaat resultaat, string ongeldigBiljet, CancellationToken cancellationToken)
    {
        var key = resultaat switch
        {
            BuurtbudgetStemResultaat.Geteld => K.BudgetVoteCounted,
            BuurtbudgetStemResultaat.Vervangen => K.BudgetVoteReplaced,
            BuurtbudgetStemResultaat.Gesloten => K.BudgetVoteClosed,
            BuurtbudgetStemResultaat.TeJong => K.BudgetTooYoung,
            BuurtbudgetStemResultaat.OngeldigBiljet => ongeldigBiljet,
            _ => K.BudgetCodeUnknown,
        };
        var minimumLeeftijd = resultaat == BuurtbudgetStemResultaat.TeJong
            ? (await diensten.StembiljetAsync(code, cancellationToken))?.MinimumLeeftijd
            : null;
        await turn.SendAsync(texts.Format(turn.Locale, key, minimumLeeftijd), cancellationToken);
    }
}
