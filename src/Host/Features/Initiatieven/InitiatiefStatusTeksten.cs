using Participatie.Host.Domain;

namespace Participatie.Host.Features.Initiatieven;

/// <summary>How a status reads to a resident, in Dutch and English.</summary>
public static class InitiatiefStatusTeksten
{
    public static string Stap(InitiatiefStatus status, string taal) => (status, taal.StartsWith("en", StringComparison.OrdinalIgnoreCase)) switch
    {
        (InitiatiefStatus.Ingediend, false) => "Ingediend, wacht op de wijkcoördinator",
        (InitiatiefStatus.Ingediend, true) => "Submitted, waiting for the district coordinator",
        (InitiatiefStatus.InBehandeling, false) => "In behandeling bij de wijkcoördinator",
        (InitiatiefStatus.InBehandeling, true) => "Being reviewed by the district coordinator",
        (InitiatiefStatus.Advies, false) => "Advies wordt gevraagd (wijk- of dorpsraad, corporatie)",
        (InitiatiefStatus.Advies, true) => "Advice is being sought (district council, housing corporation)",
        (InitiatiefStatus.Besluit, false) => "De gemeente neemt een besluit",
        (InitiatiefStatus.Besluit, true) => "The municipality is deciding",
        (InitiatiefStatus.Toegekend, false) => "Ondersteuning toegekend",
        (InitiatiefStatus.Toegekend, true) => "Support granted",
        (InitiatiefStatus.Afgewezen, false) => "Niet toegekend",
        (InitiatiefStatus.Afgewezen, true) => "Not granted",
        (InitiatiefStatus.InUitvoering, false) => "In uitvoering",
        (InitiatiefStatus.InUitvoering, true) => "Under way",
        (InitiatiefStatus.Afgerond, false) => "Afgerond",
        (InitiatiefStatus.Afgerond, true) => "Completed",
        (InitiatiefStatus.Ingetrokken, false) => "Ingetrokken",
        (InitiatiefStatus.Ingetrokken, true) => "Withdrawn",
        (InitiatiefStatus.OvergenomenDoorGemeente, false) => "De gemeente pakt het op",
        (InitiatiefStatus.OvergenomenDoorGemeente, true) => "The municipality is taking it up",
        _ => status.ToString(),
    };
}
