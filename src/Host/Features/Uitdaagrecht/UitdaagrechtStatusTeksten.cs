using Participatie.Host.Domain;

namespace Participatie.Host.Features.Uitdaagrecht;

/// <summary>What each status means for the residents, in Dutch and English.</summary>
public static class UitdaagrechtStatusTeksten
{
    public static string Stap(UitdaagrechtStatus status, string taal) => (status, taal == "en") switch
    {
        (UitdaagrechtStatus.Ingediend, false) => "ingediend; de gemeente toetst of het verzoek ontvankelijk is",
        (UitdaagrechtStatus.Ingediend, true) => "submitted; the municipality checks whether it is admissible",
        (UitdaagrechtStatus.NietOntvankelijk, false) => "niet ontvankelijk",
        (UitdaagrechtStatus.NietOntvankelijk, true) => "not admissible",
        (UitdaagrechtStatus.InBeoordeling, false) => "in beoordeling: de gemeente zoekt uit wat de taak nu kost, de kwaliteit en de continuïteit",
        (UitdaagrechtStatus.InBeoordeling, true) => "being assessed: what the task costs now, its quality and continuity",
        (UitdaagrechtStatus.BesluitCollege, false) => "ligt bij het college voor een besluit",
        (UitdaagrechtStatus.BesluitCollege, true) => "with the college (mayor and aldermen) for a decision",
        (UitdaagrechtStatus.Afgewezen, false) => "afgewezen door het college",
        (UitdaagrechtStatus.Afgewezen, true) => "turned down by the college",
        (UitdaagrechtStatus.Overeenkomst, false) => "toegekend; de overeenkomst wordt opgesteld",
        (UitdaagrechtStatus.Overeenkomst, true) => "granted; the agreement is being drawn up",
        (UitdaagrechtStatus.Lopend, false) => "lopend: u voert de taak uit, met periodieke evaluatie",
        (UitdaagrechtStatus.Lopend, true) => "running: you carry out the task, evaluated periodically",
        (UitdaagrechtStatus.Beeindigd, false) => "beëindigd",
        (UitdaagrechtStatus.Beeindigd, true) => "ended",
        (UitdaagrechtStatus.Ingetrokken, false) => "ingetrokken",
        (UitdaagrechtStatus.Ingetrokken, true) => "withdrawn",
        _ => status.ToString(),
    };
}
