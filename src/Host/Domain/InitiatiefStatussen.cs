namespace Participatie.Host.Domain;

/// <summary>Groups of statuses that queries and reports share.</summary>
public static class InitiatiefStatussen
{
    /// <summary>Initiatives that are still alive: submitted, being handled, granted or running.</summary>
    /// <remarks>
    /// Typed as a list, not an array: C# 14 binds <c>array.Contains(x)</c> to the span overload, which
    /// EF Core 6 cannot translate inside a query ("invalid program").
    /// </remarks>
    public static readonly IReadOnlyList<InitiatiefStatus> Actief =
    [
        InitiatiefStatus.Ingediend, InitiatiefStatus.InBehandeling, InitiatiefStatus.Advies,
        InitiatiefStatus.Besluit, InitiatiefStatus.Toegekend, InitiatiefStatus.InUitvoering,
    ];
}
