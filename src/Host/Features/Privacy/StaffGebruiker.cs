using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Participatie.Host.Data;
using Participatie.Host.Domain;

namespace Participatie.Host.Features.Privacy;

/// <summary>The signed-in staff member as the access rules see them: roles and relationships as stored now, not as the cookie remembers them.</summary>
public sealed record StaffGebruiker(int Id, string Gebruikersnaam, IReadOnlySet<string> Rollen, int? WoningcorporatieId, IReadOnlyList<string> WijkCodes)
{
    public bool Is(string rol) => Rollen.Contains(rol);

    /// <summary>The account behind <paramref name="user"/>, or null when it no longer exists or is inactive.</summary>
    public static async Task<StaffGebruiker?> LaadAsync(ClaimsPrincipal user, ParticipatieDbContext db, CancellationToken ct)
    {
        if (!int.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), NumberStyles.Integer, CultureInfo.InvariantCulture, out var id))
        {
            return null;
        }

        var account = await db.StaffAccounts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id && a.IsActief, ct);
        return account is null
            ? null
            : new StaffGebruiker(account.Id, account.Gebruikersnaam, account.Rollen.Where(StaffRoles.IsKnown).ToHashSet(StringComparer.Ordinal),
                account.WoningcorporatieId, account.WijkCodes);
    }
}
