namespace Participatie.Host.Domain;

/// <summary>Where an initiative stands; every change is kept in <see cref="InitiatiefStatusWijziging"/>.</summary>
public enum InitiatiefStatus
{
    Ingediend,
    InBehandeling,
    Advies,
    Besluit,
    Toegekend,
    Afgewezen,
    InUitvoering,
    Afgerond,
    Ingetrokken,
    OvergenomenDoorGemeente,
}
