using System.Security.Claims;
using Participatie.Host.Data;
using Participatie.Host.Domain;

namespace Participatie.Host.Features.Privacy;

/// <summary>
/// Writes <see cref="PersoonsgegevensInzage"/> entries (the AVG access log) for features: who (user name and roles, or
/// the retention job), when, what, and which record (<see cref="PersoonsgegevensInzage.Onderwerp"/>). Adds the entry to
/// the context; the caller saves it with the read or erasure it records.
/// </summary>
public static class InzageLog
{
    public const string SysteemDoor = "systeem";

    public const string SysteemRollen = "bewaartermijn";

    public static void Staf(ParticipatieDbContext db, ClaimsPrincipal user, TimeProvider clock, string wat, string? onderwerp) =>
        db.PersoonsgegevensInzages.Add(new PersoonsgegevensInzage
        {
            Door = user.Identity?.Name ?? "onbekend",
            Rollen = string.Join(",", user.FindAll(ClaimTypes.Role).Select(c => c.Value).Order(StringComparer.Ordinal)),
            Op = clock.GetUtcNow().UtcDateTime,
            Wat = wat,
            Onderwerp = onderwerp,
        });

    public static void Staf(ParticipatieDbContext db, StaffGebruiker door, TimeProvider clock, string wat, string? onderwerp, int? bewonerId = null) =>
        db.PersoonsgegevensInzages.Add(new PersoonsgegevensInzage
        {
            Door = door.Gebruikersnaam,
            Rollen = string.Join(",", door.Rollen.Order(StringComparer.Ordinal)),
            Op = clock.GetUtcNow().UtcDateTime,
            BewonerId = bewonerId,
            Wat = wat,
            Onderwerp = onderwerp,
        });

    /// <summary>An erasure by the retention job.</summary>
    public static void Systeem(ParticipatieDbContext db, TimeProvider clock, string wat, string? onderwerp) =>
        db.PersoonsgegevensInzages.Add(new PersoonsgegevensInzage
        {
            Door = SysteemDoor,
            Rollen = SysteemRollen,
            Op = clock.GetUtcNow().UtcDateTime,
            Wat = wat,
            Onderwerp = onderwerp,
        });

    /// <summary>The record an entry is about, as <c>soort/id</c> (<c>uitdaagrecht/7</c>).</summary>
    public static string Onderwerp(string soort, int id) => soort + "/" + id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
