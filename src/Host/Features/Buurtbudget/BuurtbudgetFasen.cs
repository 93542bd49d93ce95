using Participatie.Host.Domain;

namespace Participatie.Host.Features.Buurtbudget;

/// <summary>The order of a round's dates, and what residents see of its phase.</summary>
public static class BuurtbudgetFasen
{
    /// <summary>Without a date for it, execution starts two weeks after voting closed …</summary>
    public static readonly TimeSpan StandaardUitslagduur = TimeSpan.FromDays(14);

    /// <summary>… and lasts a year.</summary>
    public static readonly TimeSpan StandaardUitvoeringsduur = TimeSpan.FromDays(365);

    public static DateTime Utc(DateTime d) => DateTime.SpecifyKind(d.Kind == DateTimeKind.Unspecified ? d : d.ToUniversalTime(), DateTimeKind.Utc);

    public static DateTime? Utc(DateTime? d) => d is { } w ? Utc(w) : null;

    /// <summary>Why the dates do not make a lifecycle (empty when they do): each phase after the one before.</summary>
    public static IEnumerable<string> Controleer(BuurtbudgetService.NieuweRonde r)
    {
        if (r.VoorstellenVanaf is null != r.VoorstellenTot is null)
        {
            yield return "Geef voor de voorstellenfase zowel een begin (voorstellenVanaf) als een einde (voorstellenTot), of geen van beide.";
        }

        if (r.VoorstellenVanaf is null && r.BeoordelingTot is not null)
        {
            yield return "Een beoordeling (beoordelingTot) hoort bij een voorstellenfase: geef ook voorstellenVanaf en voorstellenTot.";
        }

        if (r.VoorstellenVanaf is { } vv && r.VoorstellenTot is { } vt)
        {
            if (vt <= vv)
            {
                yield return "De voorstellenfase moet eindigen na haar begin.";
            }

            if ((r.BeoordelingTot ?? r.StemmenVanaf) < vt)
            {
                yield return "De beoordeling moet na de voorstellenfase komen en het stemmen na de beoordeling.";
            }
        }

        if (r.BeoordelingTot is { } bt && bt > r.StemmenVanaf)
        {
            yield return "De beoordeling moet klaar zijn als het stemmen begint (beoordelingTot uiterlijk stemmenVanaf).";
        }

        if (r.UitvoeringVanaf is { } uv && uv < r.StemmenTot)
        {
            yield return "De uitvoering begint na het stemmen (uitvoeringVanaf op of na stemmenTot).";
        }

        if (r.UitvoeringTot is { } ut && ut <= (r.UitvoeringVanaf ?? r.StemmenTot.Add(StandaardUitslagduur)))
        {
            yield return "De uitvoering moet eindigen na haar begin.";
        }
    }

    /// <summary>
    /// The result is public once the workflow opened the vote and the vote has closed: at the closing date, a hard limit
    /// that does not wait for the workflow's timer, or earlier when the workflow moved the round on.
    /// </summary>
    public static bool UitslagBekend(BuurtbudgetRonde ronde, DateTime nu) =>
        ronde.Fase > BuurtbudgetFase.Stemmen || (ronde.Fase == BuurtbudgetFase.Stemmen && nu >= ronde.StemmenTot);

    /// <summary>The page's and the chat's word for where voting stands.</summary>
    public static string Stemstatus(BuurtbudgetRonde ronde, DateTime nu) =>
        UitslagBekend(ronde, nu) ? "gesloten"
        : ronde.Fase == BuurtbudgetFase.Stemmen ? "open"
        : "nog-niet-open";
}
