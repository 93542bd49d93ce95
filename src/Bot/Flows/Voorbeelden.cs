using System.Globalization;
using Participatie.Bot.Localization;
using Participatie.Bot.Runtime;

namespace Participatie.Bot.Flows;

/// <summary>
/// Examples the bot shows in its questions, computed from the turn's clock so that they are always
/// valid answers: a fixed example date would be refused as "in the past" once that date has gone by.
/// </summary>
internal static class Voorbeelden
{
    /// <summary>The 15th of the month after next: always in the future, and far enough ahead to plan.</summary>
    public static DateOnly Datum(TurnContext turn)
    {
        var today = turn.Today;
        return new DateOnly(today.Year, today.Month, 15).AddMonths(2);
    }

    /// <summary>The example date as "15 maart" / "15 March" and as "15-03-2027", in the turn's language.</summary>
    public static object[] DatumArgumenten(TurnContext turn)
    {
        var datum = Datum(turn);
        var culture = BotTexts.Culture(turn.Locale);
        return
        [
            datum.ToString("d MMMM", culture),
            datum.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture),
        ];
    }

    /// <summary>A reference number of this year's form, e.g. "INI-2026-0042".</summary>
    public static string Referentie(TurnContext turn) =>
        string.Create(CultureInfo.InvariantCulture, $"INI-{turn.Today.Year}-0042");
}
