using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Participatie.Host.Data;
using Participatie.Host.Domain;

namespace Participatie.Host.Features.Privacy;

/// <summary>
/// Who may see and do what with an initiative and its resident's personal data: the one place where the rules of
/// docs/privacy.md are enforced, for single initiatives (<see cref="MagLezen"/>, <see cref="MagContactZien"/>,
/// <see cref="MagIntrekken"/>, used by <see cref="InitiatiefAutorisatie"/>) and for lists (<see cref="Zichtbaar"/>, the
/// same rules as a query). Access follows the relationship, not only the role:
/// <list type="bullet">
/// <item>beheer: everything; every read of contact data is logged (<see cref="PersoonsgegevensInzage"/>);</item>
/// <item>wijkcoördinator: initiatives in their own wijken (all when none are configured), with contact data;</item>
/// <item>corporatie: initiatives in buurten where its corporation owns homes, with contact data only there;</item>
/// <item>afdeling (and every role a task is routed to): the initiatives routed to it, without contact data;</item>
/// <item>beleid: rules and aggregates, no initiatives.</item>
/// </list>
/// </summary>
public sealed class InitiatiefToegang(ParticipatieDbContext db)
{
    public static readonly OperationAuthorizationRequirement Lezen = new() { Name = nameof(Lezen) };
    public static readonly OperationAuthorizationRequirement ContactLezen = new() { Name = nameof(ContactLezen) };
    public static readonly OperationAuthorizationRequirement Intrekken = new() { Name = nameof(Intrekken) };

    public static bool MagLezen(StaffGebruiker g, InitiatiefRelatie r) =>
        g.Is(StaffRoles.Beheer)
        || InGebied(g, r)
        || IsBetrokkenCorporatie(g, r)
        || r.TaakRollen.Any(rol => HandeltVoor(g, rol));

    public static bool MagContactZien(StaffGebruiker g, InitiatiefRelatie r) =>
        g.Is(StaffRoles.Beheer) || InGebied(g, r) || IsBetrokkenCorporatie(g, r);

    /// <summary>Withdrawing belongs to the initiator (in the chat), to beheer, and to the roles the routing named.</summary>
    public static bool MagIntrekken(StaffGebruiker g, InitiatiefRelatie r) =>
        g.Is(StaffRoles.Beheer)
        || r.TaakRollen.Any(rol => HandeltVoor(g, rol))
        || (InGebied(g, r) && r.TaakRollen.Any(GebiedsRollen.Contains));

    /// <summary>
    /// Whether a task for <paramref name="taakRol"/> in <paramref name="wijkCode"/> is in <paramref name="g"/>'s inbox: the
    /// role rules of <see cref="StaffRoles.MagHandelenVoor"/>, and for the wijkcoördinator's own tasks also their wijken.
    /// </summary>
    public static bool MagTaakZien(StaffGebruiker g, string taakRol, string? wijkCode) =>
        StaffRoles.MagHandelenVoor(g.Rollen, taakRol)
        && (g.Is(StaffRoles.Beheer) || !GebiedsRollen.Contains(taakRol) || g.WijkCodes.Count == 0 || (wijkCode is not null && g.WijkCodes.Contains(wijkCode, StringComparer.Ordinal)));

    /// <summary>Task roles that stand for "the wijkcoördinator of this buurt": they name a person through the area.</summary>
    private static readonly IReadOnlySet<string> GebiedsRollen = new HashSet<string>(StringComparer.Ordinal) { StaffRoles.Wijkcoordinator, "wijkraad" };

    /// <summary>The initiatives <paramref name="g"/> may see, as a query (the same rules as <see cref="MagLezen"/>).</summary>
    public IQueryable<Initiatief> Zichtbaar(StaffGebruiker g)
    {
        var beheer = g.Is(StaffRoles.Beheer);
        var wijk = g.Is(StaffRoles.Wijkcoordinator);
        var alleWijken = g.WijkCodes.Count == 0;
        var codes = g.WijkCodes.ToList();
        var corporatie = g.Is(StaffRoles.Corporatie) ? g.WoningcorporatieId : null;
        var taakRollen = TaakRollenVan(g);
        var afdeling = g.Is(StaffRoles.Afdeling);
        return db.Initiatieven.Where(i =>
            beheer
            || (wijk && (alleWijken || codes.Contains(i.Buurt!.Wijk!.Code)))
            || (corporatie != null && db.CorporatieBezit.Any(b => b.BuurtId == i.BuurtId && b.WoningcorporatieId == corporatie && b.AantalWoningen > 0))
            || db.Taken.Any(t => t.InitiatiefId == i.Id && (taakRollen.Contains(t.Rol) || (afdeling && t.Rol.StartsWith("afdeling")))));
    }

    public async Task<InitiatiefRelatie?> RelatieAsync(int initiatiefId, CancellationToken ct)
    {
        var basis = await db.Initiatieven.AsNoTracking().Where(i => i.Id == initiatiefId)
            .Select(i => new { i.Id, i.BuurtId, WijkCode = i.Buurt!.Wijk!.Code }).SingleOrDefaultAsync(ct);
        if (basis is null)
        {
            return null;
        }

        var corporaties = await db.CorporatieBezit.AsNoTracking().Where(b => b.BuurtId == basis.BuurtId && b.AantalWoningen > 0)
            .Select(b => b.WoningcorporatieId).ToListAsync(ct);
        var rollen = await db.Taken.AsNoTracking().Where(t => t.InitiatiefId == initiatiefId).Select(t => t.Rol).Distinct().ToListAsync(ct);
        return new InitiatiefRelatie(basis.Id, basis.WijkCode, corporaties.ToHashSet(), rollen.ToHashSet(StringComparer.Ordinal));
    }

    private static bool InGebied(StaffGebruiker g, InitiatiefRelatie r) =>
        g.Is(StaffRoles.Wijkcoordinator) && (g.WijkCodes.Count == 0 || g.WijkCodes.Contains(r.WijkCode, StringComparer.Ordinal));

    private static bool IsBetrokkenCorporatie(StaffGebruiker g, InitiatiefRelatie r) =>
        g.Is(StaffRoles.Corporatie) && g.WoningcorporatieId is { } id && r.Corporaties.Contains(id);

    /// <summary>
    /// Whether a task routed to <paramref name="taakRol"/> names <paramref name="g"/>. A corporation is named through its
    /// homes, not through the generic "woningcorporatie" task role, which does not say which corporation.
    /// </summary>
    private static bool HandeltVoor(StaffGebruiker g, string taakRol) =>
        taakRol != "woningcorporatie" && !GebiedsRollen.Contains(taakRol)
        && StaffRoles.MagHandelenVoor(g.Rollen.Where(r => r is not (StaffRoles.Corporatie or StaffRoles.Wijkcoordinator)).ToList(), taakRol);

    /// <summary>The task roles <see cref="HandeltVoor"/> accepts, as a list for the query (afdeling roles also match by prefix there).</summary>
    private static List<string> TaakRollenVan(StaffGebruiker g)
    {
        // The area roles are covered by the wijk rule; the corporation by its homes.
        return g.Rollen.Where(r => r is not (StaffRoles.Corporatie or StaffRoles.Wijkcoordinator)).ToList();
    }
}
